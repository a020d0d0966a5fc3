/**
 * A row reset (another user: nothing of the old scope carries over) while the evaluation element's chunk
 * is still on its way: nothing throws, no dialog opens for the reset row, and "Evalueren" works after.
 * A page of its own: the evaluation element has not been loaded before this file holds its loader back.
 * Fictional patient: Mw. F. Yıldız, Huisartsenpraktijk De Linde.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { IzpAgreement } from '../../src/elements/agreement/izp-agreement.js';
import type { EvaluationOnDemand } from '../../src/elements/shared/evaluate-item.js';
import { loaders } from '../../src/elements/shared/lazy-elements.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { patients, staff } from '../../stories/fixtures/example-plans.js';
import { deepAll, izpAt, sanne, seeded, until, menuItem } from './helpers.js';

const WALK = 'Eén keer per week een half uur wandelen met de buurvrouw, ook als het regent met paraplu.';
const writable = loaders as Record<string, (typeof loaders)[string]>;
const realLoader = loaders['izp-evaluation']!;

/** The row menu's "Evalueren" item, with the menu opened as a user opens it. */
const evaluateItem = (root: ShadowRoot) => menuItem(root, 'Evalueren');

describe('"Evalueren" while the row is reset', () => {
  const errors: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', onRejection));
  after(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    writable['izp-evaluation'] = realLoader;
  });

  it('stops without an error when the row is reset before the chunk arrives', async () => {
    let arrive!: () => void;
    const held = new Promise<void>((resolve) => (arrive = resolve));
    let loading: ReturnType<typeof realLoader> | undefined;
    writable['izp-evaluation'] = () => (loading = held.then(realLoader));
    const { adapter } = await seeded();
    const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, sanne)} patient-id=${patients.yildiz.id} section="plan"></izp-plan>`);
    const rowOf = () => deepAll(plan, 'izp-agreement').find((a) => a.shadowRoot?.querySelector('#agreement-title')?.textContent === WALK) as IzpAgreement | undefined;
    const root = (await until(rowOf, 'the agreement')).shadowRoot!;
    await evaluateItem(root);
    // What the menu item runs, called here to hold its promise: it must settle without an error.
    const row = rowOf() as unknown as { evaluation: EvaluationOnDemand };
    const opening = row.evaluation.open(root.querySelector<HTMLButtonElement>('.menu-button')!);
    await until(() => root.querySelector('izp-evaluation'), 'the element, waiting for its chunk');

    // Another user (the GP) while the chunk loads: the row forgets its evaluation element.
    plan.izp = izpAt(adapter, staff.gp);
    await until(() => !root.querySelector('izp-evaluation'), 'the row reset');
    arrive();
    await loading;
    await opening;
    expect(errors, 'nothing thrown').to.deep.equal([]);
    expect(deepAll(plan, 'dialog[open]'), 'no dialog for the reset row').to.have.length(0);

    const again = rowOf()!.shadowRoot!;
    (await evaluateItem(again)).click();
    await until(() => again.querySelector('izp-evaluation')?.shadowRoot?.querySelector('dialog[open]'), 'the dialog opens now');
  });
});
