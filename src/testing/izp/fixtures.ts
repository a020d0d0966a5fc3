/**
 * The world of the Izp conformance suite: the fictional people of Huisartsenpraktijk De Linde, a clock
 * the tests control, deterministic ids, and builders for the example plans (Mw. F. Yıldız, Dhr. H. Bosman).
 */
import type { Izp } from '../../core/api.js';
import type { AuditRecord } from '../../core/audit.js';
import type { Agreement, Goal, Person, Plan, Role, User } from '../../core/model.js';
import { expect } from '../expect.js';

export const sanne: User = { id: 'usr-sanne', name: 'Sanne de Wit', role: 'practice-nurse' };
export const verhoeven: User = { id: 'usr-verhoeven', name: 'dr. P. Verhoeven', role: 'gp' };
export const fatmaUser: User = { id: 'pat-fatma', name: 'Fatma Yıldız', role: 'patient' };
export const marieke: User = { id: 'usr-marieke', name: 'Marieke Bosman', role: 'informal-carer' };

export const FATMA = 'pat-fatma';
export const HENK = 'pat-henk';
export const JAN = 'pat-jan';

export const sannePerson: Person = { id: sanne.id, name: sanne.name, role: 'practice-nurse' };

/** The day the tests run on: Monday 2 March 2026, 09:00 local time. */
export const TODAY = '2026-03-02';

/** A clock that stands still until a test moves it; local time so that "today" is the same in every zone. */
export class Clock {
  private t = new Date(2026, 2, 2, 9, 0, 0).getTime();
  readonly now = (): Date => new Date(this.t);
  advance(ms: number): void {
    this.t += ms;
  }
  advanceDays(days: number): void {
    const d = new Date(this.t);
    d.setDate(d.getDate() + days);
    this.t = d.getTime();
  }
}

/** What an Izp needs from the suite besides its store: a clock the tests control, ids, manager roles. */
export interface IzpSetup {
  now: () => Date;
  newId: () => string;
  onBehalfOf?: Person;
  managerRoles?: Role[];
}

/**
 * One empty store (a fresh database, a fresh tenant on a server) with a way to act on it as a user.
 * A REST client's store passes `now` and `newId` to its test server, or ignores `newId`.
 */
export interface IzpStore {
  as(user: User, setup: IzpSetup): Izp;
  close?(): void | Promise<void>;
}

export interface World {
  clock: Clock;
  newId: () => string;
  /** An Izp for a user over the shared store, clock and id source. */
  as(user: User, extra?: { onBehalfOf?: Person; managerRoles?: Role[] }): Izp;
  sanne: Izp;
  verhoeven: Izp;
  fatma: Izp;
}

export type MakeWorld = () => World;

/** A world over a fresh store, with Izp instances for Sanne, dr. Verhoeven and Fatma sharing one clock. */
export function worldOver(store: IzpStore): World {
  const clock = new Clock();
  let n = 0;
  const newId = () => `id-${++n}`;
  const as = (user: User, extra: { onBehalfOf?: Person; managerRoles?: Role[] } = {}) => store.as(user, { now: clock.now, newId, ...extra });
  return { clock, newId, as, sanne: as(sanne), verhoeven: as(verhoeven), fatma: as(fatmaUser) };
}

export interface FatmaPlan {
  plan: Plan;
  goals: { weight: Goal; sugar: Goal; smoking: Goal };
  agreements: { walk: Agreement; dietitian: Agreement; blood: Agreement };
}

/**
 * Mw. F. Yıldız's plan (example 1): weight and HbA1c goals with their agreements, accorded by Sanne; the
 * smoking goal stays proposed (she wants to start after the summer). `accord: false` leaves it a concept.
 */
