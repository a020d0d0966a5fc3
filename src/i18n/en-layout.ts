/** English: the words of the compact professional layout. */
import type { LayoutTranslation } from './layout-types.js';

export const enLayout: LayoutTranslation = {
  sectionsLabel: 'Parts of the care plan',
  sections: {
    plan: 'Plan',
    consult: 'Consultation',
    modules: 'Modules',
    team: 'Team',
    history: 'History',
    overview: 'Overview',
  },
  rowActions: 'Actions',
  rowActionsFor: (what) => `Actions: ${what}`,
  showDetails: 'Details',
  evaluateOn: (date) => `evaluation ${date}`,
  agreementCount: (open, closed) => `${open} ${open === 1 ? 'agreement' : 'agreements'}${closed ? `, ${closed} closed` : ''}`,
};
