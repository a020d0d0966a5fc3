/** The words of the compact professional layout: the plan's sections, row actions and disclosures. */
export interface LayoutTranslation {
  /** The plan's in-page navigation (a tab list). */
  sectionsLabel: string;
  sections: {
    plan: string;
    consult: string;
    modules: string;
    team: string;
    history: string;
    overview: string;
  };
  /** The menu button of a row: its actions ("Acties"). */
  rowActions: string;
  /** The accessible name of a row's menu button, with what the row is about. */
  rowActionsFor: (what: string) => string;
  /** The disclosure button that shows a row's details and earlier versions. */
  showDetails: string;
  /** One line of an agreement: when it is evaluated next. */
  evaluateOn: (date: string) => string;
  /** A goal's agreements, counted, in its collapsed row. */
  agreementCount: (open: number, closed: number) => string;
}
