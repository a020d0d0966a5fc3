/**
 * The self-contained bundle for script-tag hosts (no build step): Lit included, `<izp-plan>` with its
 * goals, agreements and overview registered, the core and both browser adapters exported. Every other
 * element, and English, are chunks in `bundle/` beside this file that the browser fetches on demand;
 * their classes are reached through `customElements.whenDefined(tag)` or `loadElement(tag)`.
 */
import './define.js';

// The core as izp-sdk/core exports it, but for `buildPrintOverview` and `enErrors` (see core/exports.ts).
export * from './core/exports.js';
export { IzpElement, SDK_VERSION } from './elements/shared/izp-element.js';
export { IzpPlan } from './elements/plan/izp-plan.js';
export { IzpGoal } from './elements/goal/izp-goal.js';
export { IzpAgreement } from './elements/agreement/izp-agreement.js';
export { IzpOverview } from './elements/overview/izp-overview.js';
export { loadElement } from './elements/shared/lazy-elements.js';
export { planContext, type PlanContext, type View } from './elements/shared/context.js';
export { izpEvent, type IzpEvent, type IzpEventDetails, type IzpEventName } from './events/events.js';
export { localize, registerTranslation, loadLanguage, type Translation, type LabelOverrides, type Localizer } from './i18n/localize.js';
// The first load's Dutch words; the whole of `nl` (with the words of every element that loads on demand) is
// exported by `izp-sdk` for hosts with a bundler, and would put those words in this file's first load.
export { nlCore } from './i18n/nl-core.js';
export type { CoreTranslation } from './i18n/translation.js';
export { IndexedDbAdapter } from './adapters/indexeddb/index.js';
