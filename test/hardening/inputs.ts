/**
 * Valid calls of every public function of the core, as data: the function, who calls it, and its
 * arguments. The generated-input test breaks one argument (or one field deep inside it) at a time.
 */
import type { User } from '../../src/core/index.js';
import { fatma, lotte, type Built } from './scenarios.js';

export interface Call {
  fn: string;
  user?: User;
  args(b: Built): unknown[];
}

const PLAN_DATE_KEYS = new Set(['start', 'end', 'due', 'date', 'evaluationDate', 'nextEvaluationDate']);
export const isDatePath = (path: (string | number)[]) => PLAN_DATE_KEYS.has(String(path.at(-1)));

export const calls: Call[] = [
  { fn: 'createPlan', args: () => [{
    patientId: 'pat-bosman', patientName: 'Dhr. H. Bosman', title: 'Zorgplan COPD', conditions: ['COPD'],
    caseManager: { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' },
    careTeam: [{ id: lotte.id, name: lotte.name, role: 'dietitian', contact: 'tel:+31201234567' }],
    start: '2026-03-02', nextEvaluationDate: '2026-03-16', evaluationSchedule: 'Elke drie maanden',
  }, {}] },
  { fn: 'updatePlan', args: (b) => [b.planId, { title: 'Zorgplan diabetes', nextEvaluationDate: '2026-04-01', conditions: ['Diabetes'] }, { expectedVersion: 2 }] },
  { fn: 'accordPlan', args: (b) => [b.planId, { goalIds: [b.goalId], agreementIds: [b.agreementId] }, {}] },
  { fn: 'closePlan', args: (b) => [b.planId, { reason: 'Verhuisd.', status: 'revoked', end: '2026-03-02' }, {}] },
  { fn: 'addGoal', args: (b) => [b.planId, {
    description: 'Weer naar de markt lopen.', domain: 'functional', priority: 'low', expressedBy: 'patient', start: '2026-03-02', note: 'Eigen doel.',
    targets: [{ measure: 'Afstand', comparator: '>=', value: 500, unit: 'm', due: '2026-06-01', description: 'Zonder te stoppen' }],
  }, {}] },
  { fn: 'updateGoal', args: (b) => [b.planId, b.goalId, { description: 'Vijf kilo afvallen.', priority: 'medium', note: 'Bijgesteld.' }, { expectedVersion: 2 }] },
  { fn: 'closeGoal', args: (b) => [b.planId, b.goalId, { outcome: 'achieved', note: 'Gelukt.' }, {}] },
  { fn: 'addAgreement', args: (b) => [b.planId, b.goalId, {
    description: 'Twee gesprekken over eten.', performer: { kind: 'provider', name: lotte.name, role: 'dietitian' },
    support: 'Een eetdagboek.', frequency: 'Eens per maand', start: '2026-03-02', end: '2026-06-01', evaluationDate: '2026-04-01',
  }, {}] },
  { fn: 'updateAgreement', args: (b) => [b.planId, b.agreementId, { frequency: 'Twee keer per week', support: 'Een stappenteller.' }, { expectedVersion: 2, reason: 'Gaat goed.' }] },
  { fn: 'closeAgreement', args: (b) => [b.planId, b.agreementId, { outcome: 'completed', note: 'Klaar.' }, {}] },
  { fn: 'evaluate', args: (b) => [b.planId, {
    target: { kind: 'agreement', id: b.agreementId }, date: '2026-03-02', withPatient: true, outcome: 'adjust', note: 'Gaat goed.',
    measurements: [{ measure: 'Gewicht', value: 127, unit: 'kg', date: '2026-03-02' }], nextEvaluationDate: '2026-04-01',
    changeAgreement: { frequency: 'Twee keer per week' },
  }, {}] },
  { fn: 'grantAccess', user: fatma, args: (b) => [b.planId, { actor: { id: 'fysio-ruud', name: 'Ruud Smit', role: 'physiotherapist' }, permission: 'read' }, {}] },
  { fn: 'revokeAccess', user: fatma, args: (b) => [b.planId, lotte.id, {}] },
  { fn: 'updateProfile', args: (b) => [b.planId, {
    complaints: 'Moe.', motivation: 'Wil fit zijn voor de kleinkinderen.', readiness: 'acting',
    inventory: { somatic: 'Overgewicht.', social: 'Woont alleen.' },
    decisions: [{ question: 'Hoe afvallen?', options: ['Dieet', 'Bewegen'], chosen: 'Bewegen', why: 'Leuker.', priority: 'Hoog' }],
    links: [{ title: 'Wandelgroep', url: 'https://sociale-kaart.example/wandelen' }],
  }, { expectedVersion: 0 }] },
  { fn: 'addMeasurement', args: (b) => [b.planId, { measure: 'Gewicht', value: 127, unit: 'kg', date: '2026-03-01' }, {}] },
  { fn: 'addDiaryEntry', user: fatma, args: (b) => [b.planId, { text: 'Een uur gewandeld.', date: '2026-03-01' }, {}] },
  { fn: 'getPrintOverview', args: (b) => [b.planId, { includeClosed: true, date: '2026-03-02' }] },
  { fn: 'getPlan', args: (b) => [b.planId, {}] },
  { fn: 'getPlanForPatient', args: () => [fatma.id, {}] },
  { fn: 'listPlans', args: () => [fatma.id, {}] },
  { fn: 'getOverview', args: (b) => [b.planId, {}] },
  { fn: 'getConsultation', args: (b) => [b.planId, {}] },
  { fn: 'history', args: (b) => [b.planId, {}] },
  { fn: 'versions', args: (b) => [b.planId, 'agreement', b.agreementId, {}] },
];
