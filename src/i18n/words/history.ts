/**
 * The words of `<izp-history>`, in Dutch and English. They travel with the element: its module
 * registers them when it runs (see registerWords), so a page that never shows the history never loads them.
 */
import type { AchievementStatus, EvaluationOutcome } from '../../core/model.js';
import type { WordPack } from '../word-pack.js';

export interface HistoryWords {
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
  historyAchievement: Record<AchievementStatus, string>;
  historyEvaluationOutcomes: Record<EvaluationOutcome, string>;
  historyClosedWith: Record<'plan' | 'goal', string>;
  historyPermissions: Record<string, string>;
}

const nl: HistoryWords = {
  history: 'Geschiedenis',
  historyFilter: 'Tonen',
  historyAll: 'Alles',
  historyThePlan: 'Het zorgplan',
  historyLoading: 'Geschiedenis laden…',
  historyLoadFailed: 'De geschiedenis kon niet worden geladen.',
  historyRetry: 'Opnieuw proberen',
  historyEmpty: 'Hier is nog niets over vastgelegd.',
  historyCount: (n) => `${n} ${n === 1 ? 'wijziging' : 'wijzigingen'}`,
  historyActions: {
    'plan.create': 'Zorgplan gemaakt', 'plan.update': 'Zorgplan aangepast', 'plan.accord': 'Zorgplan geaccordeerd',
    'plan.close': 'Zorgplan afgesloten', 'goal.add': 'Doel toegevoegd', 'goal.update': 'Doel aangepast',
    'goal.accord': 'Doel geaccordeerd', 'goal.close': 'Doel afgesloten', 'agreement.add': 'Afspraak toegevoegd',
    'agreement.update': 'Afspraak aangepast', 'agreement.accord': 'Afspraak geaccordeerd',
    'agreement.close': 'Afspraak afgesloten', 'evaluation.add': 'Evaluatie vastgelegd',
    'access.grant': 'Toegang gegeven', 'access.revoke': 'Toegang ingetrokken', 'access.denied': 'Toegang geweigerd',
    'profile.update': 'Achtergrond bij het plan aangepast', 'measurement.add': 'Meting vastgelegd',
    'diary.add': 'Dagboek aangevuld', 'plan.print': 'Overzicht voor de patiënt afgedrukt',
    'plan.view': 'Zorgplan ingezien', 'plan.import': 'Zorgplan geïmporteerd',
  },
  historyActionsPlain: {
    'plan.create': 'Zorgplan gemaakt', 'plan.update': 'Zorgplan aangepast', 'plan.accord': 'Zorgplan gaat gelden',
    'plan.close': 'Zorgplan afgesloten', 'goal.add': 'Doel opgeschreven', 'goal.update': 'Doel aangepast',
    'goal.accord': 'Doel gaat gelden', 'goal.close': 'Doel afgesloten', 'agreement.add': 'Afspraak opgeschreven',
    'agreement.update': 'Afspraak aangepast', 'agreement.accord': 'Afspraak gaat gelden',
    'agreement.close': 'Afspraak afgesloten', 'evaluation.add': 'Samen gekeken hoe het gaat',
    'access.grant': 'Iemand mag nu meekijken', 'access.revoke': 'Iemand mag niet meer meekijken',
    'access.denied': 'Iemand mocht niet meekijken', 'profile.update': 'Meer over mij aangepast',
    'measurement.add': 'Meting opgeschreven', 'diary.add': 'Dagboek aangevuld', 'plan.print': 'Overzicht afgedrukt',
    'plan.view': 'Iemand heeft het plan bekeken', 'plan.import': 'Zorgplan overgenomen',
  },
  historyActionOther: 'Gewijzigd',
  historyBy: (who) => `Door ${who}`,
  historyOnBehalfOf: (who) => `Namens ${who}`,
  historyReason: 'Reden',
  historyChanges: (n) => `Wat is er veranderd (${n})`,
  historyRecorded: 'Wat is er vastgelegd',
  historyField: 'Onderdeel',
  historyBefore: 'Eerst',
  historyAfter: 'Daarna',
  historyNoValue: '(leeg)',
  historyYes: 'Ja',
  historyNo: 'Nee',
  historyFields: {
    patientName: 'Naam patiënt', title: 'Titel', conditions: 'Aandoeningen', caseManager: 'Casemanager',
    careTeam: 'Zorgteam', access: 'Wie mag meekijken', start: 'Startdatum', end: 'Einddatum',
    nextEvaluationDate: 'Volgende evaluatie', evaluationSchedule: 'Wanneer evalueren we',
    closeReason: 'Reden van afsluiten', status: 'Status', description: 'Omschrijving', domain: 'Domein',
    targets: 'Streefwaarden', priority: 'Prioriteit', expressedBy: 'Ingebracht door', achievement: 'Voortgang',
    note: 'Toelichting', outcome: 'Uitkomst', closeNote: 'Toelichting bij afsluiten',
    closedWith: 'Afgesloten samen met', goalId: 'Hoort bij doel', performer: 'Wie doet het',
    support: 'Welke hulp is nodig', frequency: 'Hoe vaak', evaluationDate: 'Evalueren op', target: 'Over',
    date: 'Datum', by: 'Door', withPatient: 'Samen met de patiënt', measurements: 'Metingen',
    measure: 'Wat is gemeten', value: 'Waarde', unit: 'Eenheid', text: 'Tekst', complaints: 'Klachten en vragen',
    inventory: 'Inventarisatie', motivation: 'Motivatie', readiness: 'Klaar om te veranderen',
    selfManagement: 'Zelfmanagement', functioning: 'Functioneren', riskProfile: 'Risicoprofiel', decisions: 'Keuzes',
    links: 'Informatie', professionalNote: 'Notitie voor het zorgteam',
  },
  historyAchievement: {
    'in-progress': 'Bezig', improving: 'Gaat beter', worsening: 'Gaat slechter', 'no-change': 'Geen verandering',
    achieved: 'Bereikt', sustaining: 'Blijft bereikt', 'not-achieved': 'Niet bereikt', 'no-progress': 'Geen vooruitgang',
    'not-attainable': 'Niet haalbaar',
  },
  historyEvaluationOutcomes: { 'on-track': 'Gaat goed', achieved: 'Bereikt', 'not-achieved': 'Niet bereikt', adjust: 'Aanpassen' },
  historyClosedWith: { plan: 'Het zorgplan', goal: 'Het doel' },
  historyPermissions: { read: 'meekijken', write: 'meekijken en aanpassen' },
};

