/**
 * `createRestIzp`: the `Izp` interface over the reference server's HTTP contract. Every function checks
 * its input with the core's own schemas first (the same `ValidationError`, and nothing sent), then asks
 * the server, which runs the core for the authenticated user and is the judge of what is allowed.
 * `can()` answers from the same pure rule as the core, for rendering only.
 */
import type { Izp } from '../core/api.js';
import {
  AccordInput, AgreementChanges, AgreementInput, ChangeOptions, CloseAgreementInput, CloseGoalInput, ClosePlanInput, CreatePlanInput,
  DiaryInput, EvaluateInput, GoalChanges, GoalInput, GrantAccessInput, HistoryOptions, MeasurementInput, PrintOptions, ProfileChanges,
  ReadOptions, UpdatePlanInput,
} from '../core/inputs.js';
import { Role, User } from '../core/model.js';
import type { Subject } from '../core/messages/types.js';
import { DEFAULT_MANAGER_ROLES, allowedActions, can } from '../core/permissions.js';
import { parse } from '../core/validate.js';
import * as z from 'zod/mini';
import { subscribeToPlan } from './events.js';
import { Http, type Call, type HttpOptions } from './http.js';

export interface RestIzpOptions extends HttpOptions {
  /** The signed-in user, as the token says (the server takes the user from the token, not from here). */
  user: User;
  /** The server's manager roles, so that `can()` agrees with it; default the GP. */
  managerRoles?: Role[];
}

type Opts = { expectedVersion?: number; reason?: string; signal?: AbortSignal; idempotencyKey?: string };

const seg = (id: string) => encodeURIComponent(id);