export async function buildFatmaPlan(izp: Izp, clock: Clock, { accord = true } = {}): Promise<FatmaPlan> {
  const created = await izp.createPlan({
    patientId: FATMA,
    patientName: 'Mw. F. Yıldız',
    title: 'Diabetes en leefstijl',
    conditions: ['Diabetes mellitus type 2', 'Overgewicht', 'Roken'],
    caseManager: sannePerson,
    careTeam: [
      { id: sanne.id, name: sanne.name, role: 'practice-nurse', contact: '030 123 45 67' },
      { id: verhoeven.id, name: verhoeven.name, role: 'gp' },
      { name: 'Lotte Kramer', role: 'dietitian' },
    ],
    nextEvaluationDate: '2026-03-16',
    evaluationSchedule: 'Elke drie maanden op het spreekuur van de POH',
  });
  const tick = () => clock.advance(1000);
  tick();
  const weight = await izp.addGoal(created.id, {
    description: 'In drie maanden vijf kilo afvallen.',
    domain: 'somatic',
    priority: 'high',
    targets: [{ measure: 'Gewicht', comparator: '<=', value: 125, unit: 'kg', due: '2026-06-02' }],
  });
  tick();
  const walk = await izp.addAgreement(created.id, weight.id, {
    description: 'Eén keer per week een half uur wandelen met de buurvrouw, ook als het regent met paraplu.',
    performer: { kind: 'patient' },
    frequency: 'Eén keer per week',
    evaluationDate: '2026-03-16',
  });
  tick();
  const dietitian = await izp.addAgreement(created.id, weight.id, {
    description: 'Twee gesprekken over eten en tussendoortjes.',
    performer: { kind: 'provider', name: 'Lotte Kramer', role: 'dietitian' },
    support: 'Verwijzing door de huisarts',
  });
  tick();
  const sugar = await izp.addGoal(created.id, {
    description: 'Mijn suiker (HbA1c) onder de 53 mmol/mol.',
    domain: 'somatic',
    priority: 'medium',
    targets: [{ measure: 'HbA1c', comparator: '<=', value: 53, unit: 'mmol/mol', due: '2026-09-02' }],
  });
  tick();
  const blood = await izp.addAgreement(created.id, sugar.id, {
    description: 'Elke drie maanden bloed prikken en de uitslag samen bespreken.',
    performer: { kind: 'provider', name: 'Sanne de Wit', role: 'practice-nurse' },
    frequency: 'Elke drie maanden',
    evaluationDate: '2026-06-01',
  });
  tick();
  const smoking = await izp.addGoal(created.id, {
    description: 'Stoppen met roken.',
    domain: 'somatic',
    note: 'Wil na de zomer beginnen.',
  });
  tick();
  if (accord) await izp.accordPlan(created.id, { goalIds: [weight.id, sugar.id] });
  const snap = await izp.getPlan(created.id);
  if (!snap) throw new Error('plan not stored');
  const goal = (id: string) => snap.goals.find((g) => g.id === id)!;
  const agreement = (id: string) => snap.agreements.find((a) => a.id === id)!;
  return {
    plan: snap.plan,
    goals: { weight: goal(weight.id), sugar: goal(sugar.id), smoking: goal(smoking.id) },
    agreements: { walk: agreement(walk.id), dietitian: agreement(dietitian.id), blood: agreement(blood.id) },
  };
}

export interface HenkPlan {
  plan: Plan;
  goals: { beach: Goal; hospital: Goal; billiards: Goal };
  agreements: { physio: Agreement; exercise: Agreement; inhaler: Agreement; weigh: Agreement; shopping: Agreement };
}

/**
 * Dhr. H. Bosman's plan (example 2): current, with his daughter Marieke as informal carer; the inhaler
 * check is closed (done) and the billiards goal is closed (achieved).
 */
