// izp-sdk/fhir in Node, with the two validators of the issue: every resource of every example plan and
// of generated plans is valid R4 (Medplum against the StructureDefinitions, the `fhir` package against
// the required value sets), and the round trip gives back exactly what went in.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadTs } from './load.mjs';
import { validationErrors } from './validators.mjs';

const m = await loadTs('test/fhir/entry-examples.ts');
const { fc } = m;
const json = (v) => JSON.stringify(m.canonical(v));
const bundleErrors = (bundle) => [...bundle.entry.flatMap((e) => validationErrors(e.resource)), ...validationErrors(bundle)];

describe('izp-sdk/fhir: the example plans', async () => {
  const { snapshots, histories } = await m.examples('2026-11-30');

  it('has every example plan to check', () => assert.deepEqual(Object.keys(snapshots).sort(), ['bosman', 'elAmrani', 'jansen', 'visser', 'yildiz']));

  for (const [key, snapshot] of Object.entries(snapshots)) {
    for (const type of ['transaction', 'collection']) {
      it(`${key}: the ${type} Bundle has zero errors from both validators`, () => {
        const bundle = m.toFhirBundle(snapshot, { type, history: histories[key], timestamp: '2026-11-30T10:00:00.000Z' });
        assert.equal(bundle.type, type);
        assert.ok(bundle.entry.some((e) => e.resource.resourceType === 'Provenance'), 'the history is in it');
        assert.deepEqual(bundleErrors(bundle), []);
      });
    }
    it(`${key}: comes back whole, history included, with nothing to report`, () => {
      const bundle = JSON.parse(JSON.stringify(m.toFhirBundle(snapshot, { history: histories[key] })));
      const back = m.fromFhirBundle(bundle);
      assert.equal(json(back.snapshot), json(snapshot));
      assert.equal(json(back.history), json(histories[key]));
      assert.deepEqual(back.report, { unmapped: [], filledIn: [] });
    });
  }

  it('maps the case manager to SNOMED 768832004 in the CareTeam and agreements to Tasks on the CarePlan', () => {
    const bundle = m.toFhirBundle(snapshots.yildiz);
    const team = bundle.entry.find((e) => e.resource.resourceType === 'CareTeam').resource;
    assert.equal(team.participant[0].role[0].coding[0].code, '768832004');
    assert.equal(team.participant[0].member.display, 'Sanne de Wit');
    const plan = bundle.entry.find((e) => e.resource.resourceType === 'CarePlan').resource;
    assert.equal(plan.intent, 'plan');
    assert.equal(plan.activity.length, snapshots.yildiz.agreements.length);
    assert.ok(plan.activity.every((a) => a.reference.reference.startsWith('Task/')));
    assert.equal(bundle.entry[0].request.method, 'PUT');
  });
});

describe('izp-sdk/fhir: the validators are real', () => {
  it('report a status outside the required value set and a missing subject', () => {
    const carePlan = { resourceType: 'CarePlan', id: 'x', status: 'open', intent: 'plan', subject: { display: 'Mw. F. Yıldız' } };
    assert.ok(validationErrors(carePlan).some((e) => e.startsWith('fhir')), 'the fhir package rejects "open"');
    const goal = { resourceType: 'Goal', id: 'g', lifecycleStatus: 'active', description: { text: 'Lopen' } };
    assert.ok(validationErrors(goal).some((e) => e.startsWith('medplum')), 'Medplum requires Goal.subject');
  });
});

describe('izp-sdk/fhir: generated plans (fast-check)', () => {
  it('the arbitraries make every field of every record (a field added to the model fails here until mapped)', () => {
    const seen = {};
    const add = (name, records) => {
      seen[name] ??= new Set();
      for (const r of records) for (const k of Object.keys(r)) seen[name].add(k);
    };
    for (const [s, history] of fc.sample(m.snapshotArb.filter(m.distinctIds).chain((x) => fc.tuple(fc.constant(x), m.historyArb(x))), { numRuns: 300, seed: 7 })) {
      add('plan', [s.plan]); add('goal', s.goals); add('agreement', s.agreements); add('evaluation', s.evaluations);
      add('profile', s.profile ? [s.profile] : []); add('measurement', s.measurements); add('diary', s.diary); add('audit', history);
      add('target', s.goals.flatMap((g) => g.targets)); add('performer', s.agreements.map((a) => a.performer));
      add('careTeam', s.plan.careTeam); add('decision', (s.profile?.decisions ?? []));
    }
    const made = Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, [...v].sort()]));
    assert.deepEqual(made, m.schemaKeys());
  });


  it('every generated plan exports valid and comes back unchanged', () => {
    let runs = 0;
    fc.assert(fc.property(m.snapshotArb.filter(m.distinctIds).chain((s) => fc.tuple(fc.constant(s), m.historyArb(s))), ([snapshot, history]) => {
      runs++;
      const bundle = m.toFhirBundle(snapshot, { history, type: runs % 2 ? 'transaction' : 'collection' });
      assert.deepEqual(bundleErrors(bundle), []);
      const back = m.fromFhirBundle(JSON.parse(JSON.stringify(bundle)));
      assert.equal(json(back.snapshot), json(snapshot));
      assert.equal(json(back.history), json(history));
      assert.deepEqual(back.report, { unmapped: [], filledIn: [] });
    }), { numRuns: 150 });
    assert.equal(runs, 150);
  });
});
