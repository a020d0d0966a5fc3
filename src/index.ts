/**
 * `izp-sdk`: the elements' classes and the core in one import. Importing registers nothing: use
 * `izp-sdk/define` for the standard tags, or `IzpPlan.define('my-plan')` for a scoped one.
 */
export * from './core/index.js';
export { IzpElement, SDK_VERSION } from './elements/shared/izp-element.js';
export { IzpPlan } from './elements/plan/izp-plan.js';
export { IzpGoal } from './elements/goal/izp-goal.js';
export { IzpAgreement } from './elements/agreement/izp-agreement.js';
export { IzpOverview } from './elements/overview/izp-overview.js';
export { IzpEvaluation } from './elements/evaluation/izp-evaluation.js';
export { IzpConsultation } from './elements/consultation/izp-consultation.js';
export { IzpHistory } from './elements/history/izp-history.js';
export { IzpCareTeam } from './elements/care-team/izp-care-team.js';
export { IzpModules } from './elements/modules/izp-modules.js';
export { IzpProfile } from './elements/profile/izp-profile.js';
export { IzpMeasurements } from './elements/measurements/izp-measurements.js';
export { IzpHostData, type MedicationItem, type DiagnosisItem } from './elements/host-data/izp-host-data.js';
export { IzpDiary } from './elements/diary/izp-diary.js';
export { IzpLinks } from './elements/links/izp-links.js';
export type { ModuleSection } from './elements/shared/module-section.js';
export { planContext, type PlanContext, type View } from './elements/shared/context.js';
export { izpEvent, type IzpEvent, type IzpEventDetails, type IzpEventName, type PlanSection } from './events/events.js';
export { localize, registerTranslation, loadLanguage, type Translation, type LabelOverrides, type Localizer } from './i18n/localize.js';
export type { CoreTranslation, OnDemandWords } from './i18n/translation.js';
export { nl } from './i18n/nl.js';
export { nlCore } from './i18n/nl-core.js';
export { enCore } from './i18n/en-core.js';
export { en } from './i18n/en.js';
export { loadElement } from './elements/shared/lazy-elements.js';
