/**
 * Function 8, the overview of the whole plan, as a read model: a view renders it, it holds no rules
 * beyond grouping and what is due.
 */
import type { Agreement, Domain, Goal, Plan, PlanSnapshot } from './model.js';
import { domains } from './model.js';
import { agreementPhase, goalPhase, isAgreementOpen, isGoalOpen, planPhase, type Phase } from './rules.js';

export interface GoalView {
  goal: Goal;
  phase: Phase;
  /** Open agreements first, then closed ones; each group oldest first. */
  agreements: Agreement[];
}

export interface DueItem {
  kind: 'plan' | 'goal' | 'agreement';
  id: string;
  /** The agreement's or plan's evaluation date, or a goal target's due date. */
  date: string;
  overdue: boolean;
  description: string;
}

export interface Overview {
  plan: Plan;
  phase: Phase;
  /** Open goals first (high priority first), then closed ones. */
  goals: GoalView[];
  /** The same goals grouped by SFMPC domain, in SFMPC order; empty domains left out. */
  byDomain: { domain: Domain; goals: GoalView[] }[];
  /** Open agreements by who carries them out. */
  patientDoes: Agreement[];
  providersDo: Agreement[];
  informalCarersDo: Agreement[];
  /** Open items whose evaluation or due date is past or within `dueWithinDays`, soonest first. */
  due: DueItem[];
  counts: { openGoals: number; closedGoals: number; openAgreements: number; closedAgreements: number };
}

const PRIORITY_RANK = { high: 0, medium: 1, low: 2 } as const;

const byCreated = <T extends { created: { at: string } }>(a: T, b: T) => a.created.at.localeCompare(b.created.at);
const goalRank = (g: Goal) => (isGoalOpen(g) ? 0 : 10) + (g.priority ? PRIORITY_RANK[g.priority] : 3);

/** The one order of goals, on screen and on paper: open first, high priority first, then oldest first. */
export function compareGoals(a: Goal, b: Goal): number {
  return goalRank(a) - goalRank(b) || byCreated(a, b);
}

export function buildOverview(snap: PlanSnapshot, today: string, dueWithinDays = 14): Overview {
  const goals = [...snap.goals]
    .sort(compareGoals)
    .map((goal): GoalView => ({
      goal,
      phase: goalPhase(goal),
      agreements: snap.agreements
        .filter((a) => a.goalId === goal.id)
        .sort((a, b) => Number(!isAgreementOpen(a)) - Number(!isAgreementOpen(b)) || byCreated(a, b)),
    }));
  const open = snap.agreements.filter(isAgreementOpen).sort(byCreated);
  return {
    plan: snap.plan,
    phase: planPhase(snap.plan),
    goals,
    byDomain: domains
      .map((domain) => ({ domain, goals: goals.filter((g) => g.goal.domain === domain) }))
      .filter((group) => group.goals.length > 0),
    patientDoes: open.filter((a) => a.performer.kind === 'patient'),
    providersDo: open.filter((a) => a.performer.kind === 'provider'),
    informalCarersDo: open.filter((a) => a.performer.kind === 'informal-carer'),
    due: dueItems(snap, today, addDays(today, dueWithinDays)),
    counts: {
      openGoals: snap.goals.filter(isGoalOpen).length,
      closedGoals: snap.goals.filter((g) => !isGoalOpen(g)).length,
      openAgreements: open.length,
      closedAgreements: snap.agreements.length - open.length,
    },
  };
}

function dueItems(snap: PlanSnapshot, today: string, horizon: string): DueItem[] {
  if (planPhase(snap.plan) === 'closed') return [];
  const items: DueItem[] = [];
  const add = (kind: DueItem['kind'], id: string, date: string | undefined, description: string) => {
    if (date && date <= horizon) items.push({ kind, id, date, overdue: date < today, description });
  };
  add('plan', snap.plan.id, snap.plan.nextEvaluationDate, snap.plan.title ?? '');
  for (const goal of snap.goals.filter(isGoalOpen)) {
    const next = goal.targets.map((t) => t.due).filter((d): d is string => !!d).sort()[0];
    add('goal', goal.id, next, goal.description);
  }
  for (const a of snap.agreements.filter((x) => agreementPhase(x) !== 'closed')) add('agreement', a.id, a.evaluationDate, a.description);
  return items.sort((a, b) => a.date.localeCompare(b.date));
}

/** Adds days to a `YYYY-MM-DD` date in UTC arithmetic, so daylight saving cannot shift the day. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
