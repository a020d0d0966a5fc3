/**
 * Every public function rejects bad input with a ValidationError naming the failing fields, in Dutch and
 * English, before anything is stored.
 */
import { expect } from '@open-wc/testing';
import { MemoryAdapter, ValidationError, createIzp, type Izp, type StorageAdapter } from '../../src/core/index.js';
import { FATMA, JAN, buildFatmaPlan, rejection, sanne, thrown, world, type FatmaPlan } from './fixtures.js';

type Case = [name: string, call: (izp: Izp, f: FatmaPlan) => Promise<unknown>, fields: string[]];

const bad = (v: unknown) => v as never;
const long = (n: number) => 'x'.repeat(n);

const cases: Case[] = [
  ['createPlan without patientId', (izp) => izp.createPlan(bad({})), ['patientId']],
  ['createPlan with a blank patientId', (izp) => izp.createPlan({ patientId: '   ' }), ['patientId']],
  ['createPlan with an impossible start', (izp) => izp.createPlan({ patientId: JAN, start: '2026-13-01' }), ['start']],
  ['createPlan with a Dutch-style date', (izp) => izp.createPlan({ patientId: JAN, nextEvaluationDate: '16-03-2026' }), ['nextEvaluationDate']],
  ['createPlan with a bad care-team member', (izp) => izp.createPlan({ patientId: JAN, careTeam: [bad({ name: '', role: 'doctor' })] }), ['careTeam.0.name', 'careTeam.0.role']],
  ['createPlan with a case manager without name', (izp) => izp.createPlan({ patientId: JAN, caseManager: bad({ role: 'gp' }) }), ['caseManager.name']],
  ['createPlan with too many conditions', (izp) => izp.createPlan({ patientId: JAN, conditions: Array.from({ length: 51 }, () => 'COPD') }), ['conditions']],
  ['updatePlan with an empty title', (izp, f) => izp.updatePlan(f.plan.id, { title: ' ' }), ['title']],
  ['updatePlan with a negative version', (izp, f) => izp.updatePlan(f.plan.id, {}, { expectedVersion: -1 }), ['expectedVersion']],
  ['updatePlan with a fractional version', (izp, f) => izp.updatePlan(f.plan.id, {}, { expectedVersion: 1.5 }), ['expectedVersion']],
  ['updatePlan with a blank planId', (izp) => izp.updatePlan('', { title: 'x' }), ['planId']],
  ['accordPlan with a blank goal id', (izp, f) => izp.accordPlan(f.plan.id, { goalIds: [''] }), ['goalIds.0']],
  ['closePlan without reason', (izp, f) => izp.closePlan(f.plan.id, bad({})), ['reason']],
  ['closePlan with an unknown status', (izp, f) => izp.closePlan(f.plan.id, bad({ reason: 'Klaar', status: 'paused' })), ['status']],
  ['closePlan with a bad end', (izp, f) => izp.closePlan(f.plan.id, { reason: 'Klaar', end: 'gisteren' }), ['end']],
  ['addGoal with an empty description and unknown domain', (izp, f) => izp.addGoal(f.plan.id, bad({ description: '', domain: 'medical' })), ['description', 'domain']],
  ['addGoal with a too long description', (izp, f) => izp.addGoal(f.plan.id, { description: long(2001), domain: 'somatic' }), ['description']],
  ['addGoal with a bad target due date', (izp, f) => izp.addGoal(f.plan.id, { description: 'Afvallen', domain: 'somatic', targets: [{ measure: 'Gewicht', due: '2026-6-1' }] }), ['targets.0.due']],
  ['addGoal with an infinite target value', (izp, f) => izp.addGoal(f.plan.id, { description: 'Afvallen', domain: 'somatic', targets: [{ measure: 'Gewicht', value: Infinity }] }), ['targets.0.value']],
  ['addGoal with an unknown priority', (izp, f) => izp.addGoal(f.plan.id, bad({ description: 'Afvallen', domain: 'somatic', priority: 'urgent' })), ['priority']],
  ['updateGoal with a blank goalId', (izp, f) => izp.updateGoal(f.plan.id, ' ', { note: 'x' }), ['goalId']],
  ['updateGoal with an unknown domain', (izp, f) => izp.updateGoal(f.plan.id, f.goals.weight.id, bad({ domain: 'medical' })), ['domain']],
  ['closeGoal with an unknown outcome', (izp, f) => izp.closeGoal(f.plan.id, f.goals.weight.id, bad({ outcome: 'done' })), ['outcome']],
  ['closeGoal with an empty note', (izp, f) => izp.closeGoal(f.plan.id, f.goals.weight.id, { outcome: 'achieved', note: '' }), ['note']],
  ['addAgreement without performer', (izp, f) => izp.addAgreement(f.plan.id, f.goals.weight.id, bad({ description: 'Wandelen' })), ['performer']],
  ['addAgreement with an unknown performer kind', (izp, f) => izp.addAgreement(f.plan.id, f.goals.weight.id, bad({ description: 'Wandelen', performer: { kind: 'neighbour' } })), ['performer.kind']],
  ['addAgreement with a too long frequency', (izp, f) => izp.addAgreement(f.plan.id, f.goals.weight.id, { description: 'Wandelen', performer: { kind: 'patient' }, frequency: long(201) }), ['frequency']],
  ['addAgreement with a blank goalId', (izp, f) => izp.addAgreement(f.plan.id, '', { description: 'Wandelen', performer: { kind: 'patient' } }), ['goalId']],
  ['updateAgreement to a closing status', (izp, f) => izp.updateAgreement(f.plan.id, f.agreements.walk.id, bad({ status: 'completed' })), ['status']],
  ['updateAgreement with a blank agreementId', (izp, f) => izp.updateAgreement(f.plan.id, '', { frequency: 'x' }), ['agreementId']],
  ['updateAgreement with a bad evaluation date', (izp, f) => izp.updateAgreement(f.plan.id, f.agreements.walk.id, { evaluationDate: '2026-02-30' }), ['evaluationDate']],
  ['closeAgreement with a goal outcome', (izp, f) => izp.closeAgreement(f.plan.id, f.agreements.walk.id, bad({ outcome: 'achieved' })), ['outcome']],
  ['closeAgreement with an empty reason option', (izp, f) => izp.closeAgreement(f.plan.id, f.agreements.walk.id, { outcome: 'completed' }, { reason: '' }), ['reason']],
  ['getPrintOverview with a bad date', (izp, f) => izp.getPrintOverview(f.plan.id, { date: 'morgen' }), ['date']],
  ['getPrintOverview with a non-boolean includeClosed', (izp, f) => izp.getPrintOverview(f.plan.id, bad({ includeClosed: 'ja' })), ['includeClosed']],
  ['getOverview with a blank planId', (izp) => izp.getOverview(''), ['planId']],
  ['getPlan with a non-string planId', (izp) => izp.getPlan(bad(42)), ['planId']],
  ['history with a blank planId', (izp) => izp.history(' '), ['planId']],
  ['getPlanForPatient with a blank patientId', (izp) => izp.getPlanForPatient(''), ['patientId']],
  ['listPlans with a too long patientId', (izp) => izp.listPlans(long(129)), ['patientId']],
];

