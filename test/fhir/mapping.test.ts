// The FHIR mapping in the browser (the validators run in Node: test/fhir/mapping.test.mjs): example and
// generated plans round-trip, an invalid Bundle is refused naming entry and field, and a Bundle from
// another system comes in with a report of what was left out and filled in.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MemoryAdapter } from '../../src/core/index.js';
import { FhirBundleError, fromFhirBundle, toFhirBundle } from '../../src/fhir/index.js';
import { seedExamplePlans } from '../../stories/fixtures/example-plans.js';
import { distinctIds, historyArb, snapshotArb } from './arbitraries.js';
import { foreignBundle } from '../../stories/fixtures/foreign-bundle.js';

const canonical = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(canonical)
    : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]))
      : value;
const json = (v: unknown) => JSON.stringify(canonical(v));
const refused = (bundle: unknown) => {
  try {
    fromFhirBundle(bundle);
  } catch (error) {
    return error as FhirBundleError;
  }
  throw new Error('expected the Bundle to be refused');
};

describe('izp-sdk/fhir in the browser', () => {
  it('round-trips every example plan and its history through JSON', async () => {
    const adapter = new MemoryAdapter();
    const ids = await seedExamplePlans(adapter, '2026-11-30');
    for (const id of Object.values(ids)) {
      const snapshot = (await adapter.loadPlan(id))!;
      const history = await adapter.history(id);
      const back = fromFhirBundle(JSON.parse(JSON.stringify(toFhirBundle(snapshot, { history, type: 'collection' }))));
      expect(json(back.snapshot)).to.equal(json(snapshot));
      expect(json(back.history)).to.equal(json(history));
      expect(back.report.unmapped).to.deep.equal([]);
    }
  });

  it('round-trips generated plans losslessly', () => {
    fc.assert(fc.property(snapshotArb.filter(distinctIds).chain((s) => fc.tuple(fc.constant(s), historyArb(s))), ([snapshot, history]) => {
      const back = fromFhirBundle(JSON.parse(JSON.stringify(toFhirBundle(snapshot, { history }))));
      expect(json(back.snapshot)).to.equal(json(snapshot));
      expect(json(back.history)).to.equal(json(history));
    }), { numRuns: 60 });
  });

  it('refuses what is not a Bundle of one plan', () => {
    expect(refused({ resourceType: 'Patient' }).fields).to.deep.equal(['resourceType']);
    expect(refused({ resourceType: 'Bundle', type: 'message', entry: [] }).fields).to.deep.equal(['Bundle.type']);
    expect(refused({ resourceType: 'Bundle', type: 'collection', entry: [] }).fields).to.deep.equal(['Bundle.entry.CarePlan']);
    expect(refused({ resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl: 'x' }] }).entry).to.equal(0);
  });

  it('names the entry, the resource and the field of an invalid resource', async () => {
    const adapter = new MemoryAdapter();
    const ids = await seedExamplePlans(adapter, '2026-11-30');
    const bundle = toFhirBundle((await adapter.loadPlan(ids.yildiz as string))!);
    const index = bundle.entry!.findIndex((e) => e.resource?.resourceType === 'Goal');
    const goal = bundle.entry![index]!.resource!;
    goal.lifecycleStatus = 'bogus';
    delete goal.description;
    const error = refused(bundle);
    expect(error).to.be.instanceOf(FhirBundleError);
    expect(error.code).to.equal('validation');
    expect(error.entry).to.equal(index);
    expect(error.resource).to.equal(`Goal/${goal.id}`);
    expect(error.fields).to.include(`Bundle.entry[${index}](Goal/${goal.id}).status`);
    expect(error.fields).to.include(`Bundle.entry[${index}](Goal/${goal.id}).description`);
    expect(error.localized('nl')).to.contain(`Bundle.entry[${index}], Goal/${goal.id}`);
  });

  it('imports a plan from another system, reporting what it left out and what it filled in', () => {
    const { snapshot, report } = fromFhirBundle(foreignBundle(), { now: '2026-11-30T10:00:00.000Z', importedBy: { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' } });
    expect(snapshot.plan.patientId).to.equal('pat-bosman');
    expect(snapshot.plan.status).to.equal('active');
    expect(snapshot.goals.map((g) => g.description)).to.deep.equal(['Deze zomer met mijn kleinzoon naar het strand kunnen lopen.']);
    expect(snapshot.goals[0]!.domain).to.equal('somatic');
    expect(snapshot.agreements[0]!.status).to.equal('in-progress');
    expect(snapshot.agreements[0]!.performer).to.deep.equal({ kind: 'provider', name: 'Ruud Smit' });
    expect(snapshot.plan.created).to.deep.equal({ at: '2026-11-30T10:00:00.000Z', by: { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' } });
    const unmapped = report.unmapped.map((n) => `${n.resource}${n.field ? ` ${n.field}` : ''}`);
    expect(unmapped).to.include('Patient/p1');
    expect(unmapped).to.include('Condition/c1');
    expect(unmapped).to.include('Goal/g1 addresses');
    expect(report.filledIn.some((n) => n.resource === 'Goal/g1' && n.field === 'category')).to.equal(true);
    expect(report.filledIn.some((n) => n.resource === 'CarePlan/cp1' && n.field === 'extension')).to.equal(true);
  });
});
