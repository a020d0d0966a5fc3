/**
 * Print mode (the patient's view) when the printout's chunk does not arrive (the network): it says so in
 * an alert with a button, reached by keyboard, that asks again; once the chunk arrives the printout shows
 * and focus goes to the print button. A page of its own: nothing has fetched the printout before this file
 * makes its fetch fail. Fictional patient: Mw. F. Yıldız.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { printoutSource } from '../../src/elements/overview/printout-chunk.js';
import { buildFatmaPlan, FATMA, world } from '../core/fixtures.js';
import { oneLine as text, until } from './helpers.js';

const realLoad = printoutSource.load;

describe('<izp-overview> in print mode when the printout does not arrive', () => {
  after(() => (printoutSource.load = realLoad));

  it('shows an alert with a retry button that loads the printout again', async () => {
    let attempts = 0;
    printoutSource.load = () => {
      attempts++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const w = world();
    await buildFatmaPlan(w.sanne, w.clock);
    const plan = await fixture<IzpPlan>(html`<izp-plan view="patient" .izp=${w.sanne} patient-id=${FATMA}></izp-plan>`);
    const overview = await until(() => plan.shadowRoot?.querySelector('izp-overview'), 'the overview');
    const alert = await until(() => overview.shadowRoot?.querySelector<HTMLElement>('[role="alert"]'), 'the alert');
    const root = overview.shadowRoot!;
    expect(text(alert)).to.contain('Het overzicht om af te drukken kon niet worden geladen.');
    expect(root.querySelector('.print-title'), 'no half printout').to.equal(null);

    // By keyboard: from the print button, Tab reaches the retry button.
    const printButton = root.querySelector<HTMLButtonElement>('[part="print-button"]')!;
    printButton.focus();
    await sendKeys({ press: 'Tab' });
    const retry = root.activeElement as HTMLButtonElement;
    expect(text(retry)).to.equal('Opnieuw proberen');
    expect(alert.contains(retry)).to.equal(true);

    // Still failing: asked again, the alert and the focus stay.
    const before = attempts;
    await sendKeys({ press: 'Enter' });
    await until(() => attempts > before, 'a second attempt');
    await overview.updateComplete;
    expect(root.querySelector('[role="alert"]')).to.exist;
    expect(root.activeElement, 'focus stays on the retry button').to.equal(retry);

    // The network is back.
    printoutSource.load = realLoad;
    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelector('.print-title'), 'the printout');
    expect(text(root.querySelector('.print-title'))).to.equal('Mijn zorgplan');
    expect(root.querySelector('[role="alert"]'), 'the alert is gone').to.equal(null);
    await until(() => root.activeElement === printButton, 'focus on the print button');
  });
});
