/**
 * Input no person types is refused, naming the field, and stores nothing: objects that are not plain
 * data, text that is empty to the eye or holds control, broken or direction-reversing characters, dates
 * no care plan has. Text is stored normalised (NFC) and trimmed.
 */
import type { Izp } from '../../core/api.js';
import { expect } from '../expect.js';
import { buildFatmaPlan, rejection, type FatmaPlan, type MakeWorld } from './fixtures.js';
import { describe, it } from '../runner.js';

type Issue = { path: string; code: string };
const issues = async (p: Promise<unknown>) => (await rejection<{ code: string; issues: Issue[] }>(p)).issues.map((i) => `${i.path}:${i.code}`);

export function describeInput(world: MakeWorld): void {
  describe('input no person types', () => {
    const cases: [string, (izp: Izp, f: FatmaPlan) => Promise<unknown>, string[]][] = [
      ['a Set as the accord input', (izp, f) => izp.accordPlan(f.plan.id, new Set([f.goals.smoking.id]) as never), [':not_plain']],
      ['a Date as plan changes', (izp, f) => izp.updatePlan(f.plan.id, new Date() as never), [':not_plain']],
      ['a Map inside a goal', (izp, f) => izp.addGoal(f.plan.id, { description: 'Afvallen.', domain: 'somatic', targets: [new Map() as never] }), ['targets.0:not_plain']],
      ['a Promise as options', (izp, f) => izp.closeGoal(f.plan.id, f.goals.weight.id, { outcome: 'achieved' }, Promise.resolve() as never), [':not_plain']],
      ['only zero-width spaces', (izp, f) => izp.addGoal(f.plan.id, { description: '\u200B\u200B \u2060', domain: 'somatic' }), ['description:required']],
      ['a NUL character', (izp, f) => izp.addGoal(f.plan.id, { description: 'Afvallen\u0000', domain: 'somatic' }), ['description:unreadable_text']],
      ['an escape sequence in a name', (izp, f) => izp.updatePlan(f.plan.id, { patientName: 'Mw. \u001B[31mYıldız' }), ['patientName:unreadable_text']],
      ['a line break in a name', (izp, f) => izp.updatePlan(f.plan.id, { title: 'Diabetes\nen leefstijl' }), ['title:unreadable_text']],
      ['a lone surrogate', (izp, f) => izp.addAgreement(f.plan.id, f.goals.weight.id, { description: 'Wandelen \uD800', performer: { kind: 'patient' } }), ['description:unreadable_text']],
      ['a bidi override', (izp, f) => izp.addAgreement(f.plan.id, f.goals.weight.id, { description: 'Wandelen', performer: { kind: 'provider', name: 'Lotte \u202EnamreK' } }), ['performer.name:unreadable_text']],
      ['year 0', (izp, f) => izp.addGoal(f.plan.id, { description: 'Afvallen.', domain: 'somatic', start: '0000-01-01' }), ['start:date_range']],
      ['year 9999', (izp, f) => izp.addAgreement(f.plan.id, f.goals.weight.id, { description: 'Wandelen.', performer: { kind: 'patient' }, evaluationDate: '9999-12-31' }), ['evaluationDate:date_range']],
    ];
    for (const [name, call, expected] of cases) {
      it(`refuses ${name}, naming the field, and stores nothing`, async () => {
        const w = world();
        const f = await buildFatmaPlan(w.sanne, w.clock, { accord: false });
        const before = await w.sanne.getPlan(f.plan.id);
        const history = await w.sanne.history(f.plan.id);
        expect(await issues(call(w.sanne, f))).to.deep.equal(expected);
        expect(await w.sanne.getPlan(f.plan.id)).to.deep.equal(before);
        expect(await w.sanne.history(f.plan.id)).to.deep.equal(history);
      });
    }

    it('stores text normalised (NFC) and trimmed, and keeps line breaks in longer text', async () => {
      const w = world();
      const f = await buildFatmaPlan(w.sanne, w.clock);
      const goal = await w.sanne.addGoal(f.plan.id, { description: '  Weer naar het cafe\u0301.\nElke week.  ', domain: 'social' });
      expect(goal.description).to.equal('Weer naar het café.\nElke week.');
      expect(goal.description.length).to.equal('Weer naar het café.\nElke week.'.normalize('NFC').length);
    });
  });
}
