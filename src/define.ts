/**
 * `izp-sdk/define`: registers `<izp-plan>` with what it renders at once (`izp-goal`, `izp-agreement`,
 * `izp-overview`); every other element (evaluation, consultation, modules and the module elements, care team,
 * history, FHIR transfer) is a chunk loaded the first time it appears in a plan, and English the first time a page
 * asks for it. A host that wants an element at once imports `izp-sdk/define/<tag>` as well.
 */
import './define/izp-plan.js';
import type { IzpCareTeam } from './elements/care-team/izp-care-team.js';
import type { IzpConsultation } from './elements/consultation/izp-consultation.js';
import type { IzpEvaluation } from './elements/evaluation/izp-evaluation.js';
import type { IzpFhirExport } from './elements/fhir-transfer/izp-fhir-export.js';
import type { IzpFhirImport } from './elements/fhir-transfer/izp-fhir-import.js';
import type { IzpHistory } from './elements/history/izp-history.js';
import type { IzpModules } from './elements/modules/izp-modules.js';
import type { IzpProfile } from './elements/profile/izp-profile.js';
import type { IzpMeasurements } from './elements/measurements/izp-measurements.js';
import type { IzpHostData } from './elements/host-data/izp-host-data.js';
import type { IzpDiary } from './elements/diary/izp-diary.js';
import type { IzpLinks } from './elements/links/izp-links.js';

// The tags that load on demand are typed from the start: `document.querySelector('izp-history')`.
declare global {
  interface HTMLElementTagNameMap {
    'izp-evaluation': IzpEvaluation;
    'izp-consultation': IzpConsultation;
    'izp-modules': IzpModules;
    'izp-profile': IzpProfile;
    'izp-measurements': IzpMeasurements;
    'izp-host-data': IzpHostData;
    'izp-diary': IzpDiary;
    'izp-links': IzpLinks;
    'izp-care-team': IzpCareTeam;
    'izp-history': IzpHistory;
    'izp-fhir-export': IzpFhirExport;
    'izp-fhir-import': IzpFhirImport;
  }
}
