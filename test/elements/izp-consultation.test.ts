/**
 * <izp-consultation>: "Start van het consult", what a practice nurse opens first: what is due (overdue in
 * words), what was agreed, what changed since the last evaluation. Fictional patients of Huisartsenpraktijk
 * De Linde, seeded relative to today: Henk Bosman's physiotherapy evaluation is overdue.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { addDays, type MemoryAdapter } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpConsultation } from '../../src/elements/consultation/izp-consultation.js';
import type { IzpEvaluation } from '../../src/elements/evaluation/izp-evaluation.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { patients, staff } from '../../stories/fixtures/example-plans.js';
import { anyButton as button, byLabel, deepAll, evaluateButtons, planContextOf, sanne, seeded, TestAdapter, typeInto, until, izpAt, TODAY } from './helpers.js';

const PHYSIO = 'Twee keer per week longfysiotherapie, twaalf weken.';
const WALK = 'Eén keer per week een half uur wandelen met de buurvrouw, ook als het regent met paraplu.';

/** Every heading in reading order, across shadow roots, as "h3 Start van het consult". */
function outline(root: Element): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLElement && /^H[1-6]$/.test(node.tagName) && node.checkVisibility()) out.push(`${node.tagName.toLowerCase()} ${node.textContent.trim()}`);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out;
}

/** The text as one line (inline markup such as "Wie: …" kept together). */
function text(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ');
}

/**
 * The plan with the consultation in a vendor's own layout (all of it: due, agreed, changed), or with
 * `composed` the plan's default composition, where it is the Consult section (without "what was agreed",
 * which the Plan section shows).
 */
async function mount(adapter: MemoryAdapter, patient: keyof typeof patients, view: 'professional' | 'patient' = 'professional', composed = false) {
  const plan = await fixture<IzpPlan>(composed
    ? html`<izp-plan .izp=${izpAt(adapter, sanne)} patient-id=${patients[patient].id} view=${view}></izp-plan>`
    : html`<izp-plan .izp=${izpAt(adapter, sanne)} patient-id=${patients[patient].id} view=${view}><izp-consultation heading-level="3"></izp-consultation></izp-plan>`);
  await until(() => plan.snapshot, 'the plan to load');
  return plan;
}

/** The plan's consultation, once it has loaded. */
async function consultationIn(plan: IzpPlan): Promise<{ el: IzpConsultation; root: ShadowRoot }> {
  const el = await until(() => deepAll(plan, 'izp-consultation')[0] as IzpConsultation | undefined, 'izp-consultation');
  await until(() => el.consultation && el.shadowRoot?.querySelector('[part="due"]'), 'the consultation to load');
  // Its evaluate elements load on demand; under load the chunk can arrive after the list has rendered.
  await until(() => deepAll(el.shadowRoot!, 'izp-evaluation').every((e) => e.shadowRoot), 'the evaluate elements to upgrade');
  return { el, root: el.shadowRoot! };
}

const part = (root: ShadowRoot, name: string) => root.querySelector(`[part="${name}"]`)!;
const dueItems = (root: ShadowRoot) => [...part(root, 'due').querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());

