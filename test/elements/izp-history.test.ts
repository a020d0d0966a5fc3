/**
 * <izp-history>: the plan's history as a timeline (who changed what and when, before and after),
 * filterable by goal or agreement. Fictional patient: Mw. F. Yıldız (example 1).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createIzp, MemoryAdapter, type AuditRecord, type User } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpHistory } from '../../src/elements/history/izp-history.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { announcements, FATMA, fatmaUser, oneLine as text, sanne, TestAdapter, until, verhoeven, izpAt } from './helpers.js';

const WALK_BEFORE = 'Elke dag wandelen.';
const WALK_AFTER = 'Eén keer per week een half uur wandelen met de buurvrouw, ook als het regent met paraplu.';

/** A clock the test moves, so every change has its own minute. */
function clock(start = '2026-06-01T09:00:00Z') {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), tick: () => void (now += 60_000) };
}

/** Fatma's plan: the walking agreement was "Elke dag wandelen" and became "Eén keer per week". */
async function fatmaPlan(adapter: MemoryAdapter, walkText = WALK_BEFORE) {
  const time = clock();
  const izp = createIzp({ adapter, user: sanne, now: time.now });
  const plan = await izp.createPlan({ patientId: FATMA, patientName: 'Mw. F. Yıldız', nextEvaluationDate: '2026-12-07' });
  time.tick();
  const weight = await izp.addGoal(plan.id, { description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic', priority: 'high' });
  time.tick();
  const walk = await izp.addAgreement(plan.id, weight.id, {
    description: walkText, performer: { kind: 'patient' }, frequency: 'Elke dag', evaluationDate: '2026-07-15',
  });
  time.tick();
  const dietitian = await izp.addAgreement(plan.id, weight.id, {
    description: 'Twee gesprekken over eten en tussendoortjes.', performer: { kind: 'provider', name: 'Lotte Kramer', role: 'dietitian' },
  });
  time.tick();
  const sugar = await izp.addGoal(plan.id, { description: 'Mijn suiker (HbA1c) onder de 53 mmol/mol.', domain: 'somatic' });
  time.tick();
  await izp.accordPlan(plan.id);
  time.tick();
  await izp.updateAgreement(plan.id, walk.id, { description: WALK_AFTER, frequency: 'Eén keer per week' },
    { expectedVersion: 2, reason: 'Eerste evaluatie: "als het regent ga ik niet naar buiten".' });
  return { izp, time, planId: plan.id, goals: { weight, sugar }, agreements: { walk, dietitian } };
}

async function mount(adapter: MemoryAdapter, options: { user?: User; view?: string; lang?: string; targetId?: string } = {}) {
  const { user = sanne, view = 'professional', lang = '', targetId = '' } = options;
  const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, user)} patient-id=${FATMA} view=${view} lang=${lang}>
    <izp-history heading-level="3" target-id=${targetId}></izp-history>
  </izp-plan>`);
  await until(() => plan.snapshot, 'the plan to load');
  const el = plan.querySelector<IzpHistory>('izp-history')!;
  await until(() => el.shadowRoot?.querySelector('ol.timeline, p.empty'), 'the history to render');
  return { plan, el, root: el.shadowRoot! };
}

const entries = (root: ShadowRoot) => [...root.querySelectorAll<HTMLLIElement>('ol.timeline > li')];
const actions = (root: ShadowRoot) => entries(root).map((li) => li.dataset['action']);

function choose(root: ShadowRoot, value: string): void {
  const select = root.querySelector<HTMLSelectElement>('select#history-filter')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<izp-history>', () => {
  it('is accessible, also with every change opened', async () => {
    const adapter = new MemoryAdapter();
    await fatmaPlan(adapter);
    const { plan, root } = await mount(adapter);
    expect(entries(root).length).to.be.greaterThan(5);
    await expect(plan).to.be.accessible();
    for (const d of root.querySelectorAll('details')) d.open = true;
    await expect(plan).to.be.accessible();
  });

  it('lists every change newest first, with when, who and what in words', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId } = await fatmaPlan(adapter);
    const { root } = await mount(adapter);
    const stored = await izp.history(planId);
    expect(actions(root)).to.deep.equal(stored.map((r) => r.action).reverse());
    const times = entries(root).map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(times).to.deep.equal([...times].sort().reverse());
    expect(times[0]! > times.at(-1)!).to.equal(true);
    const [newest] = entries(root);
    expect(text(newest!.querySelector('.what'))).to.equal('Afspraak aangepast');
    expect(text(newest!.querySelector('.subject'))).to.equal(WALK_AFTER);
    expect(text(newest!.querySelector('.who'))).to.equal('Door Sanne de Wit, Praktijkondersteuner (POH)');
    expect(text(newest!.querySelector('time'))).to.match(/2026/);
    expect(text(newest!.querySelector('.reason'))).to.equal('Reden: Eerste evaluatie: "als het regent ga ik niet naar buiten".');
    expect(text(entries(root).at(-1)!.querySelector('.what'))).to.equal('Zorgplan gemaakt');
    expect(text(root.querySelector('h3'))).to.equal('Geschiedenis');
    expect(text(root.querySelector('[part="count"]'))).to.equal(`${stored.length} wijzigingen`);
  });

  it('shows the before and after of a changed agreement: description and frequency', async () => {
    const adapter = new MemoryAdapter();
    await fatmaPlan(adapter);
    const { root } = await mount(adapter);
    const update = entries(root).find((li) => li.dataset['action'] === 'agreement.update')!;
    const details = update.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('Wat is er veranderd (2)');
    const row = (field: string) => details.querySelector(`tr[data-field="${field}"]`)!;
    expect(text(row('description').querySelector('th'))).to.equal('Omschrijving');
    expect(text(row('description').querySelector('.before'))).to.equal(WALK_BEFORE);
    expect(text(row('description').querySelector('.after'))).to.equal(WALK_AFTER);
    expect(text(row('frequency').querySelector('th'))).to.equal('Hoe vaak');
    expect(text(row('frequency').querySelector('.before'))).to.equal('Elke dag');
    expect(text(row('frequency').querySelector('.after'))).to.equal('Eén keer per week');
    // Unchanged fields and bookkeeping are not listed.
    expect([...details.querySelectorAll('tbody tr')].map((tr) => (tr as HTMLElement).dataset['field'])).to.deep.equal(['description', 'frequency']);
    // The accord: status in words, not codes.
    const accord = entries(root).find((li) => li.dataset['action'] === 'agreement.accord' && li.textContent.includes(WALK_AFTER))!;
    const status = accord.querySelector('tr[data-field="status"]')!;
    expect(text(status.querySelector('.before'))).to.equal('Concept');
    expect(text(status.querySelector('.after'))).to.equal('Loopt');
  });

  it('shows what was recorded when an item was added, with dates and people in words', async () => {
    const adapter = new MemoryAdapter();
    await fatmaPlan(adapter);
    const { root } = await mount(adapter);
    const add = entries(root).filter((li) => li.dataset['action'] === 'agreement.add').at(-1)!;
    expect(text(add.querySelector('summary'))).to.equal('Wat is er vastgelegd');
    const recorded = text(add.querySelector('dl'));
    expect(recorded).to.contain(`Omschrijving${WALK_BEFORE}`).and.contain('Wie doet hetPatiënt zelf')
      .and.contain('Evalueren op15 juli 2026').and.contain('StatusConcept');
    expect(recorded).not.to.contain('version').and.not.to.contain('{');
  });

  it('opens a change by keyboard', async () => {
    const adapter = new MemoryAdapter();
    await fatmaPlan(adapter);
    const { root } = await mount(adapter);
    const summary = entries(root)[0]!.querySelector('summary')!;
    summary.focus();
    expect(root.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    await until(() => summary.parentElement!.hasAttribute('open'), 'the details to open');
  });

  it('filters to one agreement: only its entries (add, accord, update)', async () => {
    const adapter = new MemoryAdapter();
    const { agreements } = await fatmaPlan(adapter);
    const { el, root, plan } = await mount(adapter);
    const said = announcements(plan);
    const select = root.querySelector<HTMLSelectElement>('select#history-filter')!;
    expect(root.querySelector(`label[for="${select.id}"]`)!.textContent).to.equal('Tonen');
    const options = [...select.options].map((o) => o.text);
    expect(options.slice(0, 2)).to.deep.equal(['Alles', 'Het zorgplan']);
    expect(options).to.include('Twee gesprekken over eten en tussendoortjes.');
    choose(root, agreements.walk.id);
    await el.updateComplete;
    expect(actions(root)).to.deep.equal(['agreement.update', 'agreement.accord', 'agreement.add']);
    expect(el.targetId).to.equal(agreements.walk.id);
    await until(() => said.includes('3 wijzigingen'), 'the count to be announced');
    choose(root, 'plan');
    await el.updateComplete;
    expect(actions(root)).to.deep.equal(['plan.accord', 'plan.create']);
    choose(root, '');
    await el.updateComplete;
    expect(actions(root).length).to.equal(11);
  });

  it('takes the filter from target-id; a goal shows its agreements too', async () => {
    const adapter = new MemoryAdapter();
    const { goals, agreements } = await fatmaPlan(adapter);
    const one = await mount(adapter, { targetId: agreements.dietitian.id });
    expect(actions(one.root)).to.deep.equal(['agreement.accord', 'agreement.add']);
    expect(one.root.querySelector<HTMLSelectElement>('select')!.value).to.equal(agreements.dietitian.id);
    const goal = await mount(adapter, { targetId: goals.weight.id });
    expect(actions(goal.root)).to.deep.equal(['agreement.update', 'agreement.accord', 'agreement.accord', 'goal.accord', 'agreement.add', 'agreement.add', 'goal.add']);
    const sugar = await mount(adapter, { targetId: goals.sugar.id });
    expect(actions(sugar.root)).to.deep.equal(['goal.accord', 'goal.add']);
  });

  it('says on whose behalf a change was made', async () => {
    const adapter = new MemoryAdapter();
    const { planId, agreements } = await fatmaPlan(adapter);
    const { plan, root } = await mount(adapter);
    expect(root.querySelector('.behalf')).to.equal(null);
    const forGp = izpAt(adapter, sanne, { onBehalfOf: verhoeven });
    await forGp.updateAgreement(planId, agreements.dietitian.id, { support: 'Verwijzing door de huisarts.' });
    await plan.refresh();
    await until(() => entries(root)[0]?.querySelector('.behalf'), 'the new entry');
    const [newest] = entries(root);
    expect(text(newest!.querySelector('.who'))).to.equal('Door Sanne de Wit, Praktijkondersteuner (POH)');
    expect(text(newest!.querySelector('.behalf'))).to.equal('Namens dr. P. Verhoeven, Huisarts');
  });

  it('shows a change made through the core once the plan refreshes', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, agreements } = await fatmaPlan(adapter);
    const { plan, root } = await mount(adapter);
    const before = entries(root).length;
    await izp.updateAgreement(planId, agreements.walk.id, { frequency: 'Twee keer per week' }, { expectedVersion: 3 });
    await plan.refresh();
    await until(() => entries(root).length === before + 1, 'the new entry');
    const newest = entries(root)[0]!;
    expect(newest.dataset['action']).to.equal('agreement.update');
    const row = newest.querySelector('tr[data-field="frequency"]')!;
    expect(text(row.querySelector('.before'))).to.equal('Eén keer per week');
    expect(text(row.querySelector('.after'))).to.equal('Twee keer per week');
    expect(newest.querySelector('.reason')).to.equal(null);
  });

  it('lists a print of the patient\'s overview, also in the patient\'s own view, in plain words', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId } = await fatmaPlan(adapter);
    await izp.getPrintOverview(planId);
    const { root } = await mount(adapter, { user: fatmaUser, view: 'patient' });
    expect(actions(root)[0]).to.equal('plan.print');
    expect(text(entries(root)[0]!.querySelector('.what'))).to.equal('Overzicht afgedrukt');
    expect(entries(root)[0]!.querySelector('details')).to.equal(null);
    const accord = entries(root).find((li) => li.dataset['action'] === 'agreement.accord')!;
    expect(text(accord.querySelector('.what'))).to.equal('Afspraak gaat gelden');
    expect(root.textContent).not.to.contain('geaccordeerd');
  });

  it('never shows a note for the care team in the patient\'s view', async () => {
    const adapter = new TestAdapter();
    const { izp, planId } = await fatmaPlan(adapter);
    const stored = await izp.history(planId);
    const plan = stored.find((r) => r.action === 'plan.accord')!;
    const change: AuditRecord = {
      ...plan, id: 'rec-note', at: '2026-06-02T09:00:00.000Z', action: 'plan.update',
      before: { ...plan.after, title: 'Zorgplan' }, after: { ...plan.after, title: 'Zorgplan Fatma', professionalNote: 'Alleen voor het team.' },
    };
    adapter.history = async () => [...stored, change];
    const pro = await mount(adapter);
    expect(text(entries(pro.root)[0]!.querySelector('tbody'))).to.contain('Alleen voor het team.').and.contain('Zorgplan Fatma');
    const own = await mount(adapter, { user: fatmaUser, view: 'patient' });
    expect(text(entries(own.root)[0]!.querySelector('tbody'))).to.contain('Zorgplan Fatma');
    expect(own.root.textContent).not.to.contain('Alleen voor het team.');
  });

  it('renders untrusted text as text', async () => {
    const adapter = new MemoryAdapter();
    const attack = '<img src=x onerror="window.__izpPwned=1"><script>window.__izpPwned=2</script>';
    const { izp, planId, agreements } = await fatmaPlan(adapter, attack);
    await izp.updateAgreement(planId, agreements.walk.id, { description: `${attack} <b>vet</b>` }, { expectedVersion: 3, reason: '<i>reden</i>' });
    const { root } = await mount(adapter);
    for (const d of root.querySelectorAll('details')) d.open = true;
    await until(() => entries(root)[0]?.querySelector('tr[data-field="description"] .before'), 'the opened changes');
    expect(root.querySelector('img, script, b, i')).to.equal(null);
    expect(text(entries(root)[0]!.querySelector('.subject'))).to.equal(`${attack} <b>vet</b>`);
    expect(text(entries(root)[0]!.querySelector('tr[data-field="description"] .before'))).to.equal(WALK_AFTER);
    expect(text(entries(root)[0]!.querySelector('.reason'))).to.equal('Reden: <i>reden</i>');
    const options = [...root.querySelectorAll('option')].map((o) => o.text);
    expect(options.some((o) => o.startsWith('<img src=x'))).to.equal(true);
    expect((window as unknown as { __izpPwned?: number }).__izpPwned).to.equal(undefined);
  });

  it('speaks English with lang="en"', async () => {
    const adapter = new MemoryAdapter();
    await fatmaPlan(adapter);
    const { root } = await mount(adapter, { lang: 'en' });
    expect(text(root.querySelector('h3'))).to.equal('History');
    expect(text(root.querySelector('label'))).to.equal('Show');
    expect([...root.querySelectorAll('option')].slice(0, 2).map((o) => o.text)).to.deep.equal(['Everything', 'The care plan']);
    const [newest] = entries(root);
    expect(text(newest!.querySelector('.what'))).to.equal('Agreement changed');
    expect(text(newest!.querySelector('.who'))).to.equal('By Sanne de Wit, Practice nurse');
    expect(text(newest!.querySelector('summary'))).to.equal('What changed (2)');
    expect([...newest!.querySelectorAll('thead th')].map(text)).to.deep.equal(['Item', 'Before', 'After']);
    expect(text(newest!.querySelector('tr[data-field="frequency"] th'))).to.equal('How often');
    expect(text(entries(root).at(-1)!.querySelector('.what'))).to.equal('Care plan created');
  });

  it('says so when loading fails, and loads again on request', async () => {
    const adapter = new TestAdapter();
    await fatmaPlan(adapter);
    adapter.failHistory = true;
    const errors: CustomEvent[] = [];
    const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, sanne)} patient-id=${FATMA}
      @izp-error=${(e: CustomEvent) => errors.push(e)}><izp-history></izp-history></izp-plan>`);
    const el = plan.querySelector('izp-history')!;
    await until(() => errors.length, 'izp-error');
    expect(errors[0]!.detail.action).to.equal('history');
    const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the alert');
    expect(alert.textContent).to.contain('De geschiedenis kon niet worden geladen.');
    adapter.failHistory = false;
    alert.querySelector('button')!.click();
    await until(() => entries(el.shadowRoot!).length === 11, 'the entries');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('aborts a read that a newer one overtook, and never shows the older answer', async () => {
    const adapter = new TestAdapter();
    const { izp, planId, goals, agreements } = await fatmaPlan(adapter);
    // Once watched, the next read hangs until released; the one after it answers at once.
    let watching = false;
    const signals: (AbortSignal | undefined)[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const history = adapter.history.bind(adapter);
    adapter.history = async (id, options) => {
      const records = await history(id, options);
      if (!watching) return records;
      signals.push(options?.signal);
      if (signals.length === 1) await held;
      return records;
    };
    const { plan, el, root } = await mount(adapter);
    expect(entries(root)).to.have.length(11);
    watching = true;
    await izp.closeGoal(planId, goals.sugar.id, { outcome: 'not-relevant' });
    await plan.refresh();
    await until(() => signals.length === 1, 'the first read');
    expect(root.querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
    await izp.closeAgreement(planId, agreements.dietitian.id, { outcome: 'stopped' });
    await plan.refresh();
    await until(() => entries(root).length === 13, 'the newer history');
    expect(signals).to.have.length(2);
    expect(signals[0]!.aborted, 'the overtaken read is aborted').to.equal(true);
    expect(signals[1]!.aborted).to.equal(false);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(entries(root)).to.have.length(13);
    expect(root.querySelector('section')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('has an empty state', async () => {
    const adapter = new TestAdapter();
    await fatmaPlan(adapter);
    adapter.history = async () => [];
    const { root } = await mount(adapter);
    expect(text(root.querySelector('p.empty'))).to.equal('Hier is nog niets over vastgelegd.');
    expect(root.querySelector('ol')).to.equal(null);
  });
});
