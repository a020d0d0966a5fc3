import { expect } from '@open-wc/testing';
import { MemoryAdapter, allowedActions, can, createIzp, izpActions, type Izp, type User } from '../../src/core/index.js';

const sanne: User = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' };
const verhoeven: User = { id: 'ha-verhoeven', name: 'dr. P. Verhoeven', role: 'gp' };
const lotte: User = { id: 'diet-lotte', name: 'Lotte Kramer', role: 'dietitian' };
const ruud: User = { id: 'fysio-ruud', name: 'Ruud Smit', role: 'physiotherapist' };
const fatma: User = { id: 'pat-yildiz', name: 'Fatma Yıldız', role: 'patient' };

async function world(managerRoles?: User['role'][]) {
  const adapter = new MemoryAdapter();
  const as = (user: User) => createIzp({ adapter, user, ...(managerRoles ? { managerRoles } : {}) });
  const izp = as(sanne);
  const plan = await izp.createPlan({ patientId: fatma.id, careTeam: [{ id: verhoeven.id, name: verhoeven.name, role: 'gp' }] });
  const goal = await izp.addGoal(plan.id, { description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic' });
  const walk = await izp.addAgreement(plan.id, goal.id, { description: 'Eén keer per week wandelen.', performer: { kind: 'patient' } });
  return { adapter, as, izp, plan, goal, walk };
}

const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code: string }) => e.code);
const denials = async (izp: Izp, planId: string) => (await izp.history(planId)).filter((r) => r.action === 'access.denied');

