/**
 * Storage faults at every step of every public function of the core: the adapter fails, or hangs until the
 * caller aborts, at its first, second, ... call (a view's log entry, written on the side, is not a step). Every time: the function rejects with a typed error (or
 * the caller's abort), nothing half-done is stored, and trying again works. Prints its figures.
 */
import { expect } from '@open-wc/testing';
import { isIzpError, MemoryAdapter } from '../../src/core/index.js';
import { FaultyAdapter, dump } from './faulty-adapter.js';
import { buildPlan, fatma, izpFor, sanne, scenarios, type Built, type Scenario } from './scenarios.js';

const PATIENTS = [fatma.id, 'pat-bosman'];

async function prepare(s: Scenario): Promise<{ adapter: FaultyAdapter; built: Built; before: string }> {
  const base = new MemoryAdapter();
  const built = s.setup ? await s.setup(base) : await buildPlan(base);
  return { adapter: new FaultyAdapter(base), built, before: await dump(base, PATIENTS) };
}

/** How many adapter calls the function makes when nothing goes wrong. */
async function stepsOf(s: Scenario): Promise<number> {
  const { adapter, built } = await prepare(s);
  await s.act(izpFor(adapter, s.user ?? sanne), built, {});
  return adapter.calls;
}

const figures = { functions: 0, faults: 0, hangs: 0 };

describe('hardening: storage faults at every step of every function', () => {
  after(() => {
    console.log(`# faults: ${figures.functions} functions, ${figures.faults} failing calls, ${figures.hangs} hanging calls aborted`);
  });

  for (const s of scenarios) {
    it(`${s.name}: a failing call at any step stores nothing half-done, and a retry works`, async () => {
      const steps = await stepsOf(s);
      expect(steps).to.be.greaterThan(0);
      figures.functions++;
      for (let at = 1; at <= steps; at++) {
        const { adapter, built, before } = await prepare(s);
        adapter.fault = { at, mode: 'throw' };
        const izp = izpFor(adapter, s.user ?? sanne);
        const error = await s.act(izp, built, {}).then(() => null, (e: unknown) => e);
        expect(isIzpError(error), `step ${at}: ${String(error)}`).to.equal(true);
        expect((error as { code: string }).code, `step ${at}`).to.equal('unavailable');
        expect(await dump(adapter.base, PATIENTS), `step ${at}: the stored plan is intact`).to.equal(before);
        adapter.fault = null;
        await s.act(izp, built, {});
        figures.faults++;
      }
    });

    it(`${s.name}: a hanging call at any step ends when the caller aborts, storing nothing`, async () => {
      const steps = await stepsOf(s);
      for (let at = 1; at <= steps; at++) {
        const { adapter, built, before } = await prepare(s);
        adapter.fault = { at, mode: 'hang' };
        const controller = new AbortController();
        const settled = s.act(izpFor(adapter, s.user ?? sanne), built, { signal: controller.signal }).then(() => null, (e: unknown) => e);
        await adapter.hanging;
        controller.abort();
        const error = (await settled) as { name?: string } | null;
        expect(error?.name, `step ${at}`).to.equal('AbortError');
        expect(await dump(adapter.base, PATIENTS), `step ${at}: the stored plan is intact`).to.equal(before);
        figures.hangs++;
      }
    });
  }
});

/** The adds, as a form would send them: the same idempotency key for every try of one submission. */
const adds = scenarios.filter((s) => ['createPlan', 'addGoal', 'addAgreement', 'evaluate', 'addMeasurement', 'addDiaryEntry'].includes(s.name));

describe('hardening: an add whose answer was lost, tried again', () => {
  for (const s of adds) {
    it(`${s.name}: stored once, whichever step lost the answer, when the retry carries the same key`, async () => {
      const steps = await stepsOf(s);
      for (let at = 1; at <= steps; at++) {
        const { adapter, built } = await prepare(s);
        adapter.fault = { at, mode: 'lost-reply' };
        const izp = izpFor(adapter, s.user ?? sanne);
        const key = `submission-${s.name}-${at}`;
        const first = await s.act(izp, built, { idempotencyKey: key }).then((r) => r, () => null);
        adapter.fault = null;
        const before = await dump(adapter.base, PATIENTS);
        const again = await s.act(izp, built, { idempotencyKey: key });
        if (first) expect(again, `step ${at}: the retry answers what the first try stored`).to.deep.equal(first);
        const after = await dump(adapter.base, PATIENTS);
        // The first try was stored (its answer lost) or not at all: either way one record, never two.
        const stored = (after.match(new RegExp(`"id":"${key}"`, 'g')) ?? []).length;
        expect(stored, `step ${at}: records with the submission's key`).to.be.at.least(1);
        if (before.includes(`"id":"${key}"`)) expect(after, `step ${at}: the retry stored nothing new`).to.equal(before);
      }
    });
  }

  it('a key already used by someone else, or for another plan, is refused by name', async () => {
    const base = new MemoryAdapter();
    const built = await buildPlan(base);
    await izpFor(base, sanne).addGoal(built.planId, { description: 'Stoppen met roken.', domain: 'somatic' }, { idempotencyKey: 'submission-1' });
    const error = await izpFor(base, fatma).addGoal(built.planId, { description: 'Iets anders.', domain: 'social' }, { idempotencyKey: 'submission-1' })
      .then(() => null, (e: { code?: string; fields?: string[] }) => e);
    expect(error?.code).to.equal('validation');
    expect(error?.fields).to.deep.equal(['idempotencyKey']);
  });
});
