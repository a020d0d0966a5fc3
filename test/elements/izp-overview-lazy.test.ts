// The printout (function 9) is a chunk: the professional overview renders without it, a print fetches it
// (as soon as the print button is focused or pointed at), and print mode waits for it. A file of its own:
// every test file runs in a fresh page, so nothing else has fetched the chunk yet. What the printout
// says and how printing fails are in izp-overview.test.ts.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { IzpOverview } from '../../src/elements/overview/izp-overview.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { buildFatmaPlan, buildHenkPlan, FATMA, HENK, TODAY, world } from '../core/fixtures.js';
import { oneLine as text } from './helpers.js';

// The page has loaded hundreds of modules already (the default buffer holds 250): room for what follows.
performance.setResourceTimingBufferSize(100_000);
const fetches = () => performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname.includes('overview-print')).length;

describe('<izp-overview>: the printout on demand', () => {
  it('renders the screen overview without the printout, fetches it when the print button gets focus, and prints by keyboard', async () => {
    const w = world();
    const { plan: built } = await buildHenkPlan(w.sanne, w.clock);
    const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${w.sanne} patient-id=${HENK}><izp-overview today=${TODAY}></izp-overview></izp-plan>`);
    const overview = plan.querySelector<IzpOverview>('izp-overview')!;
    await waitUntil(() => overview.shadowRoot?.querySelector('section'), 'the overview shows the plan', { timeout: 4000 });
    const root = overview.shadowRoot!;
    expect(text(root)).to.contain('Wat doen mantelzorgers');
    expect(fetches(), 'the printout is not fetched for the screen overview').to.equal(0);

    const printed: string[] = [];
    (overview as unknown as { printDocument(doc: Document): void }).printDocument = (doc) => printed.push(text(doc.body));
    root.querySelector<HTMLInputElement>('input[value="goal"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(root.querySelector('[part="print-button"]'));
    await waitUntil(() => fetches() === 1, 'focus on the print button fetches the printout');
    const done = oneEvent(overview, 'izp-print');
    await sendKeys({ press: 'Enter' });
    await done;
    expect(printed).to.have.length(1);
    expect(printed[0]).to.contain('Mijn zorgplan').and.to.contain('Dhr. H. Bosman');
    expect((await w.sanne.history(built.id)).filter((r) => r.action === 'plan.print')).to.have.length(1);
    expect(fetches(), 'fetched once').to.equal(1);
  });

  it('waits for the printout in print mode (the patient\'s view) so that it never shows half a page', async () => {
    const w = world();
    await buildFatmaPlan(w.sanne, w.clock);
    const plan = await fixture<IzpPlan>(html`<izp-plan view="patient" .izp=${w.sanne} patient-id=${FATMA}></izp-plan>`);
    await waitUntil(() => plan.shadowRoot?.querySelector('izp-overview')?.shadowRoot?.querySelector('[part="toolbar"]'), 'the patient view', { timeout: 4000 });
    const root = plan.shadowRoot!.querySelector('izp-overview')!.shadowRoot!;
    // Rendered at all means rendered whole: the toolbar never comes without the printout.
    expect(text(root.querySelector('.print-title'))).to.equal('Mijn zorgplan');
    expect(root.querySelectorAll('section.goal')).to.have.length(2);
    expect(fetches()).to.equal(1);
  });
});
