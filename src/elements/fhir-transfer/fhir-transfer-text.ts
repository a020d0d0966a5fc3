/**
 * The words of the FHIR export and import, Dutch first. Kept beside the elements (a typed dictionary per
 * language, like src/i18n) so the shared Translation needs no change; other languages fall back to English.
 */
export interface FhirTransferText {
  exportTitle: string;
  exportHint: string;
  exportButton: string;
  exporting: string;
  exported: (file: string) => string;
  exportFailed: string;
  importTitle: string;
  importHint: string;
  importFile: string;
  importing: string;
  imported: (goals: number, agreements: number) => string;
  notJson: string;
  invalid: string;
  failed: string;
  unmappedTitle: (n: number) => string;
  filledInTitle: (n: number) => string;
  nothingLeftOut: string;
}

export const nlText: FhirTransferText = {
  exportTitle: 'Zorgplan als FHIR-bestand',
  exportHint: 'Het hele zorgplan met de geschiedenis als FHIR R4-bundel (JSON), voor een ander systeem. Het downloaden wordt vastgelegd.',
  exportButton: 'Download als FHIR-bundel',
  exporting: 'Bezig met het maken van het bestand…',
  exported: (file) => `Het zorgplan is gedownload als ${file}.`,
  exportFailed: 'Het bestand kon niet worden gemaakt.',
  importTitle: 'Zorgplan uit een FHIR-bestand',
  importHint: 'Kies een FHIR R4-bundel (JSON) met één zorgplan. Een ongeldig bestand wordt niet opgeslagen.',
  importFile: 'FHIR-bestand',
  importing: 'Bezig met inlezen…',
  imported: (goals, agreements) => `Het zorgplan is ingelezen: ${goals} ${goals === 1 ? 'doel' : 'doelen'} en ${agreements} ${agreements === 1 ? 'afspraak' : 'afspraken'}.`,
  notJson: 'Dit bestand is geen JSON. Er is niets opgeslagen.',
  invalid: 'Dit bestand is geen geldig zorgplan. Er is niets opgeslagen.',
  failed: 'Het inlezen is mislukt. Er is niets opgeslagen.',
  unmappedTitle: (n) => `Niet overgenomen (${n})`,
  filledInTitle: (n) => `Aangevuld, graag controleren (${n})`,
  nothingLeftOut: 'Alles is overgenomen.',
};

export const enText: FhirTransferText = {
  exportTitle: 'Care plan as a FHIR file',
  exportHint: 'The whole care plan with its history as a FHIR R4 Bundle (JSON), for another system. The download is logged.',
  exportButton: 'Download as FHIR Bundle',
  exporting: 'Making the file…',
  exported: (file) => `The care plan was downloaded as ${file}.`,
  exportFailed: 'The file could not be made.',
  importTitle: 'Care plan from a FHIR file',
  importHint: 'Choose a FHIR R4 Bundle (JSON) with one care plan. An invalid file is not stored.',
  importFile: 'FHIR file',
  importing: 'Reading…',
  imported: (goals, agreements) => `The care plan was imported: ${goals} ${goals === 1 ? 'goal' : 'goals'} and ${agreements} ${agreements === 1 ? 'agreement' : 'agreements'}.`,
  notJson: 'This file is not JSON. Nothing was stored.',
  invalid: 'This file is not a valid care plan. Nothing was stored.',
  failed: 'The import failed. Nothing was stored.',
  unmappedTitle: (n) => `Not taken over (${n})`,
  filledInTitle: (n) => `Filled in, please check (${n})`,
  nothingLeftOut: 'Everything was taken over.',
};

export const fhirTransferText = (lang: string | undefined): FhirTransferText => ((lang ?? 'nl').toLowerCase().startsWith('nl') ? nlText : enText);
