/**
 * Issue 9, items 2 and 4–11: accord at any time, what closing says and does, one goal order, focus after
 * starting a plan, a closed plan, long text, and wording a practice and a patient understand.
 * Fictional patients of Huisartsenpraktijk De Linde.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryAdapter, type PlanSnapshot, type StorageAdapter, type User } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpGoal } from '../../src/elements/goal/izp-goal.js';
import type { IzpOverview } from '../../src/elements/overview/izp-overview.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { contactText } from '../../src/elements/shared/contact.js';
import { anyButton, button, byLabel, deepAll, fatma, izpAt, oneLine, readText, sanne, TODAY, typeInto, until, verhoeven, chooseFromMenu } from './helpers.js';

const YILDIZ = fatma.id;

/** Mw. F. Yıldız's current plan: a weight goal (high) with a walk; the team as in the demo. */
async function currentPlan(adapter: StorageAdapter) {
  const izp = izpAt(adapter, sanne);
  const plan = await izp.createPlan({
    patientId: YILDIZ, patientName: 'Mw. F. Yıldız', conditions: ['Diabetes mellitus type 2'],
    careTeam: [
      { id: sanne.id, name: sanne.name, role: 'practice-nurse', contact: 'tel:+31201234567' },
      { id: verhoeven.id, name: verhoeven.name, role: 'gp' },
    ],
  });
  const sugar = await izp.addGoal(plan.id, { description: 'Mijn suiker onder de 53 mmol/mol.', domain: 'somatic', priority: 'low' });
  const weight = await izp.addGoal(plan.id, {
    description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic', priority: 'high',
    targets: [{ measure: 'Gewicht', comparator: '<=', value: 125, unit: 'kg', due: '2027-02-23' }],
  });
  const walk = await izp.addAgreement(plan.id, weight.id, { description: 'Eén keer per week wandelen.', performer: { kind: 'patient' } });
  await izp.accordPlan(plan.id);
  return { izp, planId: plan.id, sugar, weight, walk };
}

async function mount(adapter: StorageAdapter, user: User = sanne, view = 'professional', extra = '', section = 'plan') {
  const el = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, user)} patient-id=${YILDIZ} view=${view} lang="nl"
    practice-name=${extra} section=${section}></izp-plan>`);
  await until(() => el.shadowRoot!.querySelector('header, [part="empty"]'), 'the plan to load');
  await el.updateComplete;
  return el;
}

async function goalCard(el: IzpPlan, description: string): Promise<IzpGoal> {
  const goal = await until(() => (deepAll(el, 'izp-goal') as IzpGoal[]).find((g) => g.goal?.description === description), `goal ${description}`);
  await until(() => goal.shadowRoot?.querySelector('article'), 'the goal to render');
  return goal;
}

describe('accord at any time (item 2)', () => {
  it('shows what awaits accord on a current plan and accords a goal added later, with its agreement', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId } = await currentPlan(adapter);
    const own = await izpAt(adapter, { id: YILDIZ, name: 'Fatma Yıldız', role: 'patient' }).addGoal(planId, { description: 'Weer fietsen naar de markt.', domain: 'functional' });
    const el = await mount(adapter);
    const header = el.shadowRoot!.querySelector('header')!;
    expect(oneLine(header)).to.contain('Nog te bespreken: 1 nieuw doel.');
    const card = await goalCard(el, 'Weer fietsen naar de markt.');
    expect(oneLine(card.shadowRoot!.querySelector('[part="awaiting-accord"]'))).to.contain('Nog concept');
    const accorded = oneEvent(el, 'izp-plan-accorded');
    button(card.shadowRoot!, 'Doel accorderen').click();
    await accorded;
    expect((await izp.getPlan(planId))!.goals.find((g) => g.id === own.id)!.status).to.equal('active');
    await until(() => !oneLine(el.shadowRoot!.querySelector('header')).includes('Nog te bespreken'), 'nothing left to discuss');
  });

  it('accords everything at once, and an agreement added later on its own', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, weight, sugar } = await currentPlan(adapter);
    const later = await izp.addAgreement(planId, weight.id, { description: 'Twee gesprekken met de diëtist.', performer: { kind: 'provider', name: 'Lotte Kramer', role: 'dietitian' } });
    const el = await mount(adapter);
    const agreement = await until(() => deepAll(el, 'izp-agreement').find((a) => a.shadowRoot?.textContent?.includes('Twee gesprekken')), 'the new agreement');
    const accorded = oneEvent(el, 'izp-plan-accorded');
    button(agreement.shadowRoot!, 'Afspraak accorderen').click();
    await accorded;
    expect((await izp.getPlan(planId))!.agreements.find((a) => a.id === later.id)!.status).to.equal('in-progress');

    await izp.addGoal(planId, { description: 'Stoppen met roken.', domain: 'somatic' });
    await izp.addAgreement(planId, sugar.id, { description: 'Elke drie maanden bloed prikken.', performer: { kind: 'provider' } });
    await el.refresh();
    await until(() => oneLine(el.shadowRoot!.querySelector('header')).includes('1 nieuw doel en 1 nieuwe afspraak'), 'both awaiting');
    const all = oneEvent(el, 'izp-plan-accorded');
    button(el.shadowRoot!.querySelector('header')!, 'Alles accorderen').click();
    const { snapshot } = (await all).detail as { snapshot: PlanSnapshot };
    expect(snapshot.goals.every((g) => g.status === 'active')).to.equal(true);
    expect(snapshot.agreements.every((a) => a.status !== 'draft')).to.equal(true);
  });

  it('says on the overview and on the printout what is still to be discussed', async () => {
    const adapter = new MemoryAdapter();
    const { planId } = await currentPlan(adapter);
    await izpAt(adapter, { id: YILDIZ, name: 'Fatma Yıldız', role: 'patient' }).addGoal(planId, { description: 'Weer fietsen naar de markt.', domain: 'functional' });
    const el = await mount(adapter, sanne, 'patient');
    const print = await until(() => deepAll(el, 'izp-overview')[0]?.shadowRoot?.querySelector('.printout'), 'the printout');
    expect(oneLine(print.querySelector('.discuss'))).to.contain('Nog te bespreken met mijn zorgverlener').and.contain('Weer fietsen naar de markt.');
    const screen = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, sanne)} patient-id=${YILDIZ}><izp-overview today=${TODAY}></izp-overview></izp-plan>`);
    const overview = screen.querySelector<IzpOverview>('izp-overview')!;
    await until(() => overview.shadowRoot?.querySelector('[data-goal-id]'), 'the overview');
    const goal = [...overview.shadowRoot!.querySelectorAll('[data-goal-id]')].find((li) => li.textContent.includes('Weer fietsen'))!;
    expect(oneLine(goal.querySelector('.goal-status'))).to.equal('Concept');
    expect(oneLine(overview.shadowRoot!.querySelector('[part="to-discuss"]'))).to.contain('Nog te bespreken').and.contain('Weer fietsen naar de markt.');
  });
});

