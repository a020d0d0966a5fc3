/**
 * The core is the only judge of who may do what (issue 9, item 3): every element offers a control exactly
 * when `izp.can()` says the core would accept it. Fictional team of Huisartsenpraktijk De Linde: Sanne de
 * Wit (POH, case manager), dr. P. Verhoeven (GP, a manager role), Lotte Kramer (dietitian, may write),
 * Ruud Smit (physiotherapist, may only read).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter, type IzpAction, type StorageAdapter, type User } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import type { PlanSection } from '../../src/events/events.js';
import { deepAll, izpAt, menuLabels, sanne, until, verhoeven } from './helpers.js';

const lotte: User = { id: 'diet-lotte', name: 'Lotte Kramer', role: 'dietitian' };
const ruud: User = { id: 'fysio-ruud', name: 'Ruud Smit', role: 'physiotherapist' };
const PATIENT = 'pat-bosman';

/** A current plan with a goal, an agreement, and a goal and an agreement added later (awaiting accord). */
async function teamPlan(adapter: StorageAdapter) {
  const izp = izpAt(adapter, sanne);
  const plan = await izp.createPlan({
    patientId: PATIENT, patientName: 'Dhr. H. Bosman', nextEvaluationDate: '2026-12-14',
    careTeam: [
      { id: verhoeven.id, name: verhoeven.name, role: 'gp' },
      { id: lotte.id, name: lotte.name, role: 'dietitian' },
    ],
  });
  const beach = await izp.addGoal(plan.id, { description: 'Deze zomer naar het strand kunnen lopen.', domain: 'functional' });
  await izp.addAgreement(plan.id, beach.id, { description: 'Twee keer per week fysiotherapie.', performer: { kind: 'provider', name: ruud.name, role: 'physiotherapist' } });
  await izp.accordPlan(plan.id);
  await izp.grantAccess(plan.id, { actor: { id: ruud.id, name: ruud.name, role: ruud.role }, permission: 'read' });
  await izp.addGoal(plan.id, { description: 'Minder zout eten.', domain: 'somatic' });
  await izp.addAgreement(plan.id, beach.id, { description: 'Elke dag tien minuten wandelen.', performer: { kind: 'patient' } });
  return { izp, planId: plan.id };
}

/**
 * Every button's text anywhere in the plan, every shadow root included, and the items of every row menu
 * (opened as a user opens them: a closed menu has no items in the DOM), over the sections that hold write
 * controls: the plan with its goals, the modules and the team.
 */
async function buttons(el: IzpPlan): Promise<string[]> {
  const out: string[] = [];
  const ready: [PlanSection, () => unknown][] = [
    ['plan', () => deepAll(el, 'izp-agreement').length === 2],
    ['modules', () => deepAll(el, 'izp-modules').length === 1],
    ['team', () => deepAll(el, 'izp-care-team')[0]?.shadowRoot?.querySelector('li')],
  ];
  for (const [section, rendered] of ready) {
    el.section = section;
    // The section's elements load on demand: wait until none is left undefined, then for their renders.
    await until(() => rendered() && deepAll(el, ':not(:defined)').length === 0, `the ${section} section`);
    await Promise.all(deepAll(el, '*').filter((e) => 'updateComplete' in e).map((e) => (e as IzpPlan).updateComplete));
    out.push(...deepAll(el, 'button').filter((b) => !b.closest('dialog')).map((b) => b.textContent.replace(/\s+/g, ' ').trim()));
    for (const trigger of deepAll(el, 'button[aria-haspopup="menu"]')) out.push(...await menuLabels(trigger.getRootNode() as ShadowRoot));
  }
  return out;
}

async function mountAs(adapter: StorageAdapter, user: User) {
  const izp = izpAt(adapter, user);
  const el = await fixture<IzpPlan>(html`<izp-plan .izp=${izp} patient-id=${PATIENT} lang="nl"></izp-plan>`);
  await until(() => el.snapshot, 'the plan');
  return { el, izp };
}

/** The controls that stand for an action, by their Dutch text. */
const CONTROLS: [IzpAction, string[]][] = [
  ['plan.accord', ['Alles accorderen', 'Doel accorderen', 'Afspraak accorderen']],
  ['plan.close', ['Zorgplan afsluiten']],
  ['goal.add', ['Doel toevoegen']],
  ['goal.close', ['Doel afsluiten']],
  ['agreement.add', ['Afspraak toevoegen']],
  ['agreement.update', ['Afspraak aanpassen']],
  ['agreement.close', ['Afspraak afsluiten']],
  ['evaluate', ['Evalueren']],
  ['profile.update', ['Toevoegen', 'Wijzigen']],
];

describe('the elements ask the core who may do what', () => {
  for (const [who, user] of [['the case manager', sanne], ['the GP (a manager role)', verhoeven], ['a dietitian who may write', lotte], ['a physiotherapist who may only read', ruud]] as const) {
    it(`offers ${who} exactly what izp.can() allows`, async () => {
      const adapter = new MemoryAdapter();
      const { planId } = await teamPlan(adapter);
      const { el, izp } = await mountAs(adapter, user);
      const shown = await buttons(el);
      const plan = (await izp.getPlan(planId))!.plan;
      for (const [action, texts] of CONTROLS) {
        const present = texts.some((t) => shown.some((b) => b === t || b.startsWith(`${t}:`)));
        expect(present, `${action} (${texts.join(' / ')}) for ${user.name}: ${shown.join(' | ')}`).to.equal(izp.can(action, plan));
      }
    });
  }

  it('shows a read-only user no write control at all, and a non-manager no accord or close', async () => {
    const adapter = new MemoryAdapter();
    await teamPlan(adapter);
    const reader = await buttons((await mountAs(adapter, ruud)).el);
    for (const text of ['Alles accorderen', 'Doel accorderen', 'Zorgplan afsluiten', 'Doel toevoegen', 'Doel afsluiten', 'Afspraak toevoegen',
      'Afspraak aanpassen', 'Afspraak afsluiten', 'Evalueren', 'Meting toevoegen', 'Opslaan']) {
      expect(reader, `no "${text}" for a reader`).to.not.include(text);
    }
    const writer = await buttons((await mountAs(adapter, lotte)).el);
    for (const text of ['Alles accorderen', 'Doel accorderen', 'Afspraak accorderen', 'Zorgplan afsluiten']) {
      expect(writer, `no "${text}" for a dietitian`).to.not.include(text);
    }
    expect(writer).to.include('Doel toevoegen').and.include('Afspraak toevoegen');
    const manager = await buttons((await mountAs(adapter, verhoeven)).el);
    expect(manager).to.include('Alles accorderen').and.include('Zorgplan afsluiten');
  });
});
