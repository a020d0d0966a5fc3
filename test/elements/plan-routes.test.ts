/**
 * A re-read plan offered by id (plan-routes.ts, plan-provider.ts): a value whose changes are known reaches
 * only the elements filed under a changed id, every element that filed nothing still hears every value,
 * and an element that was not called still reads the latest plan. And the plan's own template (header,
 * tabs, section), which it leaves alone after a re-read that changed only agreements, still follows
 * every change it shows.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ContextConsumer, ContextEvent, ContextProvider } from '@lit/context';
import { html as litHtml, LitElement } from 'lit';
import { MemoryAdapter, type PlanSnapshot } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpAgreement } from '../../src/elements/agreement/izp-agreement.js';
import { nextContext } from '../../src/elements/plan/plan-context.js';
import { PlanProvider } from '../../src/elements/plan/plan-provider.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { planContext, type PlanContext } from '../../src/elements/shared/context.js';
import { mergeSnapshot } from '../../src/elements/shared/keep-identity.js';
import { localize } from '../../src/i18n/localize.js';
import { chooseFromMenu, deepAll, izpAt, oneLine, planContextOf, sanne, until } from './helpers.js';

class RoutesHost extends LitElement {
  readonly provider = new PlanProvider(this);
}
customElements.define('test-routes-host', RoutesHost);

/** A host's own provider inside the plan: it passes the plan's value on, in the patient's view (a preview). */
class PatientPreview extends LitElement {
  private readonly provider = new ContextProvider(this, { context: planContext });
  constructor() {
    super();
    new ContextConsumer(this, { context: planContext, subscribe: true, callback: (value) => this.provider.setValue({ ...value, view: 'patient' }) });
  }

  protected override render() {
    return litHtml`<slot></slot>`;
  }
}
customElements.define('test-patient-preview', PatientPreview);

/** A current plan with two goals of two agreements each. */
async function seed(adapter = new MemoryAdapter(), patientId = 'pat-routes') {
  const izp = izpAt(adapter, sanne);
  const plan = await izp.createPlan({ patientId, patientName: 'Mw. K. de Vries' });
  for (const description of ['Vijf kilo afvallen.', 'Weer naar de biljartclub.']) {
    const goal = await izp.addGoal(plan.id, { description, domain: 'somatic' });
    await izp.addAgreement(plan.id, goal.id, { description: `Elke week wandelen (${description})`, performer: { kind: 'patient' } });
    await izp.addAgreement(plan.id, goal.id, { description: `Twee gesprekken (${description})`, performer: { kind: 'provider', name: 'Lotte Kramer', role: 'dietitian' } });
  }
  await izp.accordPlan(plan.id);
  return { izp, planId: plan.id, read: async () => (await izp.getPlan(plan.id))! };
}