describe('closing says what it does (items 4 and 5)', () => {
  it('warns that closing a goal closes its open agreements, with the count', async () => {
    const adapter = new MemoryAdapter();
    await currentPlan(adapter);
    const el = await mount(adapter);
    const weight = await goalCard(el, 'In drie maanden vijf kilo afvallen.');
    await chooseFromMenu(weight.shadowRoot!, 'Doel afsluiten');
    expect(oneLine(await until(() => weight.shadowRoot!.querySelector('dialog'), 'the dialog'))).to.contain('1 open afspraak bij dit doel wordt ook afgesloten');
    const sugar = await goalCard(el, 'Mijn suiker onder de 53 mmol/mol.');
    await chooseFromMenu(sugar.shadowRoot!, 'Doel afsluiten');
    expect(oneLine(await until(() => sugar.shadowRoot!.querySelector('dialog'), 'the dialog'))).to.not.contain('afspraak');
  });

  it('counts only what is open when closing the plan, and words concept goals as lapsed', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, sugar } = await currentPlan(adapter);
    await izp.closeGoal(planId, sugar.id, { outcome: 'achieved' });
    const concept = await izp.addGoal(planId, { description: 'Stoppen met roken.', domain: 'somatic' });
    const el = await mount(adapter);
    await chooseFromMenu(el.shadowRoot!.querySelector('header')!, 'Zorgplan afsluiten');
    const dialog = await until(() => el.shadowRoot!.querySelector('dialog'), 'the dialog');
    const text = oneLine(dialog);
    expect(text).to.contain('1 lopend doel wordt afgesloten, 1 doel dat nog concept is, vervalt en 1 open afspraak wordt gestopt.');
    expect(text).to.not.match(/\b0 /);
    typeInto(byLabel<HTMLTextAreaElement>(dialog, 'Reden van afsluiten'), 'Doelen bereikt');
    const closed = oneEvent(el, 'izp-plan-closed');
    anyButton(dialog, 'Zorgplan afsluiten').click();
    await closed;
    const card = await goalCard(el, 'Stoppen met roken.');
    await until(() => card.goal?.status === 'cancelled', 'the closed goal');
    await card.updateComplete;
    expect(readText(card.shadowRoot!.querySelector('.row')!)).to.contain('Vervallen');
    card.shadowRoot!.querySelector<HTMLButtonElement>('button.disclosure')!.click();
    const facts = readText(await until(() => card.shadowRoot!.querySelector('.facts'), 'the details'));
    expect(facts).to.contain('Vervallen met het zorgplan: dit doel was nog niet geaccordeerd');
    expect(facts).to.contain('Reden van afsluiten van het zorgplan Doelen bereikt').and.not.contain('Toelichting Doelen bereikt');
    expect((await izp.getPlan(planId))!.goals.find((g) => g.id === concept.id)!.status).to.equal('cancelled');
  });

  it('says the last plan was closed, when and why, and offers a new one (item 8)', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId } = await currentPlan(adapter);
    await izp.closePlan(planId, { reason: 'Verhuisd naar Utrecht', status: 'revoked', end: TODAY });
    const el = await mount(adapter);
    const empty = oneLine(el.shadowRoot!.querySelector('[part="empty"]'));
    expect(empty).to.not.contain('nog geen zorgplan');
    expect(empty).to.contain('Nieuw zorgplan starten').and.contain('afgesloten op 30 november 2026: Verhuisd naar Utrecht');
  });
});

