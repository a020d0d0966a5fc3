/**
 * The typed dictionary every language implements. Messages that take values are functions, so that
 * word order stays each language's own. A host overrides any entry (practices differ: "POH" or
 * "praktijkondersteuner") through the `labels` property of `<izp-plan>`.
 */
import type {
  AgreementOutcome, AgreementStatus, Domain, EvaluationOutcome, GoalOutcome, GoalStatus, PlanStatus, Priority, Role,
} from '../core/model.js';
import type { ErrorMessages } from '../core/messages/types.js';
import type { LayoutTranslation } from './layout-types.js';
import type { CareTeamWords } from './words/care-team.js';
import type { ConsultationWords } from './words/consultation.js';
import type { EvaluationWords } from './words/evaluation.js';
import type { HistoryWords } from './words/history.js';
import type { ModuleWords } from './words/modules.js';

export type { ModuleSection } from './words/modules.js';

/** Accord at any time, the words of closing, a closed plan, and the patient's own words (nl-workflow.ts). */
export interface WorkflowTranslation {
  /** On a current plan: what awaits accord, in words ("Nog te bespreken: 1 nieuw doel en 2 nieuwe afspraken."). */
  awaitingAccord: (goals: number, agreements: number) => string;
  accordAll: string;
  accordAllHelp: string;
  accordGoal: string;
  accordGoalHelp: string;
  accordAgreement: string;
  toDiscuss: string;
  toDiscussHelp: string;
  printToDiscuss: string;
  printToDiscussHelp: string;
  /** The close-plan confirmation; parts with a count of 0 are left out. */
  closePlanConfirmCounts: (counts: { goals: number; conceptGoals: number; agreements: number }) => string;
  /** The close-goal warning about its open agreements; '' when there are none. */
  closeGoalConfirm: (openAgreements: number) => string;
  goalClosedWithPlan: string;
  goalLapsedWithPlan: string;
  goalStoppedWithPlan: string;
  planCloseReason: string;
  lastPlanClosed: (patient: string, date: string, reason: string) => string;
  startNewPlan: string;
  /** A due item for the plan itself (it has no description of its own). */
  duePlan: string;
  contactPerson: string;
  planAbout: string;
  careTeamPlain: string;
  /** "Sanne de Wit, Praktijkondersteuner (POH)": one level of brackets at most. */
  personWithRole: (name: string, role: string) => string;
  /** A form was submitted for a plan that is no longer on screen: nothing was saved. */
  draftOtherPlan: string;
}

/**
 * One complete dictionary, as a vendor writes it for a language of its own. Built in, the words of the
 * elements that load on demand (the `...Words` parts) travel with those elements (src/i18n/words); the
 * rest is the first load's.
 */
export interface Translation extends WorkflowTranslation, LayoutTranslation,
  HistoryWords, EvaluationWords, ConsultationWords, CareTeamWords, ModuleWords {
  lang: string;
  /** Every validation, rule, access and conflict message of the core, worded from its code and parameters. */
  errors: ErrorMessages;
  // plan
  planTitle: string;
  noPlan: (patient: string) => string;
  startPlan: string;
  createPlan: string;
  status: string;
  planStatus: Record<PlanStatus, string>;
  caseManager: string;
  careTeam: string;
  nextEvaluation: string;
  evaluationSchedule: string;
  conditions: string;
  start: string;
  end: string;
  none: string;
  accordPlan: string;
  accordHelp: string;
  closePlan: string;
  closePlanReason: string;
  closePlanStatus: Record<'completed' | 'revoked', string>;
  planClosedNote: (date: string, reason: string) => string;
  loading: string;
  // goals
  goals: string;
  goal: string;
  addGoal: string;
  goalDescription: string;
  goalDescriptionHelp: string;
  domain: string;
  domains: Record<Domain, string>;
  priority: string;
  priorities: Record<Priority, string>;
  expressedBy: string;
  expressedByOptions: Record<'patient' | 'provider', string>;
  target: string;
  targetMeasure: string;
  targetComparator: string;
  targetValue: string;
  targetUnit: string;
  targetDue: string;
  targetText: (measure: string, comparator: string, value: string, unit: string, due: string) => string;
  /** Comparators in words for the patient's printout ("<=" is not B1). */
  comparatorWords: Record<'<' | '<=' | '=' | '>=' | '>', string>;
  goalStatus: Record<GoalStatus, string>;
  closeGoal: string;
  goalOutcome: string;
  goalOutcomes: Record<GoalOutcome, string>;
  note: string;
  noGoals: string;
  ownGoal: string;
  ownGoalHelp: string;
  ownGoalDescription: string;
  ownGoalDomain: string;
  // agreements
  agreements: string;
  agreement: string;
  addAgreement: string;
  agreementDescription: string;
  performer: string;
  performerKinds: Record<'patient' | 'provider' | 'informal-carer', string>;
  performerName: string;
  performerRole: string;
  support: string;
  frequency: string;
  evaluationDate: string;
  agreementStatus: Record<AgreementStatus, string>;
  editAgreement: string;
  changeReason: string;
  closeAgreement: string;
  agreementOutcome: string;
  agreementOutcomes: Record<AgreementOutcome, string>;
  versions: string;
  versionLabel: (n: number, date: string, by: string) => string;
  noAgreements: string;
  who: string;
  roles: Record<Role, string>;
  // overview and print
  overview: string;
  printOverview: string;
  print: string;
  groupBy: string;
  groupByGoal: string;
  groupByDomain: string;
  openItems: string;
  closedItems: string;
  dueForEvaluation: string;
  overdue: string;
  nothingDue: string;
  patientDoes: string;
  providersDo: string;
  informalCarersDo: string;
  printHeading: string;
  printIntro: (name: string, date: string) => string;
  printMyGoal: string;
  printWhatIDo: string;
  printWhatProviderDoes: string;
  printWhatOthersDo: string;
  printContact: string;
  printNextTalk: string;
  printNothing: string;
  printHowOften: string;
  printHelp: string;
  printCheck: string;
  printFailed: string;
  /** Part of the UI that loads on demand did not arrive (the network); `tryAgain` is the button that asks again. */
  evaluationUnavailable: string;
  printoutUnavailable: string;
  tryAgain: string;
  // form and saving
  save: string;
  saving: string;
  saved: string;
  cancel: string;
  confirm: string;
  edit: string;
  close: string;
  required: string;
  optional: string;
  errorTitle: string;
  conflictTitle: string;
  conflictBody: string;
  conflictTheirs: string;
  reload: string;
  reapply: string;
  forbidden: string;
  unavailable: string;
  /** After a stored change, when reading the plan again failed: the change is safe, the screen is behind. */
  refreshFailed: string;
  announceCreated: (what: string) => string;
  announceUpdated: (what: string) => string;
  announceClosed: (what: string) => string;
  // evaluation: what goals and agreements show of their evaluations (the dialog's words are EvaluationWords)
  evaluate: string;
  evaluationOutcomes: Record<EvaluationOutcome, string>;
  withPatientYes: string;
  withPatientNo: string;
  measured: string;
  latestEvaluation: string;
}


/** The words of the elements that load on demand: they arrive with those elements, not in the first load. */
export type OnDemandWords = HistoryWords & EvaluationWords & ConsultationWords & CareTeamWords & ModuleWords;

/** The first load's words of a language the SDK comes with (nl-core.ts, en-core.ts). */
export type CoreTranslation = Omit<Translation, keyof OnDemandWords>;