describe('core: access chosen by the patient', () => {
  it('starts with the case manager, the author and the named care team able to write', async () => {
    const { plan } = await world();
    expect(plan.access!.map((g) => [g.actor.id, g.permission])).to.deep.equal([[sanne.id, 'write'], [verhoeven.id, 'write']]);
  });

  it('refuses a provider the patient did not grant access, and records the refusal', async () => {
    const { as, izp, plan, walk } = await world();
    const dietitian = as(lotte);
    expect(await code(dietitian.getPlan(plan.id))).to.equal('forbidden');
    expect(await code(dietitian.getOverview(plan.id))).to.equal('forbidden');
    expect(await code(dietitian.history(plan.id))).to.equal('forbidden');
    expect(await code(dietitian.updateAgreement(plan.id, walk.id, { frequency: 'Twee keer per week' }))).to.equal('forbidden');
    expect(await dietitian.listPlans(fatma.id)).to.deep.equal([]);
    const denied = await denials(izp, plan.id);
    expect(denied).to.have.length(5); // the filtered list is a refusal too (NEN 7513)
    expect(denied[0]!.user.id).to.equal(lotte.id);
    expect((await izp.getPlan(plan.id))!.agreements[0]!.version).to.equal(walk.version);
  });

  it('lets the patient grant read, then write, and revoke; the core refuses the revoked provider', async () => {
    const { as, plan, walk } = await world();
    const patient = as(fatma);
    const dietitian = as(lotte);
    await patient.grantAccess(plan.id, { actor: { id: lotte.id, name: lotte.name, role: 'dietitian' }, permission: 'read' });
    expect((await dietitian.getPlan(plan.id))!.plan.id).to.equal(plan.id);
    expect(await code(dietitian.updateAgreement(plan.id, walk.id, { frequency: 'Twee keer per week' }))).to.equal('forbidden');
    await patient.grantAccess(plan.id, { actor: { id: lotte.id, name: lotte.name, role: 'dietitian' }, permission: 'write' });
    expect((await dietitian.updateAgreement(plan.id, walk.id, { frequency: 'Twee keer per week' })).version).to.equal(2);
    const revoked = await patient.revokeAccess(plan.id, lotte.id);
    expect(revoked.access!.some((g) => g.actor.id === lotte.id)).to.equal(false);
    expect(await code(dietitian.getPlan(plan.id))).to.equal('forbidden');
    const actions = (await patient.history(plan.id)).map((r) => r.action);
    expect(actions.filter((a) => a.startsWith('access.'))).to.deep.equal(['access.grant', 'access.denied', 'access.grant', 'access.revoke', 'access.denied']);
  });

  it('lets only the patient, the case manager and the manager roles manage access', async () => {
    const { as, plan } = await world();
    await as(sanne).grantAccess(plan.id, { actor: { id: lotte.id, name: lotte.name, role: 'dietitian' }, permission: 'write' });
    expect(await code(as(lotte).grantAccess(plan.id, { actor: { id: ruud.id, name: ruud.name, role: 'physiotherapist' }, permission: 'write' })), 'a writer who does not manage').to.equal('forbidden');
    expect(await code(as(verhoeven).grantAccess(plan.id, { actor: { id: ruud.id, name: ruud.name, role: 'physiotherapist' }, permission: 'write' })), 'the GP, a manager role').to.equal('ok');
    expect(await code(as(sanne).grantAccess(plan.id, { actor: { id: ruud.id, name: ruud.name, role: 'physiotherapist' }, permission: 'read' }))).to.equal('ok');
    expect(await code(as(fatma).revokeAccess(plan.id, 'nobody'))).to.equal('not-found');
    expect(await code(as(fatma).revokeAccess(plan.id, sanne.id)), 'the case manager keeps access').to.equal('rule');
  });

  it('starts the patient\'s first choice on an older plan (no access list) from its team, not from nobody', async () => {
    const { adapter, as, plan } = await world();
    const stored = (await adapter.get('plan', plan.id))!;
    const { access: _none, ...legacy } = stored;
    await adapter.commit({ patientId: plan.patientId, planId: plan.id, checks: [], audit: [], writes: [{ kind: 'plan', record: { ...legacy, version: stored.version + 1 }, expectedVersion: stored.version }] });
    expect(await code(as(ruud).getPlan(plan.id)), 'no list: open to the team').to.equal('ok');
    const granted = await as(fatma).grantAccess(plan.id, { actor: { id: lotte.id, name: lotte.name, role: 'dietitian' }, permission: 'read' });
    expect(granted.access!.map((g) => g.actor.id)).to.deep.equal([sanne.id, verhoeven.id, lotte.id]);
    expect(await code(as(verhoeven).getPlan(plan.id))).to.equal('ok');
  });

  it('lets the patient read the plan and add a goal of her own, but not change agreements', async () => {
    const { as, plan, walk } = await world();
    const patient = as(fatma);
    expect((await patient.getPlan(plan.id))!.agreements).to.have.length(1);
    const goal = await patient.addGoal(plan.id, { description: 'Weer fietsen naar de markt.', domain: 'functional', expressedBy: 'provider' });
    expect([goal.status, goal.expressedBy]).to.deep.equal(['proposed', 'patient']);
    expect(await code(patient.updateAgreement(plan.id, walk.id, { frequency: 'Elke dag' }))).to.equal('forbidden');
    expect(await code(as({ ...fatma, id: 'pat-other' }).getPlan(plan.id))).to.equal('forbidden');
  });

  it('lets the case manager and the GP accord and close; other team members not; the host decides the roles', async () => {
    const { as, plan } = await world();
    await as(fatma).grantAccess(plan.id, { actor: { id: ruud.id, name: ruud.name, role: 'physiotherapist' }, permission: 'write' });
    expect(await code(as(ruud).accordPlan(plan.id))).to.equal('forbidden');
    expect(await code(as(verhoeven).accordPlan(plan.id))).to.equal('ok');
    const strict = await world([]);
    expect(await code(strict.as(verhoeven).closePlan(strict.plan.id, { reason: 'Verhuisd.' }))).to.equal('forbidden');
    expect(await code(strict.as(sanne).closePlan(strict.plan.id, { reason: 'Verhuisd.' }))).to.equal('ok');
  });

  it('gives a REST client or server the same rule as pure functions of user, plan and manager roles', async () => {
    const { as, plan } = await world(['gp', 'practice-nurse']);
    for (const user of [sanne, verhoeven, lotte, ruud, fatma]) {
      const izp = createIzp({ adapter: new MemoryAdapter(), user, managerRoles: ['gp', 'practice-nurse'] });
      expect(allowedActions(user, plan, ['gp', 'practice-nurse']), user.id).to.deep.equal(izp.allowedActions(plan));
      for (const action of izpActions) expect(can(user, action, plan, ['gp', 'practice-nurse']), `${user.id} ${action}`).to.equal(as(user).can(action, plan));
    }
    expect(can(lotte, 'plan.close', plan), 'managerRoles default to the GP').to.equal(false);
  });
});
