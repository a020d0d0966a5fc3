/** Typed errors: forbidden, not found, their codes, and their messages in Dutch and English. */
import { describe, it } from '../runner.js';
import { expect } from '../expect.js';
import {
  ConflictError, ForbiddenError, IzpError, NotFoundError, RuleError, StorageError, ValidationError, isIzpError, type Izp,
} from '../../core/index.js';
import { FATMA, JAN, buildFatmaPlan, buildHenkPlan, marieke, rejection,  type FatmaPlan } from './fixtures.js';
import type { MakeWorld } from './fixtures.js';

export function describeErrors(world: MakeWorld): void {
describe('errors', () => {
  describe('forbidden', () => {
    const forbidden: [string, string, (izp: Izp, f: FatmaPlan) => Promise<unknown>][] = [
      ['createPlan', 'create a care plan', (izp) => izp.createPlan({ patientId: JAN })],
      ['closePlan', 'close a care plan', (izp, f) => izp.closePlan(f.plan.id, { reason: 'Ik wil niet meer' })],
      ['closeGoal', 'close a goal', (izp, f) => izp.closeGoal(f.plan.id, f.goals.weight.id, { outcome: 'achieved' })],
      ['accordPlan', 'accord a care plan', (izp, f) => izp.accordPlan(f.plan.id)],
    ];
    for (const [name, action, call] of forbidden) {
      it(`does not let the patient ${name}, and stores nothing`, async () => {
        const w = world();
        const f = await buildFatmaPlan(w.sanne, w.clock, { accord: false });
        const snap = await w.sanne.getPlan(f.plan.id);
        const history = await w.sanne.history(f.plan.id);
        const error = await rejection<ForbiddenError>(call(w.fatma, f));
        expect(error).to.be.instanceOf(ForbiddenError);
        expect(error).to.be.instanceOf(IzpError);
        expect([error.name, error.code]).to.deep.equal(['ForbiddenError', 'forbidden']);
        expect(error.localized('en')).to.equal(`You are not allowed to do this: ${action}`);
        expect(error.localized('nl')).to.match(/^U mag dit niet doen: .+/);
        expect(await w.sanne.getPlan(f.plan.id)).to.deep.equal(snap);
        // Nothing is stored but the refusal itself (NEN 7513 logs refused access too).
        const after = await w.sanne.history(f.plan.id);
        expect(after.slice(0, history.length)).to.deep.equal(history);
        expect(after.slice(history.length).map((r) => r.action)).to.deep.equal(name === 'createPlan' ? [] : ['access.denied']);
        expect(await w.sanne.listPlans(JAN)).to.deep.equal([]);
      });
    }

    it('does not let an informal carer create a plan either', async () => {
      const w = world();
      const error = await rejection<ForbiddenError>(w.as(marieke).createPlan({ patientId: FATMA }));
      expect(error.code).to.equal('forbidden');
      expect(await w.sanne.getPlanForPatient(FATMA)).to.equal(null);
    });

    it('checks the input before the role, so a patient still learns what was wrong', async () => {
      const w = world();
      const error = await rejection<ValidationError>(w.fatma.createPlan({ patientId: '' }));
      expect(error.code).to.equal('validation');
    });
  });

  describe('not found', () => {
    const expectNotFound = (error: NotFoundError, kind: string, id: string) => {
      expect(error).to.be.instanceOf(NotFoundError);
      expect([error.name, error.code, error.kind, error.id]).to.deep.equal(['NotFoundError', 'not-found', kind, id]);
    };

    const unknownPlan: [string, (izp: Izp) => Promise<unknown>][] = [
      ['updatePlan', (izp) => izp.updatePlan('plan-x', { title: 'x' })],
      ['accordPlan', (izp) => izp.accordPlan('plan-x')],
      ['closePlan', (izp) => izp.closePlan('plan-x', { reason: 'x' })],
      ['addGoal', (izp) => izp.addGoal('plan-x', { description: 'x', domain: 'somatic' })],
      ['updateGoal', (izp) => izp.updateGoal('plan-x', 'goal-x', { note: 'x' })],
      ['closeGoal', (izp) => izp.closeGoal('plan-x', 'goal-x', { outcome: 'achieved' })],
      ['addAgreement', (izp) => izp.addAgreement('plan-x', 'goal-x', { description: 'x', performer: { kind: 'patient' } })],
      ['updateAgreement', (izp) => izp.updateAgreement('plan-x', 'agr-x', { frequency: 'x' })],
      ['closeAgreement', (izp) => izp.closeAgreement('plan-x', 'agr-x', { outcome: 'completed' })],
      ['getOverview', (izp) => izp.getOverview('plan-x')],
      ['getPrintOverview', (izp) => izp.getPrintOverview('plan-x')],
    ];
    for (const [name, call] of unknownPlan) {
      it(`${name} names an unknown plan`, async () => {
        const w = world();
        expectNotFound(await rejection<NotFoundError>(call(w.sanne)), 'plan', 'plan-x');
        expect(await w.sanne.history('plan-x')).to.deep.equal([]);
      });
    }

    it('names unknown goals and agreements, and those of another plan', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const h = await buildHenkPlan(w.sanne, w.clock);
      const history = await w.sanne.history(f.plan.id);
      expectNotFound(await rejection(w.sanne.updateGoal(f.plan.id, 'goal-x', { note: 'x' })), 'goal', 'goal-x');
      expectNotFound(await rejection(w.sanne.closeGoal(f.plan.id, 'goal-x', { outcome: 'achieved' })), 'goal', 'goal-x');
      expectNotFound(await rejection(w.sanne.updateGoal(f.plan.id, h.goals.beach.id, { note: 'x' })), 'goal', h.goals.beach.id);
      expectNotFound(await rejection(w.sanne.closeGoal(f.plan.id, h.goals.beach.id, { outcome: 'achieved' })), 'goal', h.goals.beach.id);
      expectNotFound(await rejection(w.sanne.updateAgreement(f.plan.id, 'agr-x', { frequency: 'x' })), 'agreement', 'agr-x');
      expectNotFound(await rejection(w.sanne.closeAgreement(f.plan.id, 'agr-x', { outcome: 'completed' })), 'agreement', 'agr-x');
      expectNotFound(await rejection(w.sanne.updateAgreement(f.plan.id, h.agreements.physio.id, { frequency: 'x' })), 'agreement', h.agreements.physio.id);
      expectNotFound(await rejection(w.sanne.accordPlan(f.plan.id, { agreementIds: ['agr-x'] })), 'agreement', 'agr-x');
      expect(await w.sanne.history(f.plan.id)).to.deep.equal(history);
      expect((await w.sanne.getPlan(h.plan.id))?.goals.find((g) => g.id === h.goals.beach.id)).to.deep.equal(h.goals.beach);
    });

    it('answers reads of what does not exist with null or empty, not an error', async () => {
      const w = world();
      expect(await w.sanne.getPlan('plan-x')).to.equal(null);
      expect(await w.sanne.getPlanForPatient('pat-x')).to.equal(null);
      expect(await w.sanne.listPlans('pat-x')).to.deep.equal([]);
      expect(await w.sanne.versions('plan-x', 'goal', 'goal-x')).to.deep.equal([]);
    });

    it('says what was not found in both languages', () => {
      const error = new NotFoundError('goal', 'goal-7');
      expect(error.localized('nl')).to.equal('Het doel goal-7 bestaat niet');
      expect(error.localized('en')).to.equal('The goal goal-7 does not exist');
    });
  });

  describe('localized', () => {
    const error = new RuleError('plan-closed');

    it('speaks Dutch for any Dutch locale and English otherwise', () => {
      expect(error.localized('nl')).to.equal('Dit zorgplan is afgesloten en kan niet meer worden gewijzigd');
      expect(error.localized('nl-BE')).to.equal('Dit zorgplan is afgesloten en kan niet meer worden gewijzigd');
      expect(error.localized('NL')).to.equal('Dit zorgplan is afgesloten en kan niet meer worden gewijzigd');
      expect(error.localized('en')).to.equal('This care plan is closed and can no longer be changed');
      expect(error.localized('de')).to.equal('This care plan is closed and can no longer be changed');
      expect(error.localized('')).to.equal('This care plan is closed and can no longer be changed');
      expect(error.message).to.equal('This care plan is closed and can no longer be changed');
    });

    it('gives every error class its stable code and name', () => {
      const errors: [IzpError, string, string][] = [
        [error, 'rule', 'RuleError'],
        [new ForbiddenError('plan.close'), 'forbidden', 'ForbiddenError'],
        [new ConflictError('plan', 'p1', 1, 2), 'conflict', 'ConflictError'],
        [new StorageError(), 'unavailable', 'StorageError'],
        [new ValidationError([], 'goal'), 'validation', 'ValidationError'],
        [new NotFoundError('plan', 'p1'), 'not-found', 'NotFoundError'],
      ];
      for (const [e, code, name] of errors) {
        expect([e.code, e.name], name).to.deep.equal([code, name]);
        expect(e).to.be.instanceOf(Error);
        expect(e.messages.nl).not.to.equal(e.messages.en);
      }
    });

    it('recognises an IzpError by its shape, even from another copy of the SDK', () => {
      expect(isIzpError(error)).to.equal(true);
      expect(isIzpError({ code: 'conflict', messages: { nl: 'a', en: 'b' } })).to.equal(true);
      expect(isIzpError(new Error('x'))).to.equal(false);
      expect(isIzpError(null)).to.equal(false);
      expect(isIzpError({ code: 'conflict' })).to.equal(false);
    });
  });
});
}
