/** Dutch: accord at any time, the words of closing, a closed plan, and the patient's own words. */
import type { WorkflowTranslation } from './translation.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const list = (parts: string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`);

export const nlWorkflow: WorkflowTranslation = {
  awaitingAccord: (goals, agreements) => `Nog te bespreken: ${list([
    ...(goals ? [count(goals, 'nieuw doel', 'nieuwe doelen')] : []),
    ...(agreements ? [count(agreements, 'nieuwe afspraak', 'nieuwe afspraken')] : []),
  ])}. Ze gelden pas na accorderen.`,
  accordAll: 'Alles accorderen',
  accordAllHelp: 'Alle doelen en afspraken die nog concept zijn gaan gelden.',
  accordGoal: 'Doel accorderen',
  accordGoalHelp: 'Het doel en zijn concept-afspraken gaan gelden.',
  accordAgreement: 'Afspraak accorderen',
  toDiscuss: 'Nog te bespreken',
  toDiscussHelp: 'Nog concept: dit geldt pas als het samen is besproken en geaccordeerd.',
  printToDiscuss: 'Nog te bespreken met mijn zorgverlener',
  printToDiscussHelp: 'Dit is nog niet afgesproken. We bespreken het bij de volgende afspraak.',
  closePlanConfirmCounts: ({ goals, conceptGoals, agreements }) => {
    const parts = [
      ...(goals ? [`${count(goals, 'lopend doel wordt', 'lopende doelen worden')} afgesloten`] : []),
      ...(conceptGoals ? [`${count(conceptGoals, 'doel dat nog concept is, vervalt', 'doelen die nog concept zijn, vervallen')}`] : []),
      ...(agreements ? [`${count(agreements, 'open afspraak wordt', 'open afspraken worden')} gestopt`] : []),
    ];
    return `Weet u het zeker? ${parts.length ? `${list(parts)}. ` : ''}Daarna kan er niets meer worden gewijzigd.`;
  },
  closeGoalConfirm: (agreements) => agreements
    ? `${count(agreements, 'open afspraak bij dit doel wordt', 'open afspraken bij dit doel worden')} ook afgesloten: afgerond als het doel is bereikt, anders gestopt.`
    : '',
  goalClosedWithPlan: 'Afgesloten met het zorgplan',
  goalLapsedWithPlan: 'Vervallen met het zorgplan: dit doel was nog niet geaccordeerd',
  goalStoppedWithPlan: 'Vervallen: het zorgplan is gestopt',
  planCloseReason: 'Reden van afsluiten van het zorgplan',
  lastPlanClosed: (patient, date, reason) =>
    `Het laatste zorgplan van ${patient || 'deze patiënt'} is afgesloten op ${date}${reason ? `: ${reason}` : ''}. Er is nog geen nieuw zorgplan.`,
  startNewPlan: 'Nieuw zorgplan starten',
  duePlan: 'Het zorgplan evalueren',
  contactPerson: 'Mijn vaste contactpersoon',
  planAbout: 'Waar het plan over gaat',
  careTeamPlain: 'Wie helpen mij',
  personWithRole: (name, role) => `${name}, ${role}`,
  draftOtherPlan: 'Niet opgeslagen: dit formulier hoorde bij het zorgplan van een andere patiënt.',
};
