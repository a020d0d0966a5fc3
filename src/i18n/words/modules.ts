/**
 * The words of the module elements (`<izp-modules>`, `<izp-profile>`, `<izp-measurements>`,
 * `<izp-host-data>`, `<izp-diary>`, `<izp-links>`), in Dutch and English. They travel with those elements:
 * the module elements' base registers them when its module runs (see registerWords), so a page that
 * never opens the modules never loads them.
 */
import type { Domain, readinessStages } from '../../core/model.js';
import type { WordPack } from '../word-pack.js';

/** The sections of `<izp-modules>`: the generic modules of the Plan van eisen. */
export type ModuleSection =
  | 'complaints' | 'inventory' | 'motivation' | 'selfManagement' | 'functioning' | 'riskProfile' | 'measurements'
  | 'decisions' | 'diagnoses' | 'medication' | 'diary' | 'links' | 'professionalNote';
type Readiness = (typeof readinessStages)[number];

export interface ModuleWords {
  /** The heading of `<izp-modules>`, in the professional and in the patient's own view. */
  modTitle: Record<'professional' | 'patient', string>;
  /** Section names for the care team. */
  modSections: Record<ModuleSection, string>;
  /** The same in plain words (B1), for the patient's own view. */
  modSectionsPlain: Record<ModuleSection, string>;
  modDomainsPlain: Record<Domain, string>;
  modReadinessLabel: string;
  modReadiness: Record<Readiness, string>;
  modReadinessPlain: Record<Readiness, string>;
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

const nl: ModuleWords = {
  modTitle: { professional: 'Onderdelen van het zorgplan', patient: 'Over mij' },
  modSections: {
    complaints: 'Klachten en gezondheidsproblemen', inventory: 'Inventarisatie (SFMPC)', motivation: 'Motivatie en bereidheid tot verandering',
    selfManagement: 'Zelfmanagementvaardigheden', functioning: 'Functioneren en participatie', riskProfile: 'Risicoprofiel',
    measurements: 'Meet- en streefwaarden', decisions: 'Gedeelde besluitvorming', diagnoses: 'Diagnoses', medication: 'Medicatie',
    diary: 'Dagboek van de patiënt', links: 'Informatie en sociale kaart', professionalNote: 'Notitie voor het zorgteam',
  },
  modSectionsPlain: {
    complaints: 'Wat ik merk', inventory: 'Hoe het met mij gaat', motivation: 'Wat ik wil veranderen',
    selfManagement: 'Wat ik zelf kan', functioning: 'Mijn dagelijks leven', riskProfile: 'Waar we op letten',
    measurements: 'Mijn metingen', decisions: 'Wat we samen kozen', diagnoses: 'Mijn ziektes', medication: 'Mijn medicijnen',
    diary: 'Mijn dagboek', links: 'Meer informatie', professionalNote: 'Notitie voor het zorgteam',
  },
  modDomainsPlain: {
    somatic: 'Mijn lichaam', functional: 'Wat ik kan doen', social: 'Mensen om mij heen', psychological: 'Hoe ik mij voel',
    communicative: 'Praten, lezen en begrijpen',
  },
  modReadinessLabel: 'Bereidheid tot verandering',
  modReadiness: {
    'not-ready': 'Nog niet bereid', considering: 'Overweegt te veranderen', preparing: 'Bereidt de verandering voor',
    acting: 'Is bezig met veranderen', maintaining: 'Houdt de verandering vol',
  },
  modReadinessPlain: {
    'not-ready': 'Ik wil nu nog niets veranderen', considering: 'Ik denk erover na', preparing: 'Ik ga binnenkort beginnen',
    acting: 'Ik ben begonnen', maintaining: 'Ik houd het vol',
  },
  modMotivation: 'Motivatie',
  modReadinessLabelPlain: 'Hoe ver ik ben',
  modMotivationPlain: 'Waarom ik wil veranderen',
  modTargetPlain: (target) => `Mijn doel: ${target}`,
  modEmpty: 'Nog niet ingevuld',
  modAdd: 'Toevoegen',
  modEdit: 'Wijzigen',
  modAddAnother: 'Nog een toevoegen',
  modRemove: 'Verwijderen',
  modHostNote: 'Dit komt uit het systeem van de praktijk. Wijzigen kan alleen daar.',
  modSince: (date) => `sinds ${date}`,
  modCount: {
    inventory: (n) => `${n} van 5 gebieden`,
    decisions: (n) => (n === 1 ? '1 keuze' : `${n} keuzes`),
    links: (n) => (n === 1 ? '1 link' : `${n} links`),
    medication: (n) => (n === 1 ? '1 middel' : `${n} middelen`),
    diagnoses: (n) => (n === 1 ? '1 diagnose' : `${n} diagnoses`),
  },
  modDecision: (n) => `Keuze ${n}`,
  modQuestion: 'Waarover is gekozen?',
  modOptions: 'Besproken mogelijkheden',
  modOptionsHelp: 'Eén mogelijkheid per regel.',
  modChosen: 'Gekozen',
  modChosenHelp: 'Welke mogelijkheid is gekozen?',
  modChosenMark: 'gekozen',
  modWhy: 'Waarom',
  modPriority: 'Belang voor de doelen',
  modPriorityHelp: 'Hoe belangrijk deze keuze is voor de doelen van de patiënt, in zijn of haar woorden.',
  modLink: (n) => `Link ${n}`,
  modLinkTitle: 'Titel',
  modLinkUrl: 'Webadres',
  modLinkUrlHelp: 'Alleen veilige links die beginnen met https://',
  modLinkNotHttps: 'Het webadres moet een veilige link zijn die begint met https://',
  modLinkUnsafe: 'geen veilige link',
  modNoteHelp: 'Alleen voor het zorgteam. De patiënt ziet dit niet.',
  modMeasure: 'Wat is gemeten?',
  modValue: 'Waarde',
  modUnit: 'Eenheid',
  modDate: 'Datum',
  modDateHelp: 'Leeg laten voor vandaag.',
  modBy: 'Door',
  modAddMeasurement: 'Meting toevoegen',
  modNoMeasurements: 'Nog geen metingen.',
  modLatest: (value, date) => `Laatste meting: ${value} op ${date}`,
  modValueOn: (value, date) => `${value} op ${date}`,
  modTarget: (target) => `Streefwaarde: ${target}`,
  modTargetShort: (target) => `streef: ${target}`,
  modChartSummary: (measure, count, first, last, target) =>
    `${measure}: ${count === 1 ? `1 meting, ${last}` : `${count} metingen, van ${first} naar ${last}`}.${target ? ` ${target}.` : ''}`,
  modDataTable: 'Tabel met de waarden',
  modAtEvaluation: 'bij een evaluatie',
  modDiaryText: 'Wat wilt u opschrijven?',
  modDiaryAdd: 'In mijn dagboek zetten',
  modDiaryEmpty: 'Er staat nog niets in het dagboek.',
  modDiaryCount: (n, latest) => `${n === 1 ? '1 bericht' : `${n} berichten`}, laatste op ${latest}`,
  modDiaryShared: 'Uw zorgverleners kunnen lezen wat u hier schrijft.',
  modDiaryTeam: 'De patiënt schrijft het dagboek. Het zorgteam leest mee.',
  modAnnounceSaved: (section) => `${section} opgeslagen.`,
  modAnnounceMeasurement: 'Meting opgeslagen.',
  modAnnounceDiary: 'Opgeslagen in uw dagboek.',
};

const en: ModuleWords = {
  modTitle: { professional: 'Care plan sections', patient: 'About me' },
  modSections: {
    complaints: 'Complaints and health problems', inventory: 'Inventory (SFMPC)', motivation: 'Motivation and readiness for change',
    selfManagement: 'Self-management skills', functioning: 'Functioning and participation', riskProfile: 'Risk profile',
    measurements: 'Measured and target values', decisions: 'Shared decision-making', diagnoses: 'Diagnoses', medication: 'Medication',
    diary: "The patient's diary", links: 'Information and local services', professionalNote: 'Note for the care team',
  },
  modSectionsPlain: {
    complaints: 'What I notice', inventory: 'How I am doing', motivation: 'What I want to change',
    selfManagement: 'What I can do myself', functioning: 'My daily life', riskProfile: 'What we watch out for',
    measurements: 'My measurements', decisions: 'What we chose together', diagnoses: 'My conditions', medication: 'My medicines',
    diary: 'My diary', links: 'More information', professionalNote: 'Note for the care team',
  },
  modDomainsPlain: {
    somatic: 'My body', functional: 'What I can do', social: 'People around me', psychological: 'How I feel',
    communicative: 'Talking, reading and understanding',
  },
  modReadinessLabel: 'Readiness for change',
  modReadiness: {
    'not-ready': 'Not ready yet', considering: 'Considering a change', preparing: 'Preparing the change',
    acting: 'Acting on it', maintaining: 'Maintaining the change',
  },
  modReadinessPlain: {
    'not-ready': 'I do not want to change anything yet', considering: 'I am thinking about it', preparing: 'I will start soon',
    acting: 'I have started', maintaining: 'I keep it up',
  },
  modMotivation: 'Motivation',
  modReadinessLabelPlain: 'How far I am',
  modMotivationPlain: 'Why I want to change',
  modTargetPlain: (target) => `My goal: ${target}`,
  modEmpty: 'Not filled in yet',
  modAdd: 'Add',
  modEdit: 'Edit',
  modAddAnother: 'Add another',
  modRemove: 'Remove',
  modHostNote: 'This comes from the practice system. It can only be changed there.',
  modSince: (date) => `since ${date}`,
  modCount: {
    inventory: (n) => `${n} of 5 areas`,
    decisions: (n) => (n === 1 ? '1 decision' : `${n} decisions`),
    links: (n) => (n === 1 ? '1 link' : `${n} links`),
    medication: (n) => (n === 1 ? '1 medicine' : `${n} medicines`),
    diagnoses: (n) => (n === 1 ? '1 diagnosis' : `${n} diagnoses`),
  },
  modDecision: (n) => `Decision ${n}`,
  modQuestion: 'What was decided about?',
  modOptions: 'Options considered',
  modOptionsHelp: 'One option per line.',
  modChosen: 'Chosen',
  modChosenHelp: 'Which option was chosen?',
  modChosenMark: 'chosen',
  modWhy: 'Why',
  modPriority: 'Priority against the goals',
  modPriorityHelp: "How much this choice matters for the patient's goals, in their own words.",
  modLink: (n) => `Link ${n}`,
  modLinkTitle: 'Title',
  modLinkUrl: 'Web address',
  modLinkUrlHelp: 'Only secure links starting with https://',
  modLinkNotHttps: 'The web address must be a secure link starting with https://',
  modLinkUnsafe: 'not a secure link',
  modNoteHelp: 'For the care team only. The patient does not see this.',
  modMeasure: 'What was measured?',
  modValue: 'Value',
  modUnit: 'Unit',
  modDate: 'Date',
  modDateHelp: 'Leave empty for today.',
  modBy: 'By',
  modAddMeasurement: 'Add a measurement',
  modNoMeasurements: 'No measurements yet.',
  modLatest: (value, date) => `Latest: ${value} on ${date}`,
  modValueOn: (value, date) => `${value} on ${date}`,
  modTarget: (target) => `Target: ${target}`,
  modTargetShort: (target) => `target: ${target}`,
  modChartSummary: (measure, count, first, last, target) =>
    `${measure}: ${count === 1 ? `1 measurement, ${last}` : `${count} measurements, from ${first} to ${last}`}.${target ? ` ${target}.` : ''}`,
  modDataTable: 'Table of the values',
  modAtEvaluation: 'at an evaluation',
  modDiaryText: 'What would you like to write down?',
  modDiaryAdd: 'Add to my diary',
  modDiaryEmpty: 'Nothing in the diary yet.',
  modDiaryCount: (n, latest) => `${n === 1 ? '1 entry' : `${n} entries`}, latest on ${latest}`,
  modDiaryShared: 'Your care providers can read what you write here.',
  modDiaryTeam: 'The patient writes the diary. The care team reads it.',
  modAnnounceSaved: (section) => `${section} saved.`,
  modAnnounceMeasurement: 'Measurement saved.',
  modAnnounceDiary: 'Saved in your diary.',
};

export const moduleWords: WordPack<ModuleWords> = { nl, en };