export function createRestIzp(options: RestIzpOptions): Izp {
  const user = parse(User, options?.user, 'config', 'user');
  const managerRoles = options.managerRoles === undefined ? DEFAULT_MANAGER_ROLES : parse(z.array(Role), options.managerRoles, 'config', 'managerRoles');
  if (typeof options.baseUrl !== 'string' || !/^https?:\/\//.test(options.baseUrl)) throw new TypeError('createRestIzp needs an http(s) baseUrl');
  const http = new Http(options);

  /** Validates a change's input and options as the core does, then sends it. */
  const change = <T>(schema: z.ZodMiniType, input: unknown, subject: Subject, options: unknown, call: (opts: Opts) => Call): Promise<T> => {
    try {
      parse(schema, input, subject);
      const opts = parse(ChangeOptions, options ?? {}, 'options') as Opts;
      return http.send<T>({ ...call(opts), ...optsOf(opts) });
    } catch (error) {
      return Promise.reject(error);
    }
  };
  const read = <T>(options: unknown, call: (signal?: AbortSignal) => Call, schema: z.ZodMiniType = ReadOptions): Promise<T> => {
    try {
      const opts = parse(schema, options ?? {}, 'options') as { signal?: AbortSignal };
      return http.send<T>({ ...call(opts.signal), ...(opts.signal ? { signal: opts.signal } : {}) });
    } catch (error) {
      return Promise.reject(error);
    }
  };
  const id = (value: unknown, field: string) => parse(z.string().check(z.minLength(1), z.maxLength(128)), value, 'input', field);
  const plan = (planId: string) => `/plans/${seg(id(planId, 'planId'))}`;

  return {
    user,
    createPlan: (input, o) => change(CreatePlanInput, input, 'plan', o, () => ({ method: 'POST', path: '/plans', body: input })),
    updatePlan: (planId, changes, o) => change(UpdatePlanInput, changes, 'plan', o, () => ({ method: 'PATCH', path: plan(planId), body: changes })),
    accordPlan: (planId, input = {}, o) => change(AccordInput, input, 'plan', o, () => ({ method: 'POST', path: `${plan(planId)}/accord`, body: input })),
    closePlan: (planId, input, o) => change(ClosePlanInput, input, 'closePlan', o, () => ({ method: 'POST', path: `${plan(planId)}/close`, body: input })),
    addGoal: (planId, input, o) => change(GoalInput, input, 'goal', o, () => ({ method: 'POST', path: `${plan(planId)}/goals`, body: input })),
    updateGoal: (planId, goalId, changes, o) =>
      change(GoalChanges, changes, 'goal', o, () => ({ method: 'PATCH', path: `${plan(planId)}/goals/${seg(id(goalId, 'goalId'))}`, body: changes })),
    closeGoal: (planId, goalId, input, o) =>
      change(CloseGoalInput, input, 'closeGoal', o, () => ({ method: 'POST', path: `${plan(planId)}/goals/${seg(id(goalId, 'goalId'))}/close`, body: input })),
    addAgreement: (planId, goalId, input, o) =>
      change(AgreementInput, input, 'agreement', o, () => ({ method: 'POST', path: `${plan(planId)}/goals/${seg(id(goalId, 'goalId'))}/agreements`, body: input })),
    updateAgreement: (planId, agreementId, changes, o) =>
      change(AgreementChanges, changes, 'agreement', o, () => ({ method: 'PATCH', path: `${plan(planId)}/agreements/${seg(id(agreementId, 'agreementId'))}`, body: changes })),
    closeAgreement: (planId, agreementId, input, o) =>
      change(CloseAgreementInput, input, 'closeAgreement', o, () => ({ method: 'POST', path: `${plan(planId)}/agreements/${seg(id(agreementId, 'agreementId'))}/close`, body: input })),
    // The whole snapshot is checked by the server's core (its coherence rules live there).
    importPlan: (snapshot, o) => change(z.unknown(), snapshot, 'import', o, () => ({ method: 'POST', path: '/plans/import', body: snapshot })),
    evaluate: (planId, input, o) => change(EvaluateInput, input, 'evaluation', o, () => ({ method: 'POST', path: `${plan(planId)}/evaluations`, body: input })),
    grantAccess: (planId, input, o) => change(GrantAccessInput, input, 'access', o, () => ({ method: 'POST', path: `${plan(planId)}/access`, body: input })),
    revokeAccess: (planId, actorId, o) =>
      change(z.unknown(), {}, 'access', o, () => ({ method: 'DELETE', path: `${plan(planId)}/access/${seg(id(actorId, 'actorId'))}` })),
    updateProfile: (planId, changes, o) => change(ProfileChanges, changes, 'profile', o, () => ({ method: 'PATCH', path: `${plan(planId)}/profile`, body: changes })),
    addMeasurement: (planId, input, o) => change(MeasurementInput, input, 'measurement', o, () => ({ method: 'POST', path: `${plan(planId)}/measurements`, body: input })),
    addDiaryEntry: (planId, input, o) => change(DiaryInput, input, 'diary', o, () => ({ method: 'POST', path: `${plan(planId)}/diary`, body: input })),

    getPlan: (planId, o) => read(o, (signal) => ({ method: 'GET', path: plan(planId), nullIfNotFound: true, ...sig(signal) })),
    getPlanForPatient: (patientId, o) =>
      read(o, (signal) => ({ method: 'GET', path: `/patients/${seg(id(patientId, 'patientId'))}/plan`, nullIfNotFound: true, ...sig(signal) })),
    listPlans: (patientId, o) => read(o, (signal) => ({ method: 'GET', path: `/patients/${seg(id(patientId, 'patientId'))}/plans`, ...sig(signal) })),
    getOverview: (planId, o) => read(o, (signal) => ({ method: 'GET', path: `${plan(planId)}/overview`, ...sig(signal) })),
    getConsultation: (planId, o) => read(o, (signal) => ({ method: 'GET', path: `${plan(planId)}/consultation`, ...sig(signal) })),
    getPrintOverview: (planId, o) => {
      const opts = (o ?? {}) as { includeClosed?: boolean; date?: string };
      return read(o, (signal) => ({
        method: 'GET', path: `${plan(planId)}/print`, ...sig(signal),
        query: { includeClosed: opts.includeClosed === undefined ? undefined : String(opts.includeClosed), date: opts.date },
      }), PrintOptions);
    },
    history: (planId, o) =>
      read(o, (signal) => ({ method: 'GET', path: `${plan(planId)}/history`, query: { views: o?.views ? 'true' : undefined }, ...sig(signal) }), HistoryOptions),
    versions: (planId, kind, recordId, o) => read(o, (signal) => ({
      method: 'GET', ...sig(signal),
      path: kind === 'plan' ? `${plan(planId)}/versions`
        : kind === 'goal' || kind === 'agreement' ? `${plan(planId)}/${kind}s/${seg(id(recordId, 'id'))}/versions`
        : `${plan(planId)}/versions/${seg(String(kind))}/${seg(id(recordId, 'id'))}`,
    })),

    can: (action, p = null) => can(user, action, p, managerRoles),
    allowedActions: (p) => allowedActions(user, p, managerRoles),
    subscribe: (planId, listener) => subscribeToPlan(options, planId, listener),
  };
}

function optsOf(opts: Opts): Partial<Call> {
  return {
    ...(opts.expectedVersion !== undefined ? { expectedVersion: opts.expectedVersion } : {}),
    ...(opts.reason !== undefined ? { reason: opts.reason } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.idempotencyKey ? { idempotencyKey: opts.idempotencyKey } : {}),
  };
}

function sig(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal ? { signal } : {};
}
