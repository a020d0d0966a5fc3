// The benchmark plan, written through the core (`createIzp` over a `MemoryAdapter`) as a practice would
// have written it: goals in the patient's words, agreements for the patient, care providers and an
// informal carer, accorded, some agreements changed once, a few goals and agreements closed. Every
// person and practice is invented, in the style of stories/fixtures/example-plans.ts. Deterministic:
// a fixed clock that ticks one second per call and counting ids, so every build is the same plan.
import { createIzp, MemoryAdapter, addDays } from '/dist/izp-sdk.bundle.js';

export const staff = {
  poh: { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' },
  gp: { id: 'ha-verhoeven', name: 'dr. P. Verhoeven', role: 'gp' },
};

const providers = [
  { kind: 'provider', name: 'Sanne de Wit', role: 'practice-nurse' },
  { kind: 'provider', name: 'Lotte Kramer', role: 'dietitian' },
  { kind: 'provider', name: 'Ruud Smit', role: 'physiotherapist' },
  { kind: 'provider', name: 'Ilse Bakker', role: 'mental-health-nurse' },
  { kind: 'provider', name: 'dr. P. Verhoeven', role: 'gp' },
];
const carer = { kind: 'informal-carer', name: 'Marieke Bosman' };

const goalTexts = [
  'In drie maanden vijf kilo afvallen.',
  'Deze zomer met mijn kleinzoon naar het strand kunnen lopen.',
  'Mijn suiker (HbA1c) onder de 53 mmol/mol.',
  'Weer naar de biljartclub op donderdag.',
  'Minder stress door mijn werk.',
  'Zelf mijn boodschappen kunnen doen in het dorp.',
  'Niet opgenomen worden in het ziekenhuis deze winter.',
  'Mijn bloeddruk onder 140/90.',
  'Beter slapen, zonder pillen.',
  'Stoppen met roken na de zomer.',
];
const agreementTexts = [
  'Eén keer per week een half uur wandelen met de buurvrouw, ook als het regent met paraplu.',
  'Twee gesprekken over eten en tussendoortjes.',
  'Elke drie maanden bloed prikken en de uitslag samen bespreken.',
  'Twee keer per week longfysiotherapie, twaalf weken.',
  'Elke dag vijftien minuten binnen oefenen met de oefeningen van de fysio.',
  'Elke ochtend wegen; bij meer dan twee kilo erbij in drie dagen de praktijk bellen.',
  'Marieke doet één keer per week de boodschappen en kijkt mee naar het weegschriftje.',
  'Twee keer per week thuis bloeddruk meten en in de app zetten.',
  'Na drie maanden kijken of medicijnen nodig zijn.',
  'Drie gesprekken over omgaan met stress.',
];
const frequencies = ['Elke dag', 'Eén keer per week', 'Twee keer per week', 'Elke drie maanden', undefined];
const supports = ['Verwijzing door de huisarts.', undefined, 'Een stappenteller van de praktijk.', undefined, 'Verwijzing naar de POH-GGZ.'];
const domains = ['somatic', 'functional', 'social', 'psychological', 'communicative'];
const priorities = ['high', 'medium', 'low', undefined];

export const PATIENT = { id: 'pat-bench', name: 'Mw. R. Vermeulen' };

/** A core on `adapter` with a ticking clock and counting ids, both shared by every core on `clock`. */
export function benchCore(adapter, clock = { t: Date.parse('2026-01-05T09:00:00Z'), n: 0 }, user = staff.poh) {
  return createIzp({
    adapter, user,
    now: () => new Date((clock.t += 1000)),
    newId: () => `id-${String(++clock.n).padStart(5, '0')}`,
  });
}

/** Local `YYYY-MM-DD` of today (what the elements use to decide what is due). */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Writes a plan with `agreements` agreements under max(1, agreements / 10) goals. Returns the adapter,
 * the core, the plan id and the ids the scenarios change.
 */
export async function buildPlan(agreements, adapter = new MemoryAdapter()) {
  const clock = { t: Date.parse('2026-01-05T09:00:00Z'), n: 0 };
  const izp = benchCore(adapter, clock);
  const day = today();
  const goals = Math.max(1, Math.round(agreements / 10));
  const plan = await izp.createPlan({
    patientId: PATIENT.id, patientName: PATIENT.name, conditions: ['Diabetes mellitus type 2', 'COPD', 'Hartfalen'],
    caseManager: staff.poh, nextEvaluationDate: addDays(day, 10), evaluationSchedule: 'Elke drie maanden op het spreekuur bij de POH',
    careTeam: [
      { id: staff.poh.id, name: staff.poh.name, role: 'practice-nurse', contact: 'tel:+31201234567' },
      { id: staff.gp.id, name: staff.gp.name, role: 'gp' },
      { name: 'Lotte Kramer', role: 'dietitian' },
      { name: 'Marieke Bosman (dochter)', role: 'informal-carer' },
    ],
  });
  const goalIds = [];
  const agreementIds = [];
  let a = 0;
  for (let g = 0; g < goals; g++) {
    const withTarget = g % 3 === 0;
    const goal = await izp.addGoal(plan.id, {
      description: `${goalTexts[g % goalTexts.length]}${g >= goalTexts.length ? ` (${Math.floor(g / goalTexts.length) + 1})` : ''}`,
      domain: domains[g % domains.length], ...(priorities[g % 4] ? { priority: priorities[g % 4] } : {}),
      ...(withTarget ? { targets: [{ measure: 'Gewicht', comparator: '<=', value: 125 - (g % 7), unit: 'kg', due: addDays(day, (g % 30) - 5) }] } : {}),
      ...(g % 4 === 1 ? { note: 'Besproken op het spreekuur; de patiënt wil dit zelf graag.' } : {}),
    });
    goalIds.push(goal.id);
    const per = Math.round(((g + 1) * agreements) / goals) - Math.round((g * agreements) / goals);
    for (let i = 0; i < per; i++, a++) {
      const performer = a % 10 === 6 ? carer : a % 3 === 0 ? { kind: 'patient' } : providers[a % providers.length];
      const agreement = await izp.addAgreement(plan.id, goal.id, {
        description: agreementTexts[a % agreementTexts.length],
        performer,
        ...(frequencies[a % 5] ? { frequency: frequencies[a % 5] } : {}),
        ...(supports[a % 5] ? { support: supports[a % 5] } : {}),
        ...(a % 4 === 0 ? { evaluationDate: addDays(day, (a % 40) - 8) } : {}),
        ...(a % 9 === 2 ? { start: addDays(day, -30), end: addDays(day, 60) } : {}),
      });
      agreementIds.push(agreement.id);
    }
  }
  await izp.accordPlan(plan.id);
  // History: one agreement in ten changed once after an evaluation (version 2, with its reason).
  for (let i = 5; i < agreementIds.length; i += 10) {
    await izp.updateAgreement(plan.id, agreementIds[i], { frequency: 'Twee keer per week', status: 'in-progress' },
      { reason: 'Eerste evaluatie: het gaat goed, vaker is haalbaar.' });
  }
  // A few closed: one goal in 25 achieved (its agreements completed), one agreement in 20 stopped.
  const closedGoals = new Set();
  for (let g = 3; g < goalIds.length; g += 25) {
    await izp.closeGoal(plan.id, goalIds[g], { outcome: 'achieved', note: 'Gaat weer elke week.' });
    closedGoals.add(goalIds[g]);
  }
  const snap0 = await izp.getPlan(plan.id);
  const goalOf = new Map(snap0.agreements.map((x) => [x.id, x.goalId]));
  for (let i = 7; i < agreementIds.length; i += 20) {
    if (closedGoals.has(goalOf.get(agreementIds[i]))) continue;
    await izp.closeAgreement(plan.id, agreementIds[i], { outcome: 'stopped', note: 'Past niet meer bij de patiënt.' });
  }
  // What the scenarios change: an open agreement, an open goal and another open agreement, mid-plan.
  const snap = await izp.getPlan(plan.id);
  const open = (x) => !['completed', 'stopped', 'cancelled'].includes(x.status);
  const openGoals = snap.goals.filter((g) => !['completed', 'cancelled'].includes(g.status));
  const targetGoal = openGoals[Math.floor(openGoals.length / 2)];
  const others = snap.agreements.filter((x) => open(x) && x.goalId !== targetGoal.id && openGoals.some((g) => g.id === x.goalId));
  const updateAgreement = others[Math.floor(others.length / 3)] ?? snap.agreements.find(open);
  const closeAgreement = others[Math.floor((2 * others.length) / 3)] ?? updateAgreement;
  return { adapter, izp, clock, planId: plan.id, patientId: PATIENT.id, targetGoal: targetGoal.id, updateAgreement: updateAgreement.id, closeAgreement: closeAgreement.id };
}

/**
 * The snapshots the rendering scenarios move between, each one core function after the one before:
 * S0 the plan; S1 = S0 with one agreement changed (function 6); S2 = S1 with one goal closed (function
 * 4, which closes its open agreements); S3 = S2 with one more agreement closed (function 7). For the
 * scaling runs with one goal, "close goal" closes that goal and S3 closes the agreement first.
 */
export async function scenarioSnapshots(agreements) {
  const f = await buildPlan(agreements);
  const { izp, planId } = f;
  const s0 = await izp.getPlan(planId);
  const before = s0.agreements.find((x) => x.id === f.updateAgreement);
  await izp.updateAgreement(planId, f.updateAgreement, { frequency: before.frequency === 'Elke dag' ? 'Eén keer per week' : 'Elke dag', description: `${before.description} Samen met de POH.` },
    { expectedVersion: before.version, reason: 'Evaluatie: ander moment past beter.' });
  const s1 = await izp.getPlan(planId);
  let s2;
  let s3;
  if (f.closeAgreement !== f.updateAgreement && s1.agreements.find((x) => x.id === f.closeAgreement).goalId !== f.targetGoal) {
    await izp.closeGoal(planId, f.targetGoal, { outcome: 'not-achieved', note: 'Lukt niet door de knieklachten.' });
    s2 = await izp.getPlan(planId);
    await izp.closeAgreement(planId, f.closeAgreement, { outcome: 'completed', note: 'Klaar: doel van de afspraak bereikt.' });
    s3 = await izp.getPlan(planId);
  } else {
    // One goal only: close an agreement first (S1 -> S3), then the goal (S3 -> S2).
    const other = s1.agreements.find((x) => x.id !== f.updateAgreement && !['completed', 'stopped', 'cancelled'].includes(x.status)) ?? s1.agreements[0];
    await izp.closeAgreement(planId, other.id, { outcome: 'completed', note: 'Klaar: doel van de afspraak bereikt.' });
    s3 = await izp.getPlan(planId);
    await izp.closeGoal(planId, f.targetGoal, { outcome: 'not-achieved', note: 'Lukt niet door de knieklachten.' });
    s2 = await izp.getPlan(planId);
    return { ...f, s0, s1, s2, s3, closeGoalFrom: s3, closeAgreementFrom: s1, closeAgreementTo: s3 };
  }
  return { ...f, s0, s1, s2, s3, closeGoalFrom: s1, closeAgreementFrom: s2, closeAgreementTo: s3 };
}
