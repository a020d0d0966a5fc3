// The core's functions that only on-demand elements use load as one chunk the first time one is called
// (src/core/on-demand.ts). Their behaviour is the Izp conformance suite's; this is about the loading.
import { expect } from '@open-wc/testing';
import { MemoryAdapter, createIzp, DEFAULT_MANAGER_ROLES, type Izp } from '../../src/core/index.js';
import * as chunk from '../../src/core/commands/on-demand.js';
import type { Context } from '../../src/core/context.js';
import { onDemand } from '../../src/core/on-demand.js';

const sanne = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' } as const;
const now = () => new Date('2026-11-23T10:00:00');

function contextOver(adapter: MemoryAdapter): Context {
  let n = 0;
  return { adapter, user: sanne, now, newId: () => `id-${++n}`, managerRoles: DEFAULT_MANAGER_ROLES };
}

async function planWithGoal(izp: Izp) {
  const plan = await izp.createPlan({ patientId: 'pat-yildiz', start: '2026-08-23', nextEvaluationDate: '2026-11-23' });
  await izp.addGoal(plan.id, { description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic', start: '2026-08-23' });
  return plan;
}

describe('core: functions loaded on demand', () => {
  it('puts a forwarder on the core for every function of the chunk, and no other', () => {
    const adapter = new MemoryAdapter();
    const forwarders = onDemand(contextOver(adapter));
    const real = chunk.onDemandCommands(contextOver(adapter));
    expect(Object.keys(forwarders).sort()).to.deep.equal(Object.keys(real).sort());
    const izp = createIzp({ adapter, user: sanne, now });
    for (const name of Object.keys(real)) expect(izp[name as keyof Izp], name).to.be.a('function');
  });

  it('loads the chunk once, on the first call, however many calls wait for it', async () => {
    const adapter = new MemoryAdapter();
    let loads = 0;
    const ctx = contextOver(adapter);
    const commands = onDemand(ctx, () => {
      loads++;
      return Promise.resolve(chunk);
    });
    expect(loads).to.equal(0);
    const plan = await planWithGoal(createIzp({ adapter, user: sanne, now }));
    const [profile, printout] = await Promise.all([
      commands.updateProfile(plan.id, { complaints: 'Moe na het traplopen.' }),
      commands.getPrintOverview(plan.id),
    ]);
    await commands.addMeasurement(plan.id, { measure: 'Gewicht', value: 92, unit: 'kg', date: '2026-11-20' });
    expect(loads).to.equal(1);
    expect(profile.complaints).to.equal('Moe na het traplopen.');
    expect(printout.goals.map((g) => g.description)).to.deep.equal(['In drie maanden vijf kilo afvallen.']);
    const printed = (await adapter.history(plan.id)).filter((r) => r.action === 'plan.print');
    expect(printed, 'the print is audited').to.have.length(1);
  });

  it('validates and refuses as before: typed errors from the chunk, nothing stored', async () => {
    const adapter = new MemoryAdapter();
    const izp = createIzp({ adapter, user: sanne, now });
    const plan = await planWithGoal(izp);
    const error = await izp.addDiaryEntry(plan.id, { text: '' }).catch((e: unknown) => e);
    expect((error as { code: string }).code).to.equal('validation');
    const patient = createIzp({ adapter, user: { id: 'pat-other', name: 'Iemand anders', role: 'patient' }, now });
    const refused = await patient.grantAccess(plan.id, { actor: { id: 'x', name: 'X', role: 'gp' }, permission: 'read' }).catch((e: unknown) => e);
    expect((refused as { code: string }).code).to.equal('forbidden');
    expect((await adapter.loadPlan(plan.id))!.diary).to.deep.equal([]);
  });

  it('rejects with a StorageError when the chunk cannot be fetched, stores nothing, and tries again on the next call', async () => {
    const adapter = new MemoryAdapter();
    const plan = await planWithGoal(createIzp({ adapter, user: sanne, now }));
    let attempts = 0;
    const commands = onDemand(contextOver(adapter), () => {
      attempts++;
      return attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve(chunk);
    });
    const error = await commands.updateProfile(plan.id, { complaints: 'Moe.' }).catch((e: unknown) => e);
    expect((error as { name: string; code: string }).name).to.equal('StorageError');
    expect((error as { code: string }).code).to.equal('unavailable');
    expect((await adapter.loadPlan(plan.id))!.profile).to.equal(null);
    expect((await commands.updateProfile(plan.id, { complaints: 'Moe.' })).complaints).to.equal('Moe.');
    expect(attempts).to.equal(2);
  });
});
