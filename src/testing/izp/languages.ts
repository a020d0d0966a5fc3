/**
 * Every message the core can raise is worded by the error dictionary: a third language registered by a
 * host speaks in every validation, rule, access, not-found and conflict message, for real failures too.
 */
import { before, describe, it } from '../runner.js';
import { enErrors } from '../../core/messages/en.js';
import { registerErrorMessages } from '../../core/messages/registry.js';
import { problemCodes, ruleCodes, subjects, type ErrorMessages } from '../../core/messages/types.js';
import {
  ConflictError, ForbiddenError, NotFoundError, RuleError, StorageError, ValidationError, fieldIssue, localizeIssue, type IzpError,
} from '../../core/errors.js';
import { recordKinds } from '../../core/model.js';
import { izpActions } from '../../core/permissions.js';
import { expect } from '../expect.js';
import { buildFatmaPlan, rejection, type MakeWorld } from './fixtures.js';

const MARK = '⟦x-test⟧';

/** A pseudo-translation of English: every string and every function's result marked, so a miss shows. */
function pseudo<T>(value: T): T {
  if (typeof value === 'string') return `${MARK}${value}` as T;
  if (typeof value === 'function') return ((...args: unknown[]) => `${MARK}${(value as (...a: unknown[]) => string)(...args)}`) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudo(v)])) as T;
  return value;
}

export function describeLanguages(world: MakeWorld): void {
  describe('messages in a third language', () => {
    const lang = 'x-test';
    before(() => registerErrorMessages(lang, pseudo<ErrorMessages>(enErrors)));

    it('words every problem, rule, action, kind and subject through the registered dictionary', () => {
      const errors: IzpError[] = [
        ...ruleCodes.map((r) => new RuleError(r)),
        ...izpActions.map((a) => new ForbiddenError(a)),
        ...recordKinds.flatMap((k) => [new NotFoundError(k, 'x-1'), new ConflictError(k, 'x-1', 1, 2)]),
        ...subjects.map((s) => new ValidationError([fieldIssue('description', 'required')], s)),
        new StorageError(),
      ];
      for (const e of errors) {
        expect(e.localized(lang), e.name).to.contain(MARK);
        expect(e.message, `${e.name} logs in English`).not.to.contain(MARK);
      }
      for (const code of problemCodes) {
        const issue = fieldIssue('targets.0.due', code, { min: 1, max: 2000, expected: 'number', format: 'email', values: ['a'], keys: ['x'], startField: 'start' });
        expect(localizeIssue(issue, lang), code).to.contain(MARK);
        expect(localizeIssue(issue, lang), code).not.to.equal(issue.messages.en);
      }
    });

    it('speaks the language in the errors of real calls: validation, rule, conflict, access, not found', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const failures = [
        () => w.sanne.addGoal(f.plan.id, { description: '', domain: 'somatic' }),
        () => w.sanne.updateAgreement(f.plan.id, f.agreements.walk.id, { frequency: 'Elke dag' }, { expectedVersion: f.agreements.walk.version - 1 }),
        () => w.fatma.closePlan(f.plan.id, { reason: 'Klaar.' }),
        () => w.sanne.getOverview('plan-unknown'),
        () => w.sanne.evaluate(f.plan.id, { target: { kind: 'plan', id: f.plan.id }, withPatient: false, outcome: 'on-track', date: '2099-01-01' }),
      ];
      for (const failure of failures) {
        const error = await rejection<IzpError>(failure());
        expect(error.localized(lang), error.code).to.contain(MARK);
        for (const issue of (error as ValidationError).issues ?? []) expect(localizeIssue(issue, lang)).to.contain(MARK);
      }
      await w.sanne.closeGoal(f.plan.id, f.goals.sugar.id, { outcome: 'achieved' });
      const rule = await rejection<IzpError>(w.sanne.updateGoal(f.plan.id, f.goals.sugar.id, { note: 'Nog even.' }));
      expect(rule.localized(lang)).to.equal(`${MARK}${enErrors.rules['goal-closed']}`);
    });
  });
}
