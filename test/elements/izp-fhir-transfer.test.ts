/**
 * <izp-fhir-export> and <izp-fhir-import>: the plan downloaded as a FHIR Bundle from inside <izp-plan>,
 * and a Bundle imported for a patient without a plan, with a report; an invalid file stores nothing.
 * Fictional patients of Huisartsenpraktijk De Linde.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createIzp, MemoryAdapter } from '../../src/core/index.js';
import '../../src/define.js';
import '../../src/define/izp-fhir-export.js';
import '../../src/define/izp-fhir-import.js';
import type { IzpFhirExport } from '../../src/elements/fhir-transfer/izp-fhir-export.js';
import type { IzpFhirImport } from '../../src/elements/fhir-transfer/izp-fhir-import.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { fromFhirBundle, toFhirBundle, type Bundle } from '../../src/fhir/index.js';
import { foreignBundle } from '../../stories/fixtures/foreign-bundle.js';
import { fatma, sanne, until } from './helpers.js';
import { seedExamplePlans } from '../../stories/fixtures/example-plans.js';

const now = () => new Date('2026-11-30T10:00:00Z');

async function mountExport(view = 'professional') {
  const adapter = new MemoryAdapter();
  await seedExamplePlans(adapter, '2026-11-30');
  const plan = await fixture<IzpPlan>(html`<izp-plan .adapter=${adapter} .user=${view === 'patient' ? fatma : sanne} patient-id="pat-yildiz" view=${view}>
    <izp-fhir-export></izp-fhir-export>
  </izp-plan>`);
  await until(() => plan.snapshot, 'the plan to load');
  const el = plan.querySelector('izp-fhir-export') as IzpFhirExport;
  await el.updateComplete;
  return { adapter, plan, el };
}

/** Chooses `content` as a file in the element's file input, as a user would. */
function choose(el: IzpFhirImport, content: string, name = 'zorgplan.fhir.json') {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<izp-fhir-export>', () => {
  it('is accessible', async () => {
    const { el } = await mountExport();
    await expect(el).to.be.accessible();
  });

  it('downloads the whole plan with its history as a FHIR Bundle', async () => {
    const { el, plan } = await mountExport();
    const saved: { bundle: Bundle; filename: string }[] = [];
    el.save = (bundle, filename) => void saved.push({ bundle, filename });
    const events: CustomEvent[] = [];
    el.addEventListener('izp-fhir-exported', (e) => events.push(e));
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent.trim()).to.equal('Download als FHIR-bundel');
    button.click();
    await until(() => saved.length, 'the Bundle');
    const { bundle, filename } = saved[0]!;
    expect(filename).to.match(/^zorgplan-pat-yildiz-\d{4}-\d{2}-\d{2}\.fhir\.json$/);
    expect(bundle.type).to.equal('collection');
    expect(bundle.entry!.some((e) => e.resource?.resourceType === 'Provenance')).to.equal(true);
    expect(fromFhirBundle(bundle).snapshot.plan).to.deep.equal(plan.snapshot!.plan);
    expect(events[0]!.detail.filename).to.equal(filename);
    await until(() => el.shadowRoot!.querySelector('[role=status]')?.textContent?.includes(filename), 'the confirmation');
  });

  it('by default offers the file for download, through an object URL', async () => {
    const { el } = await mountExport();
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      expect(await el.export()).to.not.equal(null);
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked.length).to.equal(1);
    expect(clicked[0]!.download).to.match(/\.fhir\.json$/);
    expect(clicked[0]!.href).to.match(/^blob:/);
  });

  it('is not offered in the patient view', async () => {
    const { el } = await mountExport('patient');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });
});

describe('<izp-fhir-import>', () => {
  async function mountImport() {
    const adapter = new MemoryAdapter();
    const izp = createIzp({ adapter, user: sanne, now });
    const el = await fixture<IzpFhirImport>(html`<izp-fhir-import .izp=${izp} patient-id="pat-bosman" patient-name="Dhr. H. Bosman" lang="nl"></izp-fhir-import>`);
    return { adapter, izp, el };
  }

  it('is accessible', async () => {
    const { el } = await mountImport();
    await expect(el).to.be.accessible();
  });

  it('imports a Bundle from another system for a patient without a plan, and reports what it left out', async () => {
    const { izp, el } = await mountImport();
    const events: CustomEvent[] = [];
    el.addEventListener('izp-fhir-imported', (e) => events.push(e));
    choose(el, JSON.stringify(foreignBundle()));
    const report = await until(() => el.shadowRoot!.querySelector('[part=report]'), 'the report');
    expect(report.textContent).to.contain('1 doel en 1 afspraak');
    expect(report.textContent).to.contain('Patient/p1');
    expect(report.textContent).to.contain('Condition/c1');
    expect(report.textContent).to.contain('Aangevuld, graag controleren');
    const stored = await izp.getPlanForPatient('pat-bosman');
    expect(stored?.id).to.equal('cp1');
    expect(events[0]!.detail.snapshot.goals[0].description).to.equal('Deze zomer met mijn kleinzoon naar het strand kunnen lopen.');
    expect((await izp.history('cp1')).map((r) => r.action)).to.include('plan.import');
  });

  it('takes over an exported plan with everything in it', async () => {
    const source = new MemoryAdapter();
    const ids = await seedExamplePlans(source, '2026-11-30');
    const bundle = toFhirBundle((await source.loadPlan(ids.yildiz!))!, { type: 'collection' });
    const { izp, el } = await mountImport();
    choose(el, JSON.stringify(bundle));
    await until(() => el.shadowRoot!.querySelector('[part=report]'), 'the report');
    const snapshot = (await izp.getPlan(ids.yildiz!))!;
    expect(snapshot.plan.patientId).to.equal('pat-bosman');
    expect(snapshot.goals.map((g) => g.description)).to.deep.equal((await source.loadPlan(ids.yildiz!))!.goals.map((g) => g.description));
  });

  it('stores nothing from a file that is not JSON or not a valid plan, and says why', async () => {
    const { adapter, el } = await mountImport();
    const errors: CustomEvent[] = [];
    el.addEventListener('izp-error', (e) => errors.push(e));
    choose(el, 'dit is geen json');
    let alert = await until(() => el.shadowRoot!.querySelector('[role=alert]'), 'the alert');
    expect(alert.textContent).to.contain('geen JSON');
    const broken = foreignBundle();
    delete (broken.entry[3]!.resource as { description?: unknown }).description;
    choose(el, JSON.stringify(broken));
    alert = await until(() => el.shadowRoot!.querySelector('[role=alert]')?.textContent?.includes('Goal/g1') && el.shadowRoot!.querySelector('[role=alert]'), 'the refusal');
    expect(alert.textContent).to.contain('geen geldig zorgplan');
    expect(alert.textContent).to.contain('Bundle.entry[3]');
    expect(errors.map((e) => e.detail.error.code)).to.deep.equal(['validation']);
    expect(await adapter.get('patient', 'pat-bosman')).to.equal(null);
  });
});
