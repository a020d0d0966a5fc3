/**
 * `Izp`: the core as one interface. The local core (`createIzp` over a StorageAdapter) implements it, and
 * so can a REST client; the elements and a host's own layouts depend on this type only, never on a class.
 *
 * Every function validates all of its input before it touches storage and takes `options` with a
 * `signal` (an `AbortSignal`). Changes also take `expectedVersion` (the version the user saw) and
 * `reason` (kept in the audit trail).
 */
import type { AuditRecord } from './audit.js';
import type { Consultation } from './consultation.js';
import type {
  AccordInput, AgreementChanges, AgreementInput, ChangeOptions, CloseAgreementInput, CloseGoalInput, ClosePlanInput,
  CreatePlanInput, DiaryInput, EvaluateInput, GoalChanges, GoalInput, GrantAccessInput, MeasurementInput, PrintOptions,
  ProfileChanges, UpdatePlanInput,
} from './inputs.js';
import type {
  Agreement, DiaryEntry, Evaluation, Goal, MeasurementRecord, Plan, PlanProfile, PlanSnapshot, RecordOf, User,
} from './model.js';
import type { Overview } from './overview.js';
import type { IzpAction, PermissionTarget } from './permissions.js';
import type { PrintOverview } from './print.js';

/** Options of every read. */
export interface ReadOptions {
  signal?: AbortSignal | undefined;
}

/** Options of `history`: `views: false` leaves out the records of reads (who looked at the plan). */
export interface HistoryOptions extends ReadOptions {
  views?: boolean;
}

export type { ChangeOptions, PrintOptions };

/** What a `subscribe` listener hears: the plan changed (here, in another tab, or on the server). */
export interface PlanChange {
  planId: string;
  /** `local`: made through this very core; `remote`: anywhere else (another core, another tab, the server). */
  origin: 'local' | 'remote';
}

export type VersionedKind = 'plan' | 'goal' | 'agreement';

export interface Izp {
  /** The user every call acts as, as the host authenticated them. */
  readonly user: User;

  // ---- the nine functions of the reference model, the accord, and updates -----------------------
  /** 1 Invoeren nieuw IZP: a concept plan for a patient without an open plan. */
  createPlan(input: CreatePlanInput, options?: ChangeOptions): Promise<Plan>;
  /** Changes the plan's own fields; the case manager and care team only by a manager. */
  updatePlan(planId: string, changes: UpdatePlanInput, options?: ChangeOptions): Promise<Plan>;
  /** The case manager accords the concept: the plan and the chosen concept items become current. */
  accordPlan(planId: string, input?: AccordInput, options?: ChangeOptions): Promise<PlanSnapshot>;
  /** 2 Afsluiten IZP: closes the plan and everything still open in it. */
  closePlan(planId: string, input: ClosePlanInput, options?: ChangeOptions): Promise<PlanSnapshot>;
  /** 3 Invoeren doel. */
  addGoal(planId: string, input: GoalInput, options?: ChangeOptions): Promise<Goal>;
  updateGoal(planId: string, goalId: string, changes: GoalChanges, options?: ChangeOptions): Promise<Goal>;
  /** 4 Afsluiten doel: its open agreements close with it. */
  closeGoal(planId: string, goalId: string, input: CloseGoalInput, options?: ChangeOptions): Promise<Goal>;
  /** 5 Invoeren nieuwe afspraak. */
  addAgreement(planId: string, goalId: string, input: AgreementInput, options?: ChangeOptions): Promise<Agreement>;
  /** 6 Aanpassen afspraak: a new version; the earlier one stays readable in `versions()`. */
  updateAgreement(planId: string, agreementId: string, changes: AgreementChanges, options?: ChangeOptions): Promise<Agreement>;
  /** 7 Afsluiten afspraak. */
  closeAgreement(planId: string, agreementId: string, input: CloseAgreementInput, options?: ChangeOptions): Promise<Agreement>;
  /**
   * Stores a whole plan made elsewhere (a FHIR Bundle import) for a patient without an open plan: every
   * record validated against the model, ids kept, one change set, audited as an import.
   */
  importPlan(snapshot: PlanSnapshot, options?: ChangeOptions): Promise<PlanSnapshot>;

  // ---- following up the plan, access, modules ----------------------------------------------------
  /** Evaluates an agreement, a goal or the plan, and adjusts in the same change. */
  evaluate(planId: string, input: EvaluateInput, options?: ChangeOptions): Promise<{ evaluation: Evaluation; snapshot: PlanSnapshot }>;
  grantAccess(planId: string, input: GrantAccessInput, options?: ChangeOptions): Promise<Plan>;
  revokeAccess(planId: string, actorId: string, options?: ChangeOptions): Promise<Plan>;
  updateProfile(planId: string, changes: ProfileChanges, options?: ChangeOptions): Promise<PlanProfile>;
  addMeasurement(planId: string, input: MeasurementInput, options?: ChangeOptions): Promise<MeasurementRecord>;
  addDiaryEntry(planId: string, input: DiaryInput, options?: ChangeOptions): Promise<DiaryEntry>;

  // ---- reads -------------------------------------------------------------------------------------
  /** The plan with every record of it, or null. */
  getPlan(planId: string, options?: ReadOptions): Promise<PlanSnapshot | null>;
  /** The patient's open plan; if none is open, the latest closed one; null when there is none. */
  getPlanForPatient(patientId: string, options?: ReadOptions): Promise<Plan | null>;
  /** Every plan of the patient the user may read, oldest first. */
  listPlans(patientId: string, options?: ReadOptions): Promise<Plan[]>;
  /** 8 Overzicht. */
  getOverview(planId: string, options?: ReadOptions): Promise<Overview>;
  /** 9 Overzicht uitdraaien: the printout as data; the print is audited. */
  getPrintOverview(planId: string, options?: PrintOptions): Promise<PrintOverview>;
  /** The start of a consultation: what was agreed, what is due, what changed since the last evaluation. */
  getConsultation(planId: string, options?: ReadOptions): Promise<Consultation>;
  /** The plan's audit trail, oldest first. */
  history(planId: string, options?: HistoryOptions): Promise<AuditRecord[]>;
  /** Every version of a plan, goal or agreement, oldest first. */
  versions<K extends VersionedKind>(planId: string, kind: K, id: string, options?: ReadOptions): Promise<RecordOf<K>[]>;

  // ---- who may do what ---------------------------------------------------------------------------
  /**
   * Would the core accept `action` by this user on this plan now? Synchronous and pure: the same rule
   * the core checks before every change. `target` is the plan or its snapshot; null (or left out) only
   * for `plan.create`.
   */
  can(action: IzpAction, target?: PermissionTarget): boolean;
  /** Every action `can` allows on the plan (or snapshot) now. */
  allowedActions(target: PermissionTarget): IzpAction[];

  /**
   * Tells `listener` whenever the plan changed, here or elsewhere (another tab on the same database, a
   * server). Returns the function that stops it. Optional: a core that cannot tell leaves it out.
   */
  subscribe?(planId: string, listener: (change: PlanChange) => void): () => void;
}