describe('PlanProvider: a value with known changes reaches the callbacks filed under a changed id', () => {
  it('calls a filed callback only when a changed id is among its ids, and an unfiled one for every value', async () => {
    const { izp, planId, read } = await seed();
    const host = await fixture<RoutesHost>(html`<test-routes-host><i id="a"></i><i id="b"></i><i id="c"></i></test-routes-host>`);
    const actions = { refresh: async () => {}, announce: () => {}, routes: host.provider.routes };
    const parts = { izp, l: localize('nl'), view: 'professional' as const, practiceName: '' };
    const first = await read();
    host.provider.setValue(nextContext(host.provider.value, { ...parts, snapshot: first }, actions));
    const heard = { a: [] as PlanContext[], b: [] as PlanContext[], c: [] as PlanContext[] };
    const callbacks = {} as Record<'a' | 'b' | 'c', (value: PlanContext) => void>;
    for (const key of ['a', 'b', 'c'] as const) {
      callbacks[key] = (value) => heard[key].push(value);
      host.querySelector(`#${key}`)!.dispatchEvent(new ContextEvent(planContext, host.querySelector(`#${key}`)!, callbacks[key], true));
    }
    expect([heard.a.length, heard.b.length, heard.c.length], 'each hears the value as it subscribes').to.deep.equal([1, 1, 1]);
    const [one, two] = first.agreements;
    // `a` shows the first agreement, `b` the second; `c` files nothing (as a host's own consumer).
    host.provider.routes.file(callbacks.a, [one!.id, one!.goalId]);
    host.provider.routes.file(callbacks.b, [two!.id]);

    await izp.updateAgreement(planId, one!.id, { frequency: 'Elke dag' }, { expectedVersion: one!.version });
    const step = mergeSnapshot(first, await read());
    host.provider.setValue(nextContext(host.provider.value, { ...parts, snapshot: step.snapshot }, actions, step.changes));
    expect([heard.a.length, heard.b.length, heard.c.length]).to.deep.equal([2, 1, 2]);
    expect(host.provider.routes.current!.snapshot, 'the latest, for those not called').to.equal(step.snapshot);

    // Another language: a value without changes reaches everyone, filed or not.
    host.provider.setValue(nextContext(host.provider.value, { ...parts, l: localize('en'), snapshot: step.snapshot }, actions));
    expect([heard.a.length, heard.b.length, heard.c.length]).to.deep.equal([3, 2, 3]);

    // Forgotten by the routes and subscribed again (as an element that moved back), `b` hears every value.
    host.provider.routes.forget(callbacks.b);
    host.querySelector('#b')!.dispatchEvent(new ContextEvent(planContext, host.querySelector('#b')!, callbacks.b, true));
    await izp.updateAgreement(planId, one!.id, { frequency: 'Twee keer per dag' }, { expectedVersion: one!.version + 1 });
    const later = mergeSnapshot(step.snapshot, await read());
    host.provider.setValue(nextContext(host.provider.value, { ...parts, l: localize('en'), snapshot: later.snapshot }, actions, later.changes));
    expect([heard.a.length, heard.b.length, heard.c.length]).to.deep.equal([4, 4, 4]);
  });

  it('forgets the subscribers that left without saying so (a host\'s own consumers), not only at a re-read', async () => {
    const host = await fixture<RoutesHost>(html`<test-routes-host><i></i></test-routes-host>`);
    const inside = host.querySelector('i')!;
    const subscribe = () => {
      let unsubscribe: (() => void) | undefined;
      inside.dispatchEvent(new ContextEvent(planContext, inside, (_value, dispose) => (unsubscribe = dispose), true));
      return () => unsubscribe!();
    };
    // A hundred consumers come and go (tabs opened and closed), with no re-read between them.
    for (const leave of Array.from({ length: 100 }, subscribe)) leave();
    for (let i = 0; i < 20; i++) subscribe();
    expect(host.provider.routes.unfiled.size, 'about the 20 that are still there').to.be.lessThan(40);
  });

  it('reaches every callback when the plan record itself changed', async () => {
    const { izp, planId, read } = await seed(new MemoryAdapter(), 'pat-routes-plan');
    const host = await fixture<RoutesHost>(html`<test-routes-host><i></i></test-routes-host>`);
    const actions = { refresh: async () => {}, announce: () => {}, routes: host.provider.routes };
    const parts = { izp, l: localize('nl'), view: 'professional' as const, practiceName: '' };
    const first = await read();
    host.provider.setValue(nextContext(undefined, { ...parts, snapshot: first }, actions));
    const heard: PlanContext[] = [];
    const callback = (value: PlanContext) => heard.push(value);
    host.querySelector('i')!.dispatchEvent(new ContextEvent(planContext, host.querySelector('i')!, callback, true));
    host.provider.routes.file(callback, ['an-id-that-never-changes']);
    await izp.updatePlan(planId, { evaluationSchedule: 'Elk half jaar' }, { expectedVersion: first.plan.version });
    const step = mergeSnapshot(first, await read());
    host.provider.setValue(nextContext(host.provider.value, { ...parts, snapshot: step.snapshot }, actions, step.changes));
    expect(heard.length).to.equal(2);
  });
});

async function mount(adapter: MemoryAdapter, patientId: string) {
  const plan = await fixture<IzpPlan>(html`<izp-plan patient-id=${patientId} lang="nl" section="plan" .izp=${izpAt(adapter, sanne)}></izp-plan>`);
  await until(() => deepAll(plan.shadowRoot!, 'izp-agreement').length === 4, 'the plan with its agreements');
  return plan;
}

/** The plan context an agreement element reads now (its consumer's value). */
const contextOf = (el: Element) => (el as unknown as { consumer: { value: PlanContext | undefined } }).consumer.value;

