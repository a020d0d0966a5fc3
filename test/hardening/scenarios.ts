/**
 * The hardening suite's shared ground: the people of Huisartsenpraktijk De Linde (fictional), a clock that
 * stands still, and one scenario per public function of the core. Each scenario builds the state it needs
 * (`setup`) and then calls its function once (`act`), so a test can break storage at every step of it.
 */
import { createIzp, MemoryAdapter, type Izp, type StorageAdapter, type User } from '../../src/core/index.js';

export const TODAY = '2026-03-02';
export const sanne: User = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' };
export const verhoeven: User = { id: 'ha-verhoeven', name: 'dr. P. Verhoeven', role: 'gp' };
export const lotte: User = { id: 'diet-lotte', name: 'Lotte Kramer', role: 'dietitian' };
export const fatma: User = { id: 'pat-yildiz', name: 'Mw. F. Yıldız', role: 'patient' };

export const now = () => new Date(`${TODAY}T09:00:00`);

export function izpFor(adapter: StorageAdapter, user: User = sanne): Izp {
  let n = 0;
  return createIzp({ adapter, user, now, newId: () => `${user.id}-${++n}` });
}

/** What a scenario built: the plan and the ids its function acts on. */
export interface Built { planId: string; goalId: string; agreementId: string }

/** Fatma's plan: current, one goal with one agreement, a second concept goal, the dietitian in the team. */
export async function buildPlan(adapter: StorageAdapter): Promise<Built> {
  const izp = izpFor(adapter, sanne);
  const plan = await izp.createPlan({
    patientId: fatma.id, patientName: fatma.name, nextEvaluationDate: '2026-03-16',
    careTeam: [{ id: lotte.id, name: lotte.name, role: 'dietitian' }, { id: verhoeven.id, name: verhoeven.name, role: 'gp' }],
  });
  const goal = await izp.addGoal(plan.id, { description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic', priority: 'high' });
  const agreement = await izp.addAgreement(plan.id, goal.id, {
    description: 'Eén keer per week een half uur wandelen met de buurvrouw.', performer: { kind: 'patient' }, evaluationDate: '2026-03-09',
  });
  await izp.accordPlan(plan.id);
  return { planId: plan.id, goalId: goal.id, agreementId: agreement.id };
}

/** The options every function takes. */
export interface Opts { signal?: AbortSignal; idempotencyKey?: string }

export interface Scenario {
  name: string;
  /** Who acts; the case manager unless the function is someone else's. */
  user?: User;
  /** Whether the function writes (a read leaves the stored state as it was, whatever happens). */
  writes: boolean;
  setup?: (adapter: StorageAdapter) => Promise<Built>;
  /** Calls the function once, passing `o` (its options, with the caller's signal) on. */
  act(izp: Izp, b: Built, o: Opts): Promise<unknown>;
}

export const scenarios: Scenario[] = [
  { name: 'createPlan', writes: true, setup: async () => ({ planId: '', goalId: '', agreementId: '' }),
    act: (izp, _b, o) => izp.createPlan({ patientId: 'pat-bosman', patientName: 'Dhr. H. Bosman' }, o) },
  { name: 'updatePlan', writes: true, act: (izp, b, o) => izp.updatePlan(b.planId, { title: 'Zorgplan diabetes en leefstijl' }, o) },
  { name: 'accordPlan', writes: true, setup: async (adapter) => {
    const built = await buildPlan(adapter);
    await izpFor(adapter).addGoal(built.planId, { description: 'Stoppen met roken.', domain: 'somatic' });
    return built;
  }, act: (izp, b, o) => izp.accordPlan(b.planId, {}, o) },
  { name: 'closePlan', writes: true, act: (izp, b, o) => izp.closePlan(b.planId, { reason: 'Verhuisd naar een andere praktijk.', status: 'revoked' }, o) },
  { name: 'addGoal', writes: true, act: (izp, b, o) => izp.addGoal(b.planId, { description: 'Weer elke week naar de markt lopen.', domain: 'functional' }, o) },
  { name: 'updateGoal', writes: true, act: (izp, b, o) => izp.updateGoal(b.planId, b.goalId, { priority: 'medium' }, o) },
  { name: 'closeGoal', writes: true, act: (izp, b, o) => izp.closeGoal(b.planId, b.goalId, { outcome: 'achieved', note: 'Vijf kilo kwijt.' }, o) },
  { name: 'addAgreement', writes: true, act: (izp, b, o) => izp.addAgreement(b.planId, b.goalId, {
    description: 'Twee gesprekken over eten.', performer: { kind: 'provider', name: lotte.name, role: 'dietitian' },
  }, o) },
  { name: 'updateAgreement', writes: true, act: (izp, b, o) => izp.updateAgreement(b.planId, b.agreementId, { frequency: 'Twee keer per week' }, o) },
  { name: 'closeAgreement', writes: true, act: (izp, b, o) => izp.closeAgreement(b.planId, b.agreementId, { outcome: 'completed' }, o) },
  { name: 'evaluate', writes: true, act: (izp, b, o) => izp.evaluate(b.planId, {
    target: { kind: 'agreement', id: b.agreementId }, withPatient: true, outcome: 'adjust', changeAgreement: { frequency: 'Twee keer per week' },
  }, o) },
  { name: 'grantAccess', writes: true, user: fatma,
    act: (izp, b, o) => izp.grantAccess(b.planId, { actor: { id: 'fysio-ruud', name: 'Ruud Smit', role: 'physiotherapist' }, permission: 'read' }, o) },
  { name: 'revokeAccess', writes: true, user: fatma, act: (izp, b, o) => izp.revokeAccess(b.planId, lotte.id, o) },
  { name: 'updateProfile', writes: true, act: (izp, b, o) => izp.updateProfile(b.planId, { complaints: 'Moe na het eten.' }, o) },
  { name: 'addMeasurement', writes: true, act: (izp, b, o) => izp.addMeasurement(b.planId, { measure: 'Gewicht', value: 127, unit: 'kg' }, o) },
  { name: 'addDiaryEntry', writes: true, user: fatma, act: (izp, b, o) => izp.addDiaryEntry(b.planId, { text: 'Vandaag een uur gewandeld.' }, o) },
  { name: 'getPrintOverview', writes: true, act: (izp, b, o) => izp.getPrintOverview(b.planId, o) },
  { name: 'getPlan', writes: false, act: (izp, b, o) => izp.getPlan(b.planId, o) },
  { name: 'getPlanForPatient', writes: false, act: (izp, _b, o) => izp.getPlanForPatient(fatma.id, o) },
  { name: 'listPlans', writes: false, act: (izp, _b, o) => izp.listPlans(fatma.id, o) },
  { name: 'getOverview', writes: false, act: (izp, b, o) => izp.getOverview(b.planId, o) },
  { name: 'getConsultation', writes: false, act: (izp, b, o) => izp.getConsultation(b.planId, o) },
  { name: 'history', writes: false, act: (izp, b, o) => izp.history(b.planId, o) },
  { name: 'versions', writes: false, act: (izp, b, o) => izp.versions(b.planId, 'agreement', b.agreementId, o) },
];

export const freshAdapter = () => new MemoryAdapter();
