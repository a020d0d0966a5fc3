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

const failure = () => new TypeError('Failed to fetch dynamically imported module');

describe('"Evalueren" when the evaluation element does not arrive', () => {
  /** A load a test holds open; settled (failed) after the test, so no load is left under way for the next. */
  let held: { reject: (error: unknown) => void; done: Promise<unknown> } | undefined;

  // Every test starts from the real loader and no load under way: a load left pending would be shared by
  // the next test's "Evalueren" (loads are shared while under way), which would then never call its loader.
  afterEach(async () => {
    writable['izp-evaluation'] = realLoader;
    if (held) {
      held.reject(failure());
      await held.done;
      held = undefined;
    }
  });

  async function agreementRow(lang: 'nl' | 'en') {
    const { adapter } = await seeded();
    const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, sanne)} patient-id=${patients.yildiz.id} section="plan" lang=${lang}></izp-plan>`);
    const row = await until(() => deepAll(plan, 'izp-agreement').find((a) => a.shadowRoot?.querySelector('#agreement-title')?.textContent === WALK) as IzpAgreement | undefined, 'the agreement');
    const root = row.shadowRoot!;
    return { plan, row, root, menuButton: root.querySelector<HTMLButtonElement>('.menu-button')! };
  }

  async function failingRow(lang: 'nl' | 'en', evaluate: string) {
    const counter = { attempts: 0 };
    writable['izp-evaluation'] = () => {
      counter.attempts++;
      return Promise.reject(failure());
    };
    const { root, menuButton } = await agreementRow(lang);
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

  it('leaves focus where the user moved it while the element was on its way', async () => {
    let reject!: (error: unknown) => void;
    const loading = new Promise<never>((_, r) => (reject = r));
    held = { reject, done: loading.catch(() => undefined) };
    let attempts = 0;
    writable['izp-evaluation'] = () => {
      attempts++;
      return loading;
    };
    const { plan, row, root } = await agreementRow('nl');
    (await menuItem(root, 'Evalueren')).click();
    await until(() => attempts === 1, 'the element asked for');
    // Meanwhile the user goes on to another agreement's menu button.
    const other = deepAll(plan, 'izp-agreement').find((a) => a !== row)!;
    const elsewhere = other.shadowRoot!.querySelector<HTMLButtonElement>('.menu-button')!;
    elsewhere.focus();
    reject(failure());
    await until(() => root.querySelector('[role="alert"]'), 'the alert in the row');
    await row.updateComplete;
    // Booleans: a failing comparison of two elements would have the runner serialize whole shadow trees.
    expect(other.shadowRoot!.activeElement === elsewhere, 'focus stays where the user put it').to.equal(true);
    expect(root.activeElement === null, 'focus not taken back to the row').to.equal(true);
  });

  // Last: it loads the real element, which stays defined for the rest of the page (nothing fails after it).
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