describe('<izp-plan> offers a re-read by id', () => {
  it('an agreement the change did not reach reads the latest plan, and updates when its own turn comes', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, read } = await seed(adapter, 'pat-routes-live');
    const plan = await mount(adapter, 'pat-routes-live');
    const snapshot = await read();
    const [first, , , last] = snapshot.agreements;
    await izp.updateAgreement(planId, first!.id, { frequency: 'Elke dag' }, { expectedVersion: first!.version });
    await plan.refresh();
    const other = deepAll(plan.shadowRoot!, 'izp-agreement').find((el) => (el as IzpAgreement).agreementId === last!.id)!;
    await until(() => plan.snapshot?.agreements.some((a) => a.id === first!.id && a.frequency === 'Elke dag'), 'the re-read');
    expect(contextOf(other)?.snapshot === plan.snapshot, 'the latest snapshot').to.equal(true);

    await izp.updateAgreement(planId, last!.id, { frequency: 'Elke maandag' }, { expectedVersion: last!.version });
    await plan.refresh();
    await until(() => other.shadowRoot?.textContent?.includes('Elke maandag'), 'the other agreement updated');
    expect(contextOf(other)?.snapshot === plan.snapshot).to.equal(true);
  });
});

describe('a host\'s own provider that passes the plan\'s value on', () => {
  it('is what its elements read, also after re-reads (they do not file in the plan\'s routes)', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, read } = await seed(adapter, 'pat-routes-preview');
    const walk = (await read()).agreements[0]!;
    const plan = await fixture<IzpPlan>(html`<izp-plan patient-id="pat-routes-preview" lang="nl" .izp=${izpAt(adapter, sanne)}>
      <test-patient-preview><izp-agreement agreement-id=${walk.id}></izp-agreement></test-patient-preview></izp-plan>`);
    const agreement = plan.querySelector<IzpAgreement>('izp-agreement')!;
    await until(() => agreement.shadowRoot?.textContent?.includes('Elke week wandelen'), 'the agreement');
    // The patient's view has no menu of actions.
    // Compared as booleans: chai would describe a wrong element at length.
    expect(agreement.shadowRoot!.querySelector('.menu-button') === null, 'no menu in the patient\'s view').to.equal(true);
    await izp.updateAgreement(planId, walk.id, { frequency: 'Elke dag' }, { expectedVersion: walk.version });
    await plan.refresh();
    await until(() => agreement.shadowRoot?.textContent?.includes('Elke dag'), 'the changed agreement');
    expect(agreement.shadowRoot!.querySelector('.menu-button') === null, 'still the patient\'s view').to.equal(true);
    expect(contextOf(agreement)?.view).to.equal('patient');
  });
});

describe('<izp-plan> keeps no element that left it', () => {
  /** How many callbacks the plan's routes hold filed by ids. */
  const filed = (plan: IzpPlan) => ((plan as unknown as { provider: PlanProvider }).provider.routes as unknown as { idsOf: Map<unknown, unknown> }).idsOf.size;

  it('forgets the goals and agreements that left, also when an update of theirs was still pending', async () => {
    const adapter = new MemoryAdapter();
    await seed(adapter, 'pat-routes-leak');
    const plan = await mount(adapter, 'pat-routes-leak');
    await until(() => filed(plan) === 6, 'two goals and four agreements filed');
    // Every consumer hears the new view (an update pending), and the plan's update takes the rows away.
    plan.view = 'patient';
    await plan.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(filed(plan), 'no element that left stays filed').to.equal(0);
    plan.view = 'professional';
    await until(() => filed(plan) === 6, 'the rows filed again');
  });
});

