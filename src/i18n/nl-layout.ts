/** Dutch: the words of the compact professional layout. */
import type { LayoutTranslation } from './layout-types.js';

export const nlLayout: LayoutTranslation = {
  sectionsLabel: 'Onderdelen van het zorgplan',
  sections: {
    plan: 'Plan',
    consult: 'Consult',
    modules: 'Modules',
    team: 'Team',
    history: 'Geschiedenis',
    overview: 'Overzicht',
  },
  rowActions: 'Acties',
  rowActionsFor: (what) => `Acties: ${what}`,
  showDetails: 'Details',
  evaluateOn: (date) => `evaluatie ${date}`,
  agreementCount: (open, closed) => `${open} ${open === 1 ? 'afspraak' : 'afspraken'}${closed ? `, ${closed} afgesloten` : ''}`,
};
