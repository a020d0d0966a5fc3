/**
 * "Evalueren" when the evaluation element's chunk does not arrive (the network): the row says so in an
 * alert, in the plan's language, focus goes back to the row's menu button, and the alert's button asks for
 * the chunk again. A page of its own: the evaluation element has not been loaded before this file makes
 * its loader fail. Fictional patient: Mw. F. Yıldız, Huisartsenpraktijk De Linde.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IzpAgreement } from '../../src/elements/agreement/izp-agreement.js';
import { loaders } from '../../src/elements/shared/lazy-elements.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { patients } from '../../stories/fixtures/example-plans.js';
import { deepAll, izpAt, oneLine, sanne, seeded, until, menuItem } from './helpers.js';

const WALK = 'Eén keer per week een half uur wandelen met de buurvrouw, ook als het regent met paraplu.';
const writable = loaders as Record<string, (typeof loaders)[string]>;
const realLoader = loaders['izp-evaluation']!;

describe('"Evalueren" when the evaluation element does not arrive', () => {
  after(() => (writable['izp-evaluation'] = realLoader));

  async function failingRow(lang: 'nl' | 'en', evaluate: string) {
    const counter = { attempts: 0 };
    writable['izp-evaluation'] = () => {
      counter.attempts++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const { adapter } = await seeded();
    const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, sanne)} patient-id=${patients.yildiz.id} section="plan" lang=${lang}></izp-plan>`);
    const row = await until(() => deepAll(plan, 'izp-agreement').find((a) => a.shadowRoot?.querySelector('#agreement-title')?.textContent === WALK) as IzpAgreement | undefined, 'the agreement');
    const root = row.shadowRoot!;
    const menuButton = root.querySelector<HTMLButtonElement>('.menu-button')!;
    (await menuItem(root, evaluate)).click();
    const alert = await until(() => root.querySelector<HTMLElement>('[role="alert"]'), 'the alert in the row');
    await until(() => root.activeElement === menuButton, 'focus back on the menu button');
    return { root, menuButton, alert, counter };
  }

  it('says so in the row in English, gives focus back to the menu button, and "Try again" asks again', async () => {
    const { root, menuButton, alert, counter } = await failingRow('en', 'Evaluate');
    expect(oneLine(alert)).to.contain('The evaluation form could not be loaded.');
    const retry = alert.querySelector('button')!;
    expect(oneLine(retry)).to.equal('Try again');
    const before = counter.attempts;
    retry.click();
    // Still failing: the retry asked again, and the alert comes back with focus on the menu button.
    await until(() => counter.attempts > before && root.querySelector('[role="alert"] button'), 'a second attempt, failed again');
    await until(() => root.activeElement === menuButton, 'focus back on the menu button again');
  });

  it('says so in Dutch, and "Opnieuw proberen" loads the element and opens its dialog once the network is back', async () => {
    const { root, alert } = await failingRow('nl', 'Evalueren');
    expect(oneLine(alert)).to.contain('Het evaluatieformulier kon niet worden geladen.');
    const retry = alert.querySelector('button')!;
    expect(oneLine(retry)).to.equal('Opnieuw proberen');
    writable['izp-evaluation'] = realLoader;
    retry.click();
    const dialog = await until(() => root.querySelector('izp-evaluation')?.shadowRoot?.querySelector('dialog[open]'), 'the evaluation dialog');
    expect(dialog.querySelector('form')).to.exist;
    expect(root.querySelector('[role="alert"]'), 'the alert is gone').to.equal(null);
  });
});
