/**
 * The typed dictionary every language implements. Messages that take values are functions, so that
 * word order stays each language's own. A host overrides any entry (practices differ: "POH" or
 * "praktijkondersteuner") through the `labels` property of `<izp-plan>`.
 */
import type {
  AgreementOutcome, AgreementStatus, Domain, GoalOutcome, GoalStatus, PlanStatus, Priority, Role,
} from '../core/model.js';
import type { ErrorMessages } from '../core/messages/types.js';
import type { LayoutTranslation } from './layout-types.js';

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

export interface Translation extends WorkflowTranslation, LayoutTranslation {
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
  // history
  /** The heading of `<izp-history>`. */
  history: string;
  /** The label of the filter. */
  historyFilter: string;
  historyAll: string;
  historyThePlan: string;
  historyLoading: string;
  historyLoadFailed: string;
  historyRetry: string;
  historyEmpty: string;
  historyCount: (n: number) => string;
  /** What happened, by audit action (`agreement.update`); an action not listed shows `historyActionOther`. */
  historyActions: Record<string, string>;
  /** The same in plain words, for the patient's own view. */
  historyActionsPlain: Record<string, string>;
  historyActionOther: string;
  historyBy: (who: string) => string;
  historyOnBehalfOf: (who: string) => string;
  historyReason: string;
  historyChanges: (n: number) => string;
  historyRecorded: string;
  historyField: string;
  historyBefore: string;
  historyAfter: string;
  historyNoValue: string;
  historyYes: string;
  historyNo: string;
  /** Labels of the fields of a plan, goal, agreement or evaluation, by field name. */
  historyFields: Record<string, string>;
  historyAchievement: Record<import('../core/model.js').AchievementStatus, string>;
  historyEvaluationOutcomes: Record<import('../core/model.js').EvaluationOutcome, string>;
  historyClosedWith: Record<'plan' | 'goal', string>;
  historyPermissions: Record<string, string>;
  // evaluation
  evaluate: string;
  evaluateTitles: Record<'plan' | 'goal' | 'agreement', string>;
  evaluationOutcome: string;
  evaluationOutcomes: Record<import('../core/model.js').EvaluationOutcome, string>;
  withPatient: string;
  withPatientYes: string;
  withPatientNo: string;
  /** The day the evaluation took place. */
  evaluationDay: string;
  nextEvaluationHelp: Record<'plan' | 'goal' | 'agreement', string>;
  measurements: string;
  measurementRow: (n: number) => string;
  measure: string;
  measuredValue: string;
  measured: string;
  addMeasurement: string;
  removeMeasurement: string;
  adjustment: string;
  adjustChange: string;
  adjustClose: string;
  newTarget: string;
  adjustPlanHelp: string;
  saveEvaluation: string;
  latestEvaluation: string;
  announceEvaluated: (what: string) => string;
  consultationTitle: string;
  consultationSince: (when: string) => string;
  consultationNeverEvaluated: string;
  consultationFailed: string;
  retry: string;
  /** When an item is due, overdue said in words: a goal by its target date, others by their evaluation date. */
  dueText: (kind: 'plan' | 'goal' | 'agreement', date: string, overdue: boolean) => string;
  whatWasAgreed: string;
  nothingAgreed: string;
  whatChanged: string;
  changesFromStart: string;
  noChanges: string;
  olderChanges: (n: number) => string;
  /** What someone did, after their name ("Sanne de Wit heeft een afspraak toegevoegd"). */
  changeActions: Record<import('../core/audit.js').AuditAction, string>;
  onBehalfOf: (name: string) => string;
  changedFieldsLabel: string;
  descriptionLabel: string;
  accessLabel: string;
  previously: string;
  // care team
  /** "Vaste contactpersoon": the mark of the case manager in the care team. */
  careTeamFixedContact: string;
  careTeamRole: string;
  careTeamContact: string;
  /** What a person may do with the plan now. */
  careTeamAccess: string;
  careTeamAccessLevels: Record<'none' | 'read' | 'write', string>;
  /** The legend of one person's choice. */
  careTeamAccessFor: (name: string) => string;
  /** The patient's own view: "U bepaalt wie uw zorgplan mag zien." */
  careTeamYouDecide: string;
  careTeamPatientHelp: string;
  /** The professional view: the patient decides. */
  careTeamPatientDecides: string;
  /** For the case manager, who records the patient's choice. */
  careTeamManagerHelp: string;
  /** A plan from before access existed: no list yet, so the team may look and change. */
  careTeamNoChoiceYet: string;
  careTeamNoAccount: string;
  careTeamThisIsYou: string;
  careTeamCaseManagerKeeps: string;
  careTeamNotInTeam: string;
  careTeamEmpty: string;
  careTeamUnchanged: string;
  careTeamRevoke: string;
  careTeamRevokeTitle: string;
  /** The confirmation; `own` is true in the patient's own view ("uw zorgplan"). */
  careTeamRevokeConfirm: (name: string, own: boolean) => string;
  careTeamAnnounceGranted: (name: string, permission: 'read' | 'write') => string;
  careTeamAnnounceRevoked: (name: string) => string;
  // modules
  /** The heading of `<izp-modules>`, in the professional and in the patient's own view. */
  modTitle: Record<'professional' | 'patient', string>;
  /** Section names for the care team. */
  modSections: Record<ModuleSection, string>;
  /** The same in plain words (B1), for the patient's own view. */
  modSectionsPlain: Record<ModuleSection, string>;
  modDomainsPlain: Record<Domain, string>;
  modReadinessLabel: string;
  modReadiness: Record<(typeof import('../core/model.js').readinessStages)[number], string>;
  modReadinessPlain: Record<(typeof import('../core/model.js').readinessStages)[number], string>;
  modMotivation: string;
  modReadinessLabelPlain: string;
  modMotivationPlain: string;
  /** "Mijn doel: niet meer dan 53 mmol/mol", in the patient's view. */
  modTargetPlain: (target: string) => string;
  modEmpty: string;
  modAdd: string;
  modEdit: string;
  modAddAnother: string;
  modRemove: string;
  modHostNote: string;
  modSince: (date: string) => string;
  modCount: Record<'inventory' | 'decisions' | 'links' | 'medication' | 'diagnoses', (n: number) => string>;
  modDecision: (n: number) => string;
  modQuestion: string;
  modOptions: string;
  modOptionsHelp: string;
  modChosen: string;
  modChosenHelp: string;
  modChosenMark: string;
  modWhy: string;
  modPriority: string;
  modPriorityHelp: string;
  modLink: (n: number) => string;
  modLinkTitle: string;
  modLinkUrl: string;
  modLinkUrlHelp: string;
  modLinkNotHttps: string;
  modLinkUnsafe: string;
  modNoteHelp: string;
  modMeasure: string;
  modValue: string;
  modUnit: string;
  modDate: string;
  modDateHelp: string;
  modBy: string;
  modAddMeasurement: string;
  modNoMeasurements: string;
  modLatest: (value: string, date: string) => string;
  modValueOn: (value: string, date: string) => string;
  /** "Streefwaarde: niet meer dan 53 mmol/mol". */
  modTarget: (target: string) => string;
  /** The label on the chart's target line. */
  modTargetShort: (target: string) => string;
  modChartSummary: (measure: string, count: number, first: string, last: string, target: string) => string;
  modDataTable: string;
  modAtEvaluation: string;
  modDiaryText: string;
  modDiaryAdd: string;
  modDiaryEmpty: string;
  modDiaryCount: (n: number, latest: string) => string;
  modDiaryShared: string;
  modDiaryTeam: string;
  modAnnounceSaved: (section: string) => string;
  modAnnounceMeasurement: string;
  modAnnounceDiary: string;
}

// modules
/** The sections of `<izp-modules>`: the generic modules of the Plan van eisen. */
export type ModuleSection =
  | 'complaints' | 'inventory' | 'motivation' | 'selfManagement' | 'functioning' | 'riskProfile' | 'measurements'
  | 'decisions' | 'diagnoses' | 'medication' | 'diary' | 'links' | 'professionalNote';