export async function buildHenkPlan(izp: Izp, clock: Clock): Promise<HenkPlan> {
  const tick = () => clock.advance(1000);
  const { id } = await izp.createPlan({
    patientId: HENK,
    patientName: 'Dhr. H. Bosman',
    conditions: ['COPD', 'Hartfalen'],
    careTeam: [
      { id: sanne.id, name: sanne.name, role: 'practice-nurse', contact: 'poh@delinde.example' },
      { name: 'Ruud Smit', role: 'physiotherapist' },
      { id: marieke.id, name: marieke.name, role: 'informal-carer' },
    ],
    nextEvaluationDate: '2026-04-13',
  });
  tick();
  const beach = await izp.addGoal(id, { description: 'Deze zomer met mijn kleinzoon naar het strand kunnen lopen.', domain: 'functional', priority: 'high' });
  tick();
  const physio = await izp.addAgreement(id, beach.id, {
    description: 'Twee keer per week longfysiotherapie, twaalf weken.',
    performer: { kind: 'provider', name: 'Ruud Smit', role: 'physiotherapist' },
    frequency: 'Twee keer per week',
    evaluationDate: '2026-04-13',
  });
  tick();
  const exercise = await izp.addAgreement(id, beach.id, {
    description: 'Elke dag vijftien minuten binnen oefenen met de oefeningen van de fysio.',
    performer: { kind: 'patient' },
    frequency: 'Elke dag',
  });
  tick();
  const inhaler = await izp.addAgreement(id, beach.id, {
    description: 'Inhalatietechniek controleren bij de volgende afspraak.',
    performer: { kind: 'provider', name: 'Sanne de Wit', role: 'practice-nurse' },
  });
  tick();
  const hospital = await izp.addGoal(id, { description: 'Niet opgenomen worden in het ziekenhuis deze winter.', domain: 'somatic', priority: 'medium' });
  tick();
  const weigh = await izp.addAgreement(id, hospital.id, {
    description: 'Elke ochtend wegen; bij meer dan twee kilo erbij in drie dagen de praktijk bellen.',
    performer: { kind: 'patient' },
  });
  tick();
  const shopping = await izp.addAgreement(id, hospital.id, {
    description: 'Marieke doet één keer per week de boodschappen en kijkt mee naar het weegschriftje.',
    performer: { kind: 'informal-carer', name: 'Marieke Bosman', role: 'informal-carer' },
    frequency: 'Eén keer per week',
  });
  tick();
  const billiards = await izp.addGoal(id, { description: 'Weer naar de biljartclub op donderdag.', domain: 'social', priority: 'low' });
  tick();
  await izp.accordPlan(id);
  tick();
  await izp.closeAgreement(id, inhaler.id, { outcome: 'completed', note: 'Gedaan, techniek goed.' });
  tick();
  await izp.closeGoal(id, billiards.id, { outcome: 'achieved', note: 'Gaat weer elke donderdag.' });
  const snap = await izp.getPlan(id);
  if (!snap) throw new Error('plan not stored');
  const goal = (gid: string) => snap.goals.find((g) => g.id === gid)!;
  const agreement = (aid: string) => snap.agreements.find((a) => a.id === aid)!;
  return {
    plan: snap.plan,
    goals: { beach: goal(beach.id), hospital: goal(hospital.id), billiards: goal(billiards.id) },
    agreements: {
      physio: agreement(physio.id), exercise: agreement(exercise.id), inhaler: agreement(inhaler.id),
      weigh: agreement(weigh.id), shopping: agreement(shopping.id),
    },
  };
}

/** Awaits a promise that must reject and returns what it rejected with. */
export async function rejection<E = Error>(promise: Promise<unknown>): Promise<E> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    return error as E;
  }
  expect.fail(`expected a rejection, got ${JSON.stringify(value)}`);
  throw new Error('unreachable');
}

/** A function that must throw synchronously; returns what it threw. */
export function thrown<E = Error>(fn: () => unknown): E {
  try {
    fn();
  } catch (error) {
    return error as E;
  }
  expect.fail('expected a throw');
  throw new Error('unreachable');
}

/** The actions of a plan's history, oldest first. */
export async function actions(izp: Izp, planId: string): Promise<AuditRecord['action'][]> {
  return (await izp.history(planId)).map((r) => r.action);
}