describe('one order, focus and layout (items 6, 7, 10)', () => {
  it('lists goals on screen in the order of the overview and the printout', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId } = await currentPlan(adapter);
    const el = await mount(adapter);
    await until(() => deepAll(el, 'izp-goal').length === 2, 'both goals');
    const screen = (deepAll(el, 'izp-goal') as IzpGoal[]).map((g) => g.goalId);
    const printed = (await izp.getPrintOverview(planId)).goals.map((g) => g.id);
    const overview = (await izp.getOverview(planId)).goals.map((g) => g.goal.id);
    expect(screen).to.deep.equal(overview);
    expect(printed).to.deep.equal(overview);
  });

  it('puts focus on the new plan\'s heading after "Zorgplan maken"', async () => {
    const el = await mount(new MemoryAdapter());
    const created = oneEvent(el, 'izp-plan-created');
    button(el.shadowRoot!, 'Zorgplan maken').click();
    await created;
    await until(() => el.shadowRoot!.activeElement?.matches('header h2'), 'focus on the heading');
    expect(oneLine(el.shadowRoot!.activeElement)).to.contain('Individueel zorgplan');
  });

  it('wraps long unbroken text instead of scrolling sideways', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, weight } = await currentPlan(adapter);
    const long = `https://www.thuisarts.nl/${'suikerziekte-'.repeat(20)}`;
    await izp.addAgreement(planId, weight.id, { description: long, performer: { kind: 'patient' }, support: 'x'.repeat(300) });
    await izp.addGoal(planId, { description: 'Zelfmanagementondersteuningsprogrammadeelnamebevestigingsformulierinvulinstructies'.repeat(3), domain: 'social' });
    const box = await fixture<HTMLDivElement>(html`<div style="width: 320px; overflow: auto">
      <izp-plan .izp=${izpAt(adapter, sanne)} patient-id=${YILDIZ} lang="nl" section="plan"></izp-plan></div>`);
    const el = box.querySelector<IzpPlan>('izp-plan')!;
    const agreements = await until(() => { const found = deepAll(el, 'izp-agreement'); return found.length === 2 && found; }, 'the agreements');
    await until(() => agreements.some((a) => a.shadowRoot?.textContent?.includes('suikerziekte')), 'the long text');
    expect(box.scrollWidth, 'no sideways scrolling').to.be.at.most(box.clientWidth + 1);
    // A line clips what sticks out of it (content-visibility), so its overflow never reaches the box's scroll
    // width: each line's own content must stay within it. Focus in a line would turn the clip off; it has none.
    for (const a of agreements) {
      const line = a.getBoundingClientRect();
      for (const part of a.shadowRoot!.querySelectorAll('.row > *')) {
        expect(part.getBoundingClientRect().right, `${part.className} within its line`).to.be.at.most(line.right + 1);
      }
    }
    el.section = 'history';
    await until(() => el.shadowRoot!.querySelector('izp-history')?.shadowRoot?.querySelector('ol.timeline'), 'the history');
    expect(box.scrollWidth, 'no sideways scrolling in the history').to.be.at.most(box.clientWidth + 1);
  });
});

