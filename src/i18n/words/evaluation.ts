/**
 * The words of the `<izp-evaluation>` dialog, in Dutch and English (the latest evaluation under a goal or
 * an agreement is worded by the first load). They travel with the element: its module registers them
 * when it runs (see registerWords), so a page where nobody evaluates never loads them.
 */
import type { WordPack } from '../word-pack.js';

export interface EvaluationWords {
  evaluateTitles: Record<'plan' | 'goal' | 'agreement', string>;
  evaluationOutcome: string;
  withPatient: string;
  /** The day the evaluation took place. */
  evaluationDay: string;
  /** Under the day of the evaluation: an empty day is today. */
  evaluationDayHelp: string;
  nextEvaluationHelp: Record<'plan' | 'goal' | 'agreement', string>;
  measurements: string;
  measurementRow: (n: number) => string;
  measure: string;
  measuredValue: string;
  addMeasurement: string;
  removeMeasurement: string;
  adjustment: string;
  adjustChange: string;
  adjustClose: string;
  newTarget: string;
  adjustPlanHelp: string;
  saveEvaluation: string;
  announceEvaluated: (what: string) => string;
}

const nl: EvaluationWords = {
  evaluateTitles: { plan: 'Zorgplan evalueren', goal: 'Doel evalueren', agreement: 'Afspraak evalueren' },
  evaluationOutcome: 'Uitkomst van de evaluatie',
  withPatient: 'Samen met de patiënt',
  evaluationDay: 'Datum van de evaluatie',
  evaluationDayHelp: 'Leeg laten voor vandaag.',
  nextEvaluationHelp: {
    plan: 'Wordt de volgende evaluatie van het zorgplan.',
    goal: 'Wanneer kijken we weer naar dit doel?',
    agreement: 'Wordt de nieuwe evaluatiedatum van de afspraak.',
  },
  measurements: 'Gemeten waarden',
  measurementRow: (n) => `Meting ${n}`,
  measure: 'Wat is gemeten',
  measuredValue: 'Gemeten waarde',
  addMeasurement: 'Meting toevoegen',
  removeMeasurement: 'Meting verwijderen',
  adjustment: 'Wat passen we aan?',
  adjustChange: 'De afspraak aanpassen',
  adjustClose: 'De afspraak afsluiten',
  newTarget: 'Nieuwe streefwaarde',
  adjustPlanHelp: 'Schrijf in de toelichting wat er verandert. Pas daarna de doelen en afspraken aan.',
  saveEvaluation: 'Evaluatie opslaan',
  announceEvaluated: (what) => `${what} geëvalueerd.`,
};

const en: EvaluationWords = {
  evaluateTitles: { plan: 'Evaluate care plan', goal: 'Evaluate goal', agreement: 'Evaluate agreement' },
  evaluationOutcome: 'Outcome of the evaluation',
  withPatient: 'Together with the patient',
  evaluationDay: 'Date of the evaluation',
  evaluationDayHelp: 'Leave empty for today.',
  nextEvaluationHelp: {
    plan: "Becomes the care plan's next evaluation.",
    goal: 'When do we look at this goal again?',
    agreement: "Becomes the agreement's new evaluation date.",
  },
  measurements: 'Measured values',
  measurementRow: (n) => `Measurement ${n}`,
  measure: 'What was measured',
  measuredValue: 'Measured value',
  addMeasurement: 'Add measurement',
  removeMeasurement: 'Remove measurement',
  adjustment: 'What do we adjust?',
  adjustChange: 'Change the agreement',
  adjustClose: 'Close the agreement',
  newTarget: 'New target',
  adjustPlanHelp: 'Write in the note what changes. Then adjust the goals and agreements.',
  saveEvaluation: 'Save evaluation',
  announceEvaluated: (what) => `${what} evaluated.`,
};

export const evaluationWords: WordPack<EvaluationWords> = { nl, en };
