/**
 * Function 9, the patient's printout, as data: what I do myself, what my care providers do, who my
 * contact person is and when we look at it again. The element renders it in plain Dutch (B1).
 */
import type { Agreement, Domain, Goal, PlanSnapshot, Target } from './model.js';
import { compareGoals } from './overview.js';
import { isAgreementOpen, isGoalOpen } from './rules.js';

export interface PrintAction {
  description: string;
  /** Who does it, for actions by others than the patient. */
  who?: string;
  frequency?: string;
  support?: string;
  evaluationDate?: string;
  closed: boolean;
}

export interface PrintGoal {
  id: string;
  description: string;
  domain: Domain;
  targets: Target[];
  closed: boolean;
  outcome?: Goal['outcome'];
  /** "Wat doe ik zelf". */
  selfActions: PrintAction[];
  /** "Wat doet mijn zorgverlener". */
  providerActions: PrintAction[];
  /** What family or an informal carer does. */
  carerActions: PrintAction[];
}

/** A goal or agreement added to a current plan and not yet accorded: "still to discuss". */
export interface PrintDiscussItem {
  kind: 'goal' | 'agreement';
  description: string;
  /** For an agreement, its goal's description. */
  goal?: string;
}

export interface PrintOverview {
  patientName?: string;
  /** The day of printing. */
  date: string;
  planStatus: PlanSnapshot['plan']['status'];
  contact: { name: string; role?: string; contact?: string };
  nextEvaluationDate?: string;
  goals: PrintGoal[];
  /** On a current plan: the concept goals and agreements, said apart on the page as still to discuss. */
  toDiscuss: PrintDiscussItem[];
}

export function buildPrintOverview(snap: PlanSnapshot, options: { date: string; includeClosed: boolean }): PrintOverview {
  const { plan } = snap;
  const member = plan.careTeam.find((m) => (plan.caseManager.id && m.id === plan.caseManager.id) || m.name === plan.caseManager.name);
  const shown = (open: boolean) => open || options.includeClosed;
  // On a current plan, concept items are still under discussion and stay off the patient's page; a
  // concept plan is printed whole, as the proposal it is.
  const concept = plan.status === 'draft';
  const action = (a: Agreement): PrintAction => ({
    description: a.description,
    ...(a.performer.kind !== 'patient' && a.performer.name ? { who: a.performer.name } : {}),
    ...(a.frequency ? { frequency: a.frequency } : {}),
    ...(a.support ? { support: a.support } : {}),
    ...(a.evaluationDate ? { evaluationDate: a.evaluationDate } : {}),
    closed: !isAgreementOpen(a),
  });
  const goals = [...snap.goals]
    .sort(compareGoals)
    .filter((g) => shown(isGoalOpen(g)) && (concept || g.status !== 'proposed'))
    .map((goal): PrintGoal => {
      const agreements = snap.agreements.filter((a) => a.goalId === goal.id && (concept || a.status !== 'draft') && shown(isAgreementOpen(a)));
      const by = (kind: Agreement['performer']['kind']) => agreements.filter((a) => a.performer.kind === kind).map(action);
      return {
        id: goal.id,
        description: goal.description,
        domain: goal.domain,
        targets: goal.targets,
        closed: !isGoalOpen(goal),
        ...(goal.outcome ? { outcome: goal.outcome } : {}),
        selfActions: by('patient'),
        providerActions: by('provider'),
        carerActions: by('informal-carer'),
      };
    });
  return {
    ...(plan.patientName ? { patientName: plan.patientName } : {}),
    date: options.date,
    planStatus: plan.status,
    contact: {
      name: plan.caseManager.name,
      ...(plan.caseManager.role ? { role: plan.caseManager.role } : {}),
      ...(member?.contact ? { contact: member.contact } : {}),
    },
    ...(plan.nextEvaluationDate ? { nextEvaluationDate: plan.nextEvaluationDate } : {}),
    goals,
    toDiscuss: concept ? [] : discussItems(snap),
  };
}

function discussItems(snap: PlanSnapshot): PrintDiscussItem[] {
  const open = snap.goals.filter(isGoalOpen).sort(compareGoals);
  const items: PrintDiscussItem[] = [];
  for (const goal of open) {
    if (goal.status === 'proposed') items.push({ kind: 'goal', description: goal.description });
    for (const a of snap.agreements.filter((x) => x.goalId === goal.id && x.status === 'draft')) {
      items.push({ kind: 'agreement', description: a.description, goal: goal.description });
    }
  }
  return items;
}