describe('wording (item 11)', () => {
  it('names people with one level of brackets, targets in words, and phone numbers as people write them', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, weight } = await currentPlan(adapter);
    await izp.addAgreement(planId, weight.id, { description: 'Elke maand wegen bij de POH.', performer: { kind: 'provider', name: 'Sanne de Wit', role: 'practice-nurse' } });
    const el = await mount(adapter);
    const header = oneLine(el.shadowRoot!.querySelector('header'));
    expect(header).to.contain('Sanne de Wit, Praktijkondersteuner (POH) · 020 123 45 67');
    expect(header).to.not.match(/\([^()]*\(/);
    expect(el.shadowRoot!.querySelector('header a')!.getAttribute('href')).to.equal('tel:+31201234567');
    const card = await goalCard(el, 'In drie maanden vijf kilo afvallen.');
    await until(() => deepAll(card, 'izp-agreement').length === 2, 'the agreements');
    const text = readText(card.shadowRoot!) + deepAll(card, 'izp-agreement').map((a) => readText(a.shadowRoot!)).join(' ');
    expect(text).to.contain('Gewicht niet meer dan 125 kg vóór 23 februari 2027').and.not.contain('<=');
    expect(text).to.contain('Zorgverlener: Sanne de Wit, Praktijkondersteuner (POH)').and.not.match(/\([^()]*\(/);
  });

  it('shows no label without a value and no field twice under two names', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, walk } = await currentPlan(adapter);
    await izp.updatePlan(planId, { nextEvaluationDate: TODAY });
    await izp.closeAgreement(planId, walk.id, { outcome: 'completed' });
    const el = await mount(adapter, sanne, 'professional', '', 'overview');
    await until(() => deepAll(el, 'izp-overview')[0]?.shadowRoot?.querySelector('.due li'), 'the due list');
    const checkLabels = () => {
      const roots = deepAll(el, '*').filter((e) => e.shadowRoot).map((e) => e.shadowRoot!);
      for (const root of [el.shadowRoot!, ...roots]) {
        for (const node of root.querySelectorAll('.kind, dt, label')) {
          const label = oneLine(node);
          if (!label.endsWith(':')) continue;
          expect(oneLine(node.parentElement).length, `"${label}" has something after it`).to.be.greaterThan(label.length);
        }
      }
    };
    checkLabels();
    el.section = 'plan';
    const agreement = await until(() => deepAll(el, 'izp-agreement').find((a) => a.shadowRoot?.querySelector('article.closed')), 'the closed agreement');
    agreement.shadowRoot!.querySelector<HTMLButtonElement>('button.disclosure')!.click();
    await until(() => agreement.shadowRoot!.querySelector('#agreement-details'), 'its details');
    checkLabels();
    const said = oneLine(agreement.shadowRoot!.querySelector('article'));
    expect(said.match(/Afgerond/g), `one "Afgerond" in ${said}`).to.have.length(1);
  });

  it("speaks the patient's words in the patient's view: no Casemanager, Aandoeningen or ICPC codes", async () => {
    const adapter = new MemoryAdapter();
    await currentPlan(adapter);
    const el = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, { id: YILDIZ, name: 'Fatma Yıldız', role: 'patient' })}
      patient-id=${YILDIZ} view="patient" lang="nl" practice-name="Huisartsenpraktijk De Linde"
      .diagnoses=${[{ name: 'Diabetes mellitus type 2', code: 'T90.02' }]}></izp-plan>`);
    await until(() => deepAll(el, 'izp-modules')[0]?.shadowRoot?.querySelector('.modules') && deepAll(el, 'izp-care-team')[0]?.shadowRoot?.querySelector('li'), 'the patient view');
    const all = [readText(el.shadowRoot!), ...deepAll(el, '*').filter((e) => e.shadowRoot).map((e) => readText(e.shadowRoot!))].join(' ');
    expect(all).to.not.match(/Casemanager|casemanager|Aandoeningen|T90/);
    expect(oneLine(el.shadowRoot!.querySelector('header'))).to.contain('Mijn vaste contactpersoon').and.contain('Waar het plan over gaat');
    const print = deepAll(el, 'izp-overview')[0]!.shadowRoot!.querySelector('.printout')!;
    expect(oneLine(print.querySelector('.contact'))).to.contain('Huisartsenpraktijk De Linde').and.contain('020 123 45 67');
  });

  it('writes Dutch phone numbers the way people do', () => {
    expect(contactText('tel:+31201234567')).to.equal('020 123 45 67');
    expect(contactText('+31 6 12345678')).to.equal('06 12 34 56 78');
    expect(contactText('030-1234567')).to.equal('030 123 45 67');
    expect(contactText('0513123456')).to.equal('0513 12 34 56');
    expect(contactText('mailto:poh@delinde.example')).to.equal('poh@delinde.example');
    expect(contactText('+44 20 7946 0958')).to.equal('+44 20 7946 0958');
  });
});
