/** English: accord at any time, the words of closing, a closed plan, and the patient's own words. */
import type { WorkflowTranslation } from './translation.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const list = (parts: string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);

export const enWorkflow: WorkflowTranslation = {
  awaitingAccord: (goals, agreements) => `Still to discuss: ${list([
    ...(goals ? [count(goals, 'new goal', 'new goals')] : []),
    ...(agreements ? [count(agreements, 'new agreement', 'new agreements')] : []),
  ])}. They apply once accorded.`,
  accordAll: 'Accord all',
  accordAllHelp: 'Every goal and agreement still in draft becomes current.',
  accordGoal: 'Accord goal',
  accordGoalHelp: 'The goal and its draft agreements become current.',
  accordAgreement: 'Accord agreement',
  toDiscuss: 'Still to discuss',
  toDiscussHelp: 'Still a draft: this applies once discussed together and accorded.',
  printToDiscuss: 'Still to discuss with my care provider',
  printToDiscussHelp: 'This has not been agreed yet. We will talk about it at the next appointment.',
  closePlanConfirmCounts: ({ goals, conceptGoals, agreements }) => {
    const parts = [
      ...(goals ? [`${count(goals, 'current goal is', 'current goals are')} closed`] : []),
      ...(conceptGoals ? [`${count(conceptGoals, 'goal still in draft lapses', 'goals still in draft lapse')}`] : []),
      ...(agreements ? [`${count(agreements, 'open agreement is', 'open agreements are')} stopped`] : []),
    ];
    return `Are you sure? ${parts.length ? `${list(parts)}. ` : ''}After that nothing can be changed.`;
  },
  closeGoalConfirm: (agreements) => agreements
    ? `${count(agreements, 'open agreement of this goal is', 'open agreements of this goal are')} closed too: completed when the goal was achieved, otherwise stopped.`
    : '',
  goalClosedWithPlan: 'Closed with the care plan',
  goalLapsedWithPlan: 'Lapsed with the care plan: this goal had not been accorded',
  goalStoppedWithPlan: 'Lapsed: the care plan was stopped',
  planCloseReason: 'Why the care plan was closed',
  lastPlanClosed: (patient, date, reason) =>
    `The last care plan of ${patient || 'this patient'} was closed on ${date}${reason ? `: ${reason}` : ''}. There is no new care plan yet.`,
  startNewPlan: 'Start a new care plan',
  duePlan: 'Evaluate the care plan',
  contactPerson: 'My contact person',
  planAbout: 'What the plan is about',
  careTeamPlain: 'Who helps me',
  personWithRole: (name, role) => `${name}, ${role}`,
  draftOtherPlan: 'Not saved: this form belonged to the care plan of another patient.',
};