describe('<izp-consultation>', () => {
  it('is where a current plan with something due opens, accessible, within the plan\'s outline (h2 > h3 > h4 > h5)', async () => {
    const { adapter } = await seeded();
    const plan = await mount(adapter, 'bosman', 'professional', true);
    const { el } = await consultationIn(plan);
    expect(plan.section, 'the entry point').to.equal('consult');
    expect(plan.getAttribute('section')).to.equal('consult');
    await expect(el).to.be.accessible();
    await expect(plan).to.be.accessible();
    const headings = outline(plan);
    expect(headings[0]).to.match(/^h2 /);
    // The Plan section shows the goals and agreements: the Consult section does not repeat them.
    expect(headings.slice(1)).to.include('h3 Start van het consult').and.include('h4 Te evalueren').and.not.include('h4 Wat is afgesproken');
    expect(deepAll(plan, 'izp-goal'), 'only the active section is rendered').to.have.length(0);

    const own = await mount(adapter, 'bosman');
    await consultationIn(own);
    const ownHeadings = outline(own);
    const start = ownHeadings.indexOf('h3 Start van het consult');
    expect(ownHeadings.slice(start, start + 4)).to.deep.equal(['h3 Start van het consult', 'h4 Te evalueren', 'h4 Wat is afgesproken',
      'h5 Deze zomer met mijn kleinzoon naar het strand kunnen lopen.']);
  });

  it('shows Henk Bosman what is due, the overdue physiotherapy evaluation said in words, and what was agreed', async () => {
    const { adapter } = await seeded();
    const plan = await mount(adapter, 'bosman');
    const { root } = await consultationIn(plan);
    const l = planContextOf(plan)!.l;
    const due = dueItems(root);
    expect(due).to.have.length(2);
    expect(due[0]).to.contain(`Afspraak: ${PHYSIO}`).and.contain(`Te laat: evalueren stond op ${l.date(addDays(TODAY, -78))}`);
    expect(due[1]).to.contain('Individueel zorgplan').and.contain(`Evalueren op ${l.date(addDays(TODAY, 3))}`).and.not.contain('Te laat');
    expect(part(root, 'due').querySelectorAll('li.overdue')).to.have.length(1);
    expect(await evaluateButtons(part(root, 'due'))).to.have.length(2);

    const agreed = part(root, 'agreed');
    const goals = [...agreed.querySelectorAll('li.goal')];
    expect(goals.map((g) => g.querySelector('h5')!.textContent)).to.deep.equal([
      'Deze zomer met mijn kleinzoon naar het strand kunnen lopen.', 'Niet opgenomen worden in het ziekenhuis deze winter.',
    ]);
    expect(text(agreed)).to.contain(PHYSIO).and.contain('Wie: Zorgverlener: Ruud Smit, Fysiotherapeut').and.contain('Hoe vaak: Twee keer per week')
      .and.contain('Marieke doet één keer per week de boodschappen').and.not.contain('Inhalatietechniek').and.not.contain('biljartclub');
    expect(await evaluateButtons(agreed), 'two goals and four agreements').to.have.length(6);

    expect(text(root)).to.contain('Dit zorgplan is nog niet geëvalueerd.');
    const changes = part(root, 'changes');
    expect(changes.querySelectorAll('li'), 'the latest ten').to.have.length(10);
    expect(text(changes)).to.contain('dit zijn de wijzigingen vanaf het begin').and.contain('10 eerdere wijzigingen niet getoond.')
      .and.contain('Sanne de Wit heeft een doel afgesloten: Weer naar de biljartclub op donderdag.')
      .and.contain('Status: Actueel → Afgesloten');
  });

  it('drops an item from the due list once it is evaluated there, and counts changes from then on', async () => {
    const { adapter, izp, ids } = await seeded();
    const plan = await mount(adapter, 'bosman');
    const { el, root } = await consultationIn(plan);
    const item = [...part(root, 'due').querySelectorAll('li')].find((li) => li.textContent.includes(PHYSIO))!;
    const evaluation = item.querySelector<IzpEvaluation>('izp-evaluation')!;
    button(evaluation.shadowRoot!, 'Evalueren').click();
    const dialog = evaluation.shadowRoot!.querySelector('dialog')!;
    await until(() => dialog.open && dialog.querySelector('form'), 'the dialog');
    expect(dialog.querySelector('h5')!.textContent, 'one below "Te evalueren"').to.equal('Afspraak evalueren');
    typeInto(byLabel<HTMLTextAreaElement>(dialog, 'Toelichting'), 'Loopt nu twintig minuten zonder stoppen.');
    typeInto(byLabel(dialog, 'Volgende evaluatie'), addDays(TODAY, 42));
    const evaluated = oneEvent(plan, 'izp-evaluated');
    button(dialog, 'Evaluatie opslaan').click();
    await evaluated;
    await until(() => !dueItems(root).some((d) => d.includes(PHYSIO)), 'the physiotherapy to leave the due list');
    expect(dueItems(root)).to.have.length(1);
    await until(() => root.activeElement?.id === 'due-title', 'focus on "Te evalueren"');
    await until(() => text(root).includes('Vorige evaluatie:'), 'the time of the last evaluation');
    expect(text(part(root, 'changes'))).to.contain('Er is niets veranderd sinds de vorige evaluatie.');
    expect(text(part(root, 'agreed'))).to.contain('Laatste evaluatie: ').and.contain('Sanne de Wit: Gaat goed, met de patiënt.');

    // A colleague changes an agreement afterwards: it is what changed since the last evaluation.
    const henk = (await izp.getPlan(ids.bosman!))!;
    const exercise = henk.agreements.find((a) => a.description.startsWith('Elke dag vijftien minuten'))!;
    await izpAt(adapter, staff.gp).updateAgreement(ids.bosman!, exercise.id,
      { frequency: 'Vijf keer per week <b>niet</b> op zondag' }, { expectedVersion: exercise.version, reason: 'Rustdag.' });
    await plan.refresh();
    await until(() => text(part(root, 'changes')).includes('dr. P. Verhoeven heeft een afspraak aangepast'), 'the change');
    const change = text(part(root, 'changes'));
    expect(change).to.contain(exercise.description).and.contain('Gewijzigd: Hoe vaak: “Elke dag” → “Vijf keer per week <b>niet</b> op zondag”')
      .and.contain('Waarom aangepast: Rustdag.');
    expect(deepAll(el, 'b')).to.have.length(0);
  });

  it('shows Fatma Yıldız her latest evaluation and that nothing changed since', async () => {
    const { adapter } = await seeded();
    const plan = await mount(adapter, 'yildiz');
    const { root } = await consultationIn(plan);
    const l = planContextOf(plan)!.l;
    expect(text(root)).to.match(/Vorige evaluatie: /);
    expect(text(part(root, 'changes'))).to.contain('Er is niets veranderd sinds de vorige evaluatie.');
    const due = dueItems(root);
    expect(due[0]).to.contain('Doel: In drie maanden vijf kilo afvallen.').and.contain(`Streefdatum ${l.date(addDays(TODAY, 1))}`);
    expect(due.some((d) => d.includes(WALK))).to.equal(true);
    const agreed = text(part(root, 'agreed'));
    expect(agreed).to.contain(`Laatste evaluatie: ${l.date(addDays(TODAY, -48))}, Sanne de Wit: Aanpassen, met de patiënt.`)
      .and.contain('Gemeten: Gewicht 128 kg.').and.contain('Stoppen met roken.').and.contain('Concept');
    const smoking = [...part(root, 'agreed').querySelectorAll('li.goal')].find((g) => g.textContent.includes('Stoppen met roken.'))!;
    expect(await evaluateButtons(part(root, 'agreed')), 'two current goals and their three agreements').to.have.length(5);
    expect(smoking.querySelector('izp-evaluation')).to.exist;
    expect(await evaluateButtons(smoking), 'a proposed goal is not evaluated').to.have.length(0);
  });

  it('is part of the professional view of a current plan only, and fits a vendor\'s own layout', async () => {
    const { adapter } = await seeded();
    for (const [patient, view] of [['yildiz', 'patient'], ['jansen', 'professional'], ['visser', 'professional']] as const) {
      const plan = await mount(adapter, patient, view, true);
      await until(() => deepAll(plan, 'izp-goal, izp-overview').length > 0, 'the plan');
      expect(deepAll(plan, 'izp-consultation'), `${patient} ${view}`).to.have.length(0);
    }
    const own = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, sanne)} patient-id=${patients.bosman.id} lang="en">
      <izp-consultation heading-level="2"></izp-consultation></izp-plan>`);
    const el = own.querySelector<IzpConsultation>('izp-consultation')!;
    await until(() => el.shadowRoot?.querySelector('[part="due"]'), 'the consultation');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Start of the consultation');
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Due for evaluation');
    expect(text(el.shadowRoot!)).to.contain(`Overdue: evaluation was due on ${planContextOf(own)!.l.date(addDays(TODAY, -78))}`);
  });

  it('says when it cannot load, fires izp-error, and loads on retry', async () => {
    const adapter = new TestAdapter();
    await seeded(adapter);
    adapter.failHistory = true;
    const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, sanne)} patient-id=${patients.bosman.id}></izp-plan>`);
    // The plan's history view reads the same failing history; wait for the consultation's own error.
    const failed = new Promise<CustomEvent>((resolve) => plan.addEventListener('izp-error', (e) => e.detail.action === 'getConsultation' && resolve(e)));
    const { detail } = await failed;
    expect(detail.error.code).to.equal('unavailable');
    const el = deepAll(plan, 'izp-consultation')[0] as IzpConsultation;
    const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the alert');
    expect(alert.textContent).to.contain('Het overzicht voor het consult kon niet worden geladen.');
    adapter.failHistory = false;
    button(alert, 'Opnieuw proberen').click();
    await until(() => el.shadowRoot!.querySelector('[part="due"]') && !el.shadowRoot!.querySelector('[role="alert"]'), 'the consultation');
    expect(dueItems(el.shadowRoot!).some((d) => d.includes(PHYSIO))).to.equal(true);
  });
});
