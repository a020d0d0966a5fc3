// Fictional example data (see the project's example plans): Mw. F. Yıldız, diabetes type 2.
import { addDays, type Izp, type Plan } from '../src/core/index.js';

export const PATIENT_ID = 'demo-yildiz';
export const sanne = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' } as const;

export async function seedFatma(izp: Izp, today = new Date().toISOString().slice(0, 10)): Promise<Plan> {
  const plan = await izp.createPlan({
    patientId: PATIENT_ID,
    patientName: 'Mw. F. Yıldız',
    conditions: ['Diabetes mellitus type 2', 'Overgewicht', 'Roken'],
    caseManager: sanne,
    careTeam: [
      { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse', contact: 'tel:+31201234567' },
      { id: 'ha-verhoeven', name: 'dr. P. Verhoeven', role: 'gp' },
      { id: 'dietist-kramer', name: 'Lotte Kramer', role: 'dietitian' },
    ],
    start: addDays(today, -90),
    nextEvaluationDate: addDays(today, 14),
    evaluationSchedule: 'Elke drie maanden op het spreekuur',
  });
  const weight = await izp.addGoal(plan.id, {
    description: 'In drie maanden vijf kilo afvallen.',
    domain: 'somatic',
    priority: 'high',
    start: addDays(today, -90),
    targets: [{ measure: 'Gewicht', comparator: '<=', value: 125, unit: 'kg', due: today }],
  });
  const walk = await izp.addAgreement(plan.id, weight.id, {
    description: 'Elke dag wandelen.',
    performer: { kind: 'patient' },
    frequency: 'Elke dag',
    evaluationDate: addDays(today, 14),
  });
  await izp.addAgreement(plan.id, weight.id, {
    description: 'Twee gesprekken over eten en tussendoortjes.',
    performer: { kind: 'provider', name: 'Lotte Kramer', role: 'dietitian' },
    support: 'Verwijzing door de huisarts',
  });
  const sugar = await izp.addGoal(plan.id, {
    description: 'Mijn suiker (HbA1c) onder de 53 mmol/mol.',
    domain: 'somatic',
    start: addDays(today, -90),
    targets: [{ measure: 'HbA1c', comparator: '<=', value: 53, unit: 'mmol/mol', due: addDays(today, 90) }],
  });
  await izp.addAgreement(plan.id, sugar.id, {
    description: 'Elke drie maanden bloed prikken en de uitslag samen bespreken.',
    performer: { kind: 'provider', name: 'Sanne de Wit', role: 'practice-nurse' },
    frequency: 'Elke drie maanden',
  });
  await izp.addGoal(plan.id, { description: 'Stoppen met roken.', domain: 'somatic', note: 'Wil na de zomer beginnen.' });
  await izp.accordPlan(plan.id, { goalIds: [weight.id, sugar.id] });
  await izp.updateAgreement(plan.id, walk.id, {
    description: 'Eén keer per week een half uur wandelen met de buurvrouw, ook als het regent met paraplu.',
    frequency: 'Eén keer per week',
  }, { expectedVersion: 2, reason: 'Als het regent ga ik niet naar buiten.' });
  return (await izp.getPlanForPatient(PATIENT_ID))!;
}
