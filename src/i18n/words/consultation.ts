/**
 * The words of `<izp-consultation>`, in Dutch and English. They travel with the element: its module
 * registers them when it runs (see registerWords), so a page that never starts a consultation never loads them.
 */
import type { AuditAction } from '../../core/audit.js';
import type { WordPack } from '../word-pack.js';

export interface ConsultationWords {
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
  changeActions: Record<AuditAction, string>;
  onBehalfOf: (name: string) => string;
  changedFieldsLabel: string;
  descriptionLabel: string;
  accessLabel: string;
  previously: string;
}

const nl: ConsultationWords = {
  consultationTitle: 'Start van het consult',
  consultationSince: (when) => `Vorige evaluatie: ${when}.`,
  consultationNeverEvaluated: 'Dit zorgplan is nog niet geëvalueerd.',
  consultationFailed: 'Het overzicht voor het consult kon niet worden geladen.',
  retry: 'Opnieuw proberen',
  dueText: (kind, date, overdue) => kind === 'goal'
    ? (overdue ? `Te laat: de streefdatum was ${date}` : `Streefdatum ${date}`)
    : (overdue ? `Te laat: evalueren stond op ${date}` : `Evalueren op ${date}`),
  whatWasAgreed: 'Wat is afgesproken',
  nothingAgreed: 'Er zijn geen lopende doelen.',
  whatChanged: 'Wat is er veranderd sinds de vorige evaluatie',
  changesFromStart: 'Er is nog niet geëvalueerd: dit zijn de wijzigingen vanaf het begin.',
  noChanges: 'Er is niets veranderd sinds de vorige evaluatie.',
  olderChanges: (n) => `${n} eerdere ${n === 1 ? 'wijziging' : 'wijzigingen'} niet getoond.`,
  changeActions: {
    'plan.create': 'heeft het zorgplan gemaakt', 'plan.update': 'heeft het zorgplan aangepast',
    'plan.accord': 'heeft het zorgplan geaccordeerd', 'plan.close': 'heeft het zorgplan afgesloten',
    'goal.add': 'heeft een doel toegevoegd', 'goal.update': 'heeft een doel aangepast',
    'goal.accord': 'heeft een doel geaccordeerd', 'goal.close': 'heeft een doel afgesloten',
    'agreement.add': 'heeft een afspraak toegevoegd', 'agreement.update': 'heeft een afspraak aangepast',
    'agreement.accord': 'heeft een afspraak geaccordeerd', 'agreement.close': 'heeft een afspraak afgesloten',
    'evaluation.add': 'heeft geëvalueerd', 'plan.print': 'heeft het overzicht afgedrukt', 'plan.view': 'heeft het zorgplan ingezien', 'plan.import': 'heeft het zorgplan geïmporteerd',
    'profile.update': 'heeft het profiel aangepast', 'measurement.add': 'heeft een meting toegevoegd',
    'diary.add': 'heeft in het dagboek geschreven', 'access.grant': 'heeft toegang gegeven',
    'access.revoke': 'heeft toegang ingetrokken', 'access.denied': 'kreeg geen toegang',
  },
  onBehalfOf: (name) => `namens ${name}`,
  changedFieldsLabel: 'Gewijzigd',
  descriptionLabel: 'Omschrijving',
  accessLabel: 'Toegang',
  previously: 'eerder',
};

const en: ConsultationWords = {
  consultationTitle: 'Start of the consultation',
  consultationSince: (when) => `Previous evaluation: ${when}.`,
  consultationNeverEvaluated: 'This care plan has not been evaluated yet.',
  consultationFailed: 'The consultation overview could not be loaded.',
  retry: 'Try again',
  dueText: (kind, date, overdue) => kind === 'goal'
    ? (overdue ? `Overdue: the target date was ${date}` : `Target date ${date}`)
    : (overdue ? `Overdue: evaluation was due on ${date}` : `Evaluate on ${date}`),
  whatWasAgreed: 'What was agreed',
  nothingAgreed: 'There are no open goals.',
  whatChanged: 'What changed since the previous evaluation',
  changesFromStart: 'Not evaluated yet: these are the changes from the start.',
  noChanges: 'Nothing changed since the previous evaluation.',
  olderChanges: (n) => `${n} earlier ${n === 1 ? 'change' : 'changes'} not shown.`,
  changeActions: {
    'plan.create': 'created the care plan', 'plan.update': 'changed the care plan',
    'plan.accord': 'accorded the care plan', 'plan.close': 'closed the care plan',
    'goal.add': 'added a goal', 'goal.update': 'changed a goal',
    'goal.accord': 'accorded a goal', 'goal.close': 'closed a goal',
    'agreement.add': 'added an agreement', 'agreement.update': 'changed an agreement',
    'agreement.accord': 'accorded an agreement', 'agreement.close': 'closed an agreement',
    'evaluation.add': 'evaluated', 'plan.print': 'printed the overview', 'plan.view': 'viewed the care plan', 'plan.import': 'imported the care plan',
    'profile.update': 'changed the profile', 'measurement.add': 'added a measurement',
    'diary.add': 'wrote in the diary', 'access.grant': 'gave access',
    'access.revoke': 'withdrew access', 'access.denied': 'was refused access',
  },
  onBehalfOf: (name) => `on behalf of ${name}`,
  changedFieldsLabel: 'Changed',
  descriptionLabel: 'Description',
  accessLabel: 'Access',
  previously: 'previously',
};

export const consultationWords: WordPack<ConsultationWords> = { nl, en };
