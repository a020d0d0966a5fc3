/** The generic modules of the Plan van eisen: profile sections, links, the team's note, diary, measurements. */
import type { User } from '../../core/model.js';
import { expect } from '../expect.js';
import { describe, it } from '../runner.js';
import type { MakeWorld } from './fixtures.js';

const sanne: User = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' };
const mohamed: User = { id: 'pat-elamrani', name: 'Mohamed El Amrani', role: 'patient' };
const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code: string; fields?: string[] }) => (e.fields ? `${e.code}:${e.fields.join(',')}` : e.code));

export function describeModules(world: MakeWorld): void {
  describe('the generic modules of the Plan van eisen', () => {
    /** Dhr. M. El Amrani's plan on Monday 23 November 2026. */
    async function plan() {
      const w = world();
      w.clock.advanceDays(266); // from 2 March to 23 November 2026
      const izp = w.as(sanne);
      const p = await izp.createPlan({ patientId: mohamed.id, patientName: 'Dhr. M. El Amrani' });
      return { izp, patient: w.as(mohamed), plan: p };
    }

    it('fills in sections one at a time, keeps the others, clears with null, and keeps every version', async () => {
      const { izp, plan: p } = await plan();
      const first = await izp.updateProfile(p.id, { complaints: 'Moe, slaapt slecht.', readiness: 'considering', inventory: { psychological: 'Somber sinds de winter.' } });
      expect(first.version).to.equal(1);
      const second = await izp.updateProfile(p.id, {
        motivation: 'Wil weer naar de moskee.',
        decisions: [{ question: 'Hoe pakken we de somberheid aan?', options: ['Gesprekken bij de POH-GGZ', 'Medicijnen', 'Eerst afwachten'], chosen: 'Gesprekken bij de POH-GGZ', why: 'Liever eerst praten.' }],
        links: [{ title: 'Wandelgroep in de wijk (sociale kaart)', url: 'https://example.org/sociale-kaart/wandelgroep' }],
        inventory: { psychological: null, social: 'Zoon Yusuf helpt.' },
      }, { expectedVersion: 1 });
      expect(second).to.deep.include({ version: 2, complaints: 'Moe, slaapt slecht.', readiness: 'considering', motivation: 'Wil weer naar de moskee.' });
      expect(second.inventory).to.deep.equal({ social: 'Zoon Yusuf helpt.' });
      expect(second.decisions[0]!.id).to.be.a('string');
      const third = await izp.updateProfile(p.id, { complaints: null }, { expectedVersion: 2 });
      expect('complaints' in third).to.equal(false);
      expect((await izp.getPlan(p.id))!.profile).to.deep.equal(third);
      expect((await izp.versions(p.id, 'profile' as never, p.id)).length).to.equal(3);
      expect(await code(izp.updateProfile(p.id, { motivation: 'Oud' }, { expectedVersion: 2 }))).to.equal('conflict');
    });

    it('accepts only https links and names the field', async () => {
      const { izp, plan: p } = await plan();
      for (const url of ['javascript:alert(1)', 'http://example.org', 'data:text/html,<b>x</b>', 'geen link']) {
        expect(await code(izp.updateProfile(p.id, { links: [{ title: 'Link', url }] }))).to.equal('validation:links.0.url');
      }
      expect((await izp.getPlan(p.id))!.profile).to.equal(null);
    });

    it("hides the care team's own note from the patient, also in the history", async () => {
      const { izp, patient, plan: p } = await plan();
      await izp.updateProfile(p.id, { complaints: 'Moe.', professionalNote: 'Let op: mogelijk depressie, PHQ-9 afnemen.' });
      expect((await izp.getPlan(p.id))!.profile!.professionalNote).to.contain('PHQ-9');
      const seen = (await patient.getPlan(p.id))!.profile!;
      expect(seen.complaints).to.equal('Moe.');
      expect('professionalNote' in seen).to.equal(false);
      expect(JSON.stringify(await patient.history(p.id))).to.not.contain('PHQ-9');
    });

    it('lets the patient keep a diary the team reads, and measure at home; the team cannot write the diary', async () => {
      const { izp, patient, plan: p } = await plan();
      const entry = await patient.addDiaryEntry(p.id, { text: 'Vandaag met Yusuf naar de markt gelopen.' });
      expect(entry).to.deep.include({ date: '2026-11-23', by: { id: mohamed.id, name: mohamed.name, role: 'patient' } });
      expect(await code(izp.addDiaryEntry(p.id, { text: 'Door de POH geschreven.' }))).to.equal('forbidden');
      await patient.addMeasurement(p.id, { measure: 'Glucose', value: 8.4, unit: 'mmol/l', date: '2026-11-22' });
      await izp.addMeasurement(p.id, { measure: 'HbA1c', value: 58, unit: 'mmol/mol' });
      expect(await code(patient.addMeasurement(p.id, { measure: 'Glucose', value: 7, date: '2026-12-01' }))).to.equal('validation:date');
      expect(await code(patient.addMeasurement(p.id, { measure: 'Glucose', value: Number.NaN }))).to.equal('validation:value');
      const snap = (await izp.getPlan(p.id))!;
      expect(snap.diary.map((d) => d.text)).to.deep.equal(['Vandaag met Yusuf naar de markt gelopen.']);
      // Made in the same instant (a fixed clock), so their order is not defined: compare them sorted.
      expect(snap.measurements.map((m) => [m.measure, m.value, m.by.role]).sort()).to.deep.equal([['Glucose', 8.4, 'patient'], ['HbA1c', 58, 'practice-nurse']]);
      const actions = (await izp.history(p.id)).map((r) => r.action);
      expect(actions.filter((a) => a === 'diary.add' || a === 'measurement.add')).to.deep.equal(['diary.add', 'measurement.add', 'measurement.add']);
    });

    it('keeps modules out of a closed plan', async () => {
      const { izp, patient, plan: p } = await plan();
      await izp.closePlan(p.id, { reason: 'Verhuisd.' });
      expect(await code(izp.updateProfile(p.id, { complaints: 'Te laat.' }))).to.equal('rule');
      expect(await code(patient.addDiaryEntry(p.id, { text: 'Te laat.' }))).to.equal('rule');
    });
  });
}