describe('core: validation', () => {
  for (const [name, call, fields] of cases) {
    it(`rejects ${name}, naming ${fields.join(', ')}, and stores nothing`, async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const snap = await w.sanne.getPlan(f.plan.id);
      const history = await w.sanne.history(f.plan.id);
      const error = await rejection<ValidationError>(call(w.sanne, f));
      expect(error).to.be.instanceOf(ValidationError);
      expect(error.code).to.equal('validation');
      expect(error.fields).to.deep.equal(fields);
      for (const issue of error.issues) {
        expect(issue.messages.nl, 'nl').to.be.a('string').and.not.equal('');
        expect(issue.messages.en, 'en').to.be.a('string').and.not.equal('');
        expect(issue.messages.nl).not.to.equal(issue.messages.en);
      }
      expect(error.localized('nl')).to.match(/is niet geldig: /);
      expect(error.localized('en')).to.match(/is not valid: /);
      expect(error.message).to.equal(error.messages.en);
      expect(await w.sanne.getPlan(f.plan.id)).to.deep.equal(snap);
      expect(await w.sanne.history(f.plan.id)).to.deep.equal(history);
      expect((await w.sanne.listPlans(FATMA)).length).to.equal(1);
      expect(await w.sanne.listPlans(JAN)).to.deep.equal([]);
    });
  }

  it('names the field in plain words in both languages', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const error = await rejection<ValidationError>(w.sanne.addGoal(f.plan.id, { description: ' ', domain: 'somatic' }));
    expect(error.issues).to.deep.equal([{ path: 'description', code: 'required', messages: { nl: 'Omschrijving is verplicht', en: 'Description is required' } }]);
    expect(error.localized('nl')).to.equal('Het doel is niet geldig: Omschrijving is verplicht');
  });

  // A regression case: validate.ts once treated every invalid_type issue with `issue.input === undefined` as
  // "is required", but zod only reports the input when parsing with `reportInput: true`, so a value of
  // the wrong type (a number for a text) is always called missing.
  it('tells a wrong type from a missing value', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const error = await rejection<ValidationError>(w.sanne.addGoal(f.plan.id, bad({ description: 42, domain: 'somatic' })));
    expect(error.fields).to.deep.equal(['description']);
    expect(error.issues[0]!.messages.en).not.to.contain('required');
    expect(error.issues[0]!.messages.nl).not.to.contain('verplicht');
  });

  it('trims text before storing it', async () => {
    const w = world();
    const f = await buildFatmaPlan(w.sanne, w.clock);
    const goal = await w.sanne.addGoal(f.plan.id, { description: '  Stoppen met roken.\n', domain: 'somatic' });
    expect(goal.description).to.equal('Stoppen met roken.');
  });

  describe('unknown keys', () => {
    const unknown: [string, (izp: Izp, f: FatmaPlan) => Promise<unknown>, string, string][] = [
      ['createPlan', (izp) => izp.createPlan(bad({ patientId: JAN, patientNaam: 'Jan' })), '', 'patientNaam'],
      ['addGoal', (izp, f) => izp.addGoal(f.plan.id, bad({ description: 'Afvallen', domain: 'somatic', dueDate: '2026-06-01' })), '', 'dueDate'],
      ['a target', (izp, f) => izp.addGoal(f.plan.id, bad({ description: 'Afvallen', domain: 'somatic', targets: [{ measure: 'Gewicht', dueDate: '2026-06-01' }] })), 'targets.0', 'dueDate'],
      ['updateAgreement', (izp, f) => izp.updateAgreement(f.plan.id, f.agreements.walk.id, bad({ frequentie: 'Elke week' })), '', 'frequentie'],
      ['a performer', (izp, f) => izp.addAgreement(f.plan.id, f.goals.weight.id, bad({ description: 'Wandelen', performer: { kind: 'patient', who: 'ik' } })), 'performer', 'who'],
      ['change options', (izp, f) => izp.updateGoal(f.plan.id, f.goals.weight.id, {}, bad({ expectedversion: 2 })), '', 'expectedversion'],
      ['print options', (izp, f) => izp.getPrintOverview(f.plan.id, bad({ closed: true })), '', 'closed'],
    ];
    for (const [name, call, path, key] of unknown) {
      it(`rejects an unknown key in ${name} and stores nothing`, async () => {
        const w = world();
        const f = await buildFatmaPlan(w.sanne, w.clock);
        const history = await w.sanne.history(f.plan.id);
        const error = await rejection<ValidationError>(call(w.sanne, f));
        expect(error).to.be.instanceOf(ValidationError);
        expect(error.issues.map((i) => [i.path, i.code])).to.deep.equal([[path, 'unrecognized_keys']]);
        expect(error.issues[0]!.messages.en).to.contain(`unknown field: ${key}`);
        expect(error.issues[0]!.messages.nl).to.contain(`onbekend veld: ${key}`);
        expect(await w.sanne.history(f.plan.id)).to.deep.equal(history);
        expect(await w.sanne.listPlans(JAN)).to.deep.equal([]);
      });
    }
  });

  describe('createIzp', () => {
    const adapter = new MemoryAdapter();
    const configs: [string, () => unknown, string[]][] = [
      ['a user without role', () => createIzp({ adapter, user: bad({ id: 'u1', name: 'Sanne de Wit' }) }), ['user.role']],
      ['a user with an unknown role', () => createIzp({ adapter, user: bad({ ...sanne, role: 'doctor' }) }), ['user.role']],
      ['a user with a blank id and name', () => createIzp({ adapter, user: { ...sanne, id: ' ', name: '' } }), ['user.id', 'user.name']],
      ['a user with an extra key', () => createIzp({ adapter, user: bad({ ...sanne, email: 'poh@delinde.example' }) }), ['user']],
      ['no user', () => createIzp(bad({ adapter })), ['user']],
      ['onBehalfOf without name', () => createIzp({ adapter, user: sanne, onBehalfOf: bad({ role: 'gp' }) }), ['onBehalfOf.name']],
      ['no adapter', () => createIzp(bad({ user: sanne })), ['adapter']],
      ['no config at all', () => createIzp(bad(undefined)), ['adapter']],
      ['an adapter without commit', () => createIzp({ adapter: bad({ get: async () => null, loadPlan: async () => null, history: async () => [] }), user: sanne }), ['adapter']],
      ['an adapter whose history is no function', () => {
        const partial = { ...methodsOf(new MemoryAdapter()), history: 'yes' };
        return createIzp({ adapter: bad(partial), user: sanne });
      }, ['adapter']],
    ];
    for (const [name, make, fields] of configs) {
      it(`throws a ValidationError for ${name}`, () => {
        const error = thrown<ValidationError>(make);
        expect(error).to.be.instanceOf(ValidationError);
        expect(error.fields).to.deep.equal(fields);
        expect(error.localized('nl')).to.match(/^De configuratie is niet geldig: /);
      });
    }

    it('accepts a complete adapter and user', () => {
      const izp = createIzp({ adapter, user: { ...sanne, name: '  Sanne de Wit ' } });
      expect(izp.user).to.deep.equal(sanne);
    });
  });
});

/** The four methods of an adapter as own properties, so that one can be replaced in a plain object. */
function methodsOf(a: MemoryAdapter): StorageAdapter {
  return { get: a.get.bind(a), loadPlan: a.loadPlan.bind(a), commit: a.commit.bind(a), history: a.history.bind(a) };
}