const en: HistoryWords = {
  history: 'History',
  historyFilter: 'Show',
  historyAll: 'Everything',
  historyThePlan: 'The care plan',
  historyLoading: 'Loading the history…',
  historyLoadFailed: 'The history could not be loaded.',
  historyRetry: 'Try again',
  historyEmpty: 'Nothing has been recorded about this yet.',
  historyCount: (n) => `${n} ${n === 1 ? 'change' : 'changes'}`,
  historyActions: {
    'plan.create': 'Care plan created', 'plan.update': 'Care plan changed', 'plan.accord': 'Care plan accorded',
    'plan.close': 'Care plan closed', 'goal.add': 'Goal added', 'goal.update': 'Goal changed',
    'goal.accord': 'Goal accorded', 'goal.close': 'Goal closed', 'agreement.add': 'Agreement added',
    'agreement.update': 'Agreement changed', 'agreement.accord': 'Agreement accorded',
    'agreement.close': 'Agreement closed', 'evaluation.add': 'Evaluation recorded', 'access.grant': 'Access granted',
    'access.revoke': 'Access revoked', 'access.denied': 'Access denied', 'profile.update': 'Plan background changed',
    'measurement.add': 'Measurement recorded', 'diary.add': 'Diary entry added',
    'plan.print': "Patient's overview printed", 'plan.view': 'Care plan viewed', 'plan.import': 'Care plan imported',
  },
  historyActionsPlain: {
    'plan.create': 'Care plan made', 'plan.update': 'Care plan changed', 'plan.accord': 'Care plan now applies',
    'plan.close': 'Care plan closed', 'goal.add': 'Goal written down', 'goal.update': 'Goal changed',
    'goal.accord': 'Goal now applies', 'goal.close': 'Goal closed', 'agreement.add': 'Agreement written down',
    'agreement.update': 'Agreement changed', 'agreement.accord': 'Agreement now applies',
    'agreement.close': 'Agreement closed', 'evaluation.add': 'Looked together at how it goes',
    'access.grant': 'Someone may now look along', 'access.revoke': 'Someone may no longer look along',
    'access.denied': 'Someone was not allowed to look', 'profile.update': 'More about me changed',
    'measurement.add': 'Measurement written down', 'diary.add': 'Diary entry added', 'plan.print': 'Overview printed',
    'plan.view': 'Someone looked at the plan', 'plan.import': 'Care plan brought in',
  },
  historyActionOther: 'Changed',
  historyBy: (who) => `By ${who}`,
  historyOnBehalfOf: (who) => `On behalf of ${who}`,
  historyReason: 'Reason',
  historyChanges: (n) => `What changed (${n})`,
  historyRecorded: 'What was recorded',
  historyField: 'Item',
  historyBefore: 'Before',
  historyAfter: 'After',
  historyNoValue: '(empty)',
  historyYes: 'Yes',
  historyNo: 'No',
  historyFields: {
    patientName: 'Patient name', title: 'Title', conditions: 'Conditions', caseManager: 'Case manager',
    careTeam: 'Care team', access: 'Who may look along', start: 'Start date', end: 'End date',
    nextEvaluationDate: 'Next evaluation', evaluationSchedule: 'When we evaluate', closeReason: 'Reason for closing',
    status: 'Status', description: 'Description', domain: 'Domain', targets: 'Targets', priority: 'Priority',
    expressedBy: 'Expressed by', achievement: 'Progress', note: 'Note', outcome: 'Outcome',
    closeNote: 'Note on closing', closedWith: 'Closed together with', goalId: 'Belongs to goal',
    performer: 'Who does it', support: 'Support needed', frequency: 'How often', evaluationDate: 'Evaluate on',
    target: 'About', date: 'Date', by: 'By', withPatient: 'With the patient', measurements: 'Measurements',
    measure: 'What was measured', value: 'Value', unit: 'Unit', text: 'Text', complaints: 'Complaints and questions',
    inventory: 'Inventory', motivation: 'Motivation', readiness: 'Ready to change', selfManagement: 'Self-management',
    functioning: 'Functioning', riskProfile: 'Risk profile', decisions: 'Choices', links: 'Information',
    professionalNote: 'Note for the care team',
  },
  historyAchievement: {
    'in-progress': 'In progress', improving: 'Improving', worsening: 'Worsening', 'no-change': 'No change',
    achieved: 'Achieved', sustaining: 'Sustaining', 'not-achieved': 'Not achieved', 'no-progress': 'No progress',
    'not-attainable': 'Not attainable',
  },
  historyEvaluationOutcomes: { 'on-track': 'On track', achieved: 'Achieved', 'not-achieved': 'Not achieved', adjust: 'Adjust' },
  historyClosedWith: { plan: 'The care plan', goal: 'The goal' },
  historyPermissions: { read: 'look along', write: 'look along and change' },
};

export const historyWords: WordPack<HistoryWords> = { nl, en };