describe('<izp-plan> leaves its template alone only when nothing it shows changed', () => {
  const header = (plan: IzpPlan) => oneLine(plan.shadowRoot!.querySelector('header'));

  it('a re-read that changed one agreement does not make the template again; one that changed the plan does', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, read } = await seed(adapter, 'pat-routes-skip');
    const plan = await mount(adapter, 'pat-routes-skip');
    await plan.updateComplete;
    let made = 0;
    const own = plan as unknown as { renderPlan(...args: unknown[]): unknown };
    const renderPlan = own.renderPlan.bind(plan);
    own.renderPlan = (...args) => {
      made++;
      return renderPlan(...args);
    };
    const a = (await read()).agreements[0]!;
    await izp.updateAgreement(planId, a.id, { frequency: 'Elke dag' }, { expectedVersion: a.version });
    // As a save in a row does it: announce, then read the plan again.
    planContextOf(plan)!.announce('Afspraak opgeslagen.');
    await plan.refresh();
    await until(() => plan.shadowRoot!.querySelector('[role="status"]')?.textContent === 'Afspraak opgeslagen.', 'the announcement');
    await plan.updateComplete;
    expect(plan.snapshot!.agreements[0]!.frequency).to.equal('Elke dag');
    expect(made, 'after a changed agreement').to.equal(0);
    const { plan: record } = await read();
    await izp.updatePlan(planId, { evaluationSchedule: 'Elk half jaar' }, { expectedVersion: record.version });
    await plan.refresh();
    await until(() => header(plan).includes('Elk half jaar'), 'the new schedule in the header');
    expect(made, 'after a changed plan').to.be.greaterThan(0);
  });

  it('counts the agreements awaiting accord after re-reads that changed only agreements', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, read } = await seed(adapter, 'pat-routes-accord');
    const plan = await mount(adapter, 'pat-routes-accord');
    const goal = (await read()).goals[0]!;
    expect(header(plan)).to.not.contain('Nog te bespreken');
    const one = await izp.addAgreement(planId, goal.id, { description: 'Elke dag tien minuten lezen.', performer: { kind: 'patient' } });
    await plan.refresh();
    await until(() => header(plan).includes('1 nieuwe afspraak'), 'one awaiting');
    await izp.addAgreement(planId, goal.id, { description: 'Een stappenteller proberen.', performer: { kind: 'patient' } });
    await plan.refresh();
    await until(() => header(plan).includes('2 nieuwe afspraken'), 'two awaiting');
    await izp.closeAgreement(planId, one.id, { outcome: 'cancelled' });
    await plan.refresh();
    await until(() => header(plan).includes('1 nieuwe afspraak'), 'one left awaiting');
    expect((await read()).plan.version, 'the plan record itself did not change').to.equal(plan.snapshot!.plan.version);
  });

  it('an open close dialog counts the open agreements of a re-read', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, read } = await seed(adapter, 'pat-routes-close');
    const plan = await mount(adapter, 'pat-routes-close');
    await chooseFromMenu(plan.shadowRoot!.querySelector('header')!, 'Zorgplan afsluiten');
    const dialog = await until(() => plan.shadowRoot!.querySelector('dialog'), 'the dialog');
    expect(oneLine(dialog)).to.contain('4 open afspraken worden gestopt');
    // Closed elsewhere meanwhile: nothing else the plan's template shows changes with it.
    const agreement = (await read()).agreements[1]!;
    await izp.closeAgreement(planId, agreement.id, { outcome: 'completed' });
    await plan.refresh();
    await until(() => oneLine(plan.shadowRoot!.querySelector('dialog')).includes('3 open afspraken worden gestopt'), 'the new count');
  });

  it('a menu that opens in the same update as a re-read opens', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, read } = await seed(adapter, 'pat-routes-both');
    const plan = await mount(adapter, 'pat-routes-both');
    const a = plan.snapshot!.agreements[0]!;
    await izp.updateAgreement(planId, a.id, { frequency: 'Elke dag' }, { expectedVersion: a.version });
    const next: PlanSnapshot = await read();
    await plan.updateComplete;
    const menu = plan.shadowRoot!.querySelector<HTMLButtonElement>('header [aria-haspopup="menu"]')!;
    // The re-read arrives (as the plan's reader sets it) in the same task as the click on the menu's
    // button: one update of the plan carries both.
    (plan as unknown as { shown: PlanSnapshot }).shown = next;
    menu.click();
    await plan.updateComplete;
    expect(plan.snapshot!.agreements[0]!.frequency).to.equal('Elke dag');
    expect(menu.getAttribute('aria-expanded')).to.equal('true');
    expect(plan.shadowRoot!.querySelectorAll('header [role="menuitem"]').length).to.be.greaterThan(0);
  });
});
