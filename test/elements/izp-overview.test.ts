import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Izp } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpOverview } from '../../src/elements/overview/izp-overview.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { buildFatmaPlan, buildHenkPlan, FATMA, HENK, TODAY, world, type Clock, type World } from '../core/fixtures.js';
import { oneLine as text } from './helpers.js';

const INJECTION = '<img src=x onerror=alert(1)>';

interface Mounted {
  plan: IzpPlan;
  overview: IzpOverview;
  root: ShadowRoot;
  w: World;
  planId: string;
}

type Build = (izp: Izp, clock: Clock) => Promise<{ plan: { id: string } }>;

/**
 * A plan built beforehand through the core (as Sanne, on the fixtures' clock), then shown by
 * `<izp-plan>` with an `<izp-overview>` of the host's own layout inside it.
 */
async function mount(patientId: string, build: Build, attrs: { mode?: string; groupBy?: string; today?: string; includeClosed?: boolean } = {},
  before?: (w: World, planId: string) => Promise<void>): Promise<Mounted> {
  const w = world();
  const built = await build(w.sanne, w.clock);
  if (before) await before(w, built.plan.id);
  const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${w.sanne} patient-id=${patientId}>
    <izp-overview mode=${attrs.mode ?? 'screen'} group-by=${attrs.groupBy ?? 'goal'} today=${attrs.today ?? TODAY}
      ?include-closed=${attrs.includeClosed ?? false}></izp-overview>
  </izp-plan>`);
  const overview = plan.querySelector('izp-overview')!;
  await waitUntil(() => overview.shadowRoot?.querySelector('section, .printout'), 'the overview shows the plan', { timeout: 4000 });
  await overview.updateComplete;
  return { plan, overview, root: overview.shadowRoot!, w, planId: built.plan.id };
}

const headings = (root: ParentNode, selector = 'h1, h2, h3, h4, h5, h6') => Array.from(root.querySelectorAll(selector)).map((h) => text(h));

/** Replaces the browser's print dialog on one element; returns what it was asked to print. */
function stubPrint(overview: IzpOverview, behaviour?: (doc: Document) => void) {
  const printed: { doc: Document; text: string; css: string; h1: string; imgs: number; links: string[] }[] = [];
  (overview as unknown as { printDocument(doc: Document): void }).printDocument = (doc: Document) => {
    printed.push({
      doc,
      text: text(doc.body),
      // The stylesheet is adopted (CSSOM, allowed under a strict CSP), not a <style> element.
      css: doc.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)).join('\n'),
      h1: text(doc.querySelector('h1')),
      imgs: doc.querySelectorAll('img').length,
      links: Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? ''),
    });
    behaviour?.(doc);
  };
  return printed;
}

async function printActions(izp: Izp, planId: string) {
  return (await izp.history(planId)).filter((r) => r.action === 'plan.print');
}

describe('<izp-overview> on screen (function 8)', () => {
  it('is accessible, alone and inside its plan', async () => {
    const { plan, overview } = await mount(HENK, buildHenkPlan);
    await expect(overview).to.be.accessible();
    await expect(plan).to.be.accessible();
  });

  it('groups by goal: open goals first, then closed ones, each marked in words', async () => {
    const { root } = await mount(HENK, buildHenkPlan);
    const groups = Array.from(root.querySelectorAll('.group'));
    expect(groups.map((g) => text(g.querySelector('.group-title')))).to.deep.equal(['Lopend', 'Afgesloten']);
    expect(headings(groups[0]!, '.goal-title')).to.deep.equal([
      'Deze zomer met mijn kleinzoon naar het strand kunnen lopen.',
      'Niet opgenomen worden in het ziekenhuis deze winter.',
    ]);
    expect(headings(groups[1]!, '.goal-title')).to.deep.equal(['Weer naar de biljartclub op donderdag.']);
    expect(text(groups[1]!.querySelector('.goal-status'))).to.equal('Afgesloten: Bereikt');
    // The beach goal: open agreements, then the closed inhaler check under its own label.
    const beach = groups[0]!.querySelector('li.goal')!;
    const open = Array.from(beach.querySelectorAll('ul.agreements:not(.closed-list) .what')).map((n) => text(n));
    expect(open).to.deep.equal([
      'Twee keer per week longfysiotherapie, twaalf weken.',
      'Elke dag vijftien minuten binnen oefenen met de oefeningen van de fysio.',
    ]);
    const closed = beach.querySelector('ul.closed-list li')!;
    expect(text(closed)).to.contain('Inhalatietechniek controleren').and.to.contain('Afgesloten: Afgerond');
    expect(text(beach)).to.contain('Wie: Ruud Smit, Fysiotherapeut').and.to.contain('Domein: Functioneren');
  });

  it('groups by domain in SFMPC order, switched with the keyboard', async () => {
    const { overview, root } = await mount(HENK, buildHenkPlan);
    const goalRadio = root.querySelector<HTMLInputElement>('input[value="goal"]')!;
    expect(goalRadio.checked).to.equal(true);
    goalRadio.focus();
    await sendKeys({ press: 'ArrowRight' });
    await overview.updateComplete;
    expect(overview.groupBy).to.equal('domain');
    expect(overview.getAttribute('group-by')).to.equal('domain');
    const groups = Array.from(root.querySelectorAll('.group'));
    expect(groups.map((g) => text(g.querySelector('.group-title')))).to.deep.equal(['Lichamelijk', 'Functioneren', 'Maatschappelijk']);
    expect(headings(groups[1]!, '.goal-title')).to.deep.equal(['Deze zomer met mijn kleinzoon naar het strand kunnen lopen.']);
    expect(text(groups[2])).to.contain('Weer naar de biljartclub op donderdag.').and.to.contain('Afgesloten: Bereikt');
  });

  it('lists what is due for evaluation, soonest first, and says in words what is overdue', async () => {
    const { overview, root } = await mount(FATMA, buildFatmaPlan, { today: '2026-03-20' });
    const items = Array.from(root.querySelectorAll('ul.due li'));
    expect(items.map((li) => li.getAttribute('data-kind'))).to.deep.equal(['plan', 'agreement']);
    expect(text(items[0])).to.contain('16 maart 2026 (te laat)');
    expect(text(items[1])).to.contain('(te laat)').and.to.contain('Eén keer per week een half uur wandelen');

    overview.today = TODAY; // 2 March: the same two are due within two weeks, not late
    await overview.updateComplete;
    const soon = Array.from(root.querySelectorAll('ul.due li'));
    expect(soon).to.have.length(2);
    expect(text(root.querySelector('ul.due'))).not.to.contain('te laat');

    overview.today = '2026-01-05';
    await overview.updateComplete;
    expect(root.querySelector('ul.due')).to.equal(null);
    expect(text(root.querySelector('[part="due"]'))).to.contain('Er is nu niets te evalueren.');
  });

  it('shows what the patient, the providers and the informal carers do (open agreements only)', async () => {
    const { root } = await mount(HENK, buildHenkPlan);
    const list = (name: string) => Array.from(root.querySelectorAll(`[data-list="${name}"] li`)).map((li) => text(li));
    expect(list('patient')).to.deep.equal([
      'Elke dag vijftien minuten binnen oefenen met de oefeningen van de fysio. (Elke dag)',
      'Elke ochtend wegen; bij meer dan twee kilo erbij in drie dagen de praktijk bellen.',
    ]);
    expect(list('providers')).to.deep.equal(['Ruud Smit, Fysiotherapeut: Twee keer per week longfysiotherapie, twaalf weken. (Twee keer per week)']);
    expect(list('carers')).to.deep.equal(['Marieke Bosman: Marieke doet één keer per week de boodschappen en kijkt mee naar het weegschriftje. (Eén keer per week)']);
    const counts = Array.from(root.querySelectorAll('.counts > div')).map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]);
    expect(counts).to.deep.equal([['Lopend', 'Doelen: 2 · Afspraken: 4'], ['Afgesloten', 'Doelen: 1 · Afspraken: 1']]);
  });

  it('shows script in patient text as text', async () => {
    const { root } = await mount(FATMA, buildFatmaPlan, {}, async (w, planId) => {
      const goal = await w.sanne.addGoal(planId, { description: INJECTION, domain: 'psychological' });
      await w.sanne.addAgreement(planId, goal.id, { description: INJECTION, performer: { kind: 'patient' } });
    });
    expect(root.querySelector('img')).to.equal(null);
    expect(text(root)).to.contain(INJECTION);
    expect(headings(root, '.goal-title')).to.include(INJECTION);
  });

  it('is part of the default composition of <izp-plan>', async () => {
    const w = world();
    await buildHenkPlan(w.sanne, w.clock);
    const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${w.sanne} patient-id=${HENK}></izp-plan>`);
    // One tab away: "Overzicht" in the plan's navigation.
    const tab = await waitUntil(() => plan.shadowRoot?.querySelector<HTMLButtonElement>('#tab-overview'), 'the tab', { timeout: 4000 }).then(() => plan.shadowRoot!.querySelector<HTMLButtonElement>('#tab-overview')!);
    expect(tab.textContent.trim()).to.equal('Overzicht');
    tab.click();
    await waitUntil(() => plan.shadowRoot?.querySelector('izp-overview')?.shadowRoot?.querySelector('section'), 'default overview', { timeout: 4000 });
    const overview = plan.shadowRoot!.querySelector('izp-overview')!;
    expect(text(overview.shadowRoot)).to.contain('Wat doen mantelzorgers').and.to.contain('Marieke Bosman');
    // In the "Overzicht" tab panel below the plan's h2, so the overview's sections are h3.
    expect(overview.shadowRoot!.querySelector('h3#due-heading')).not.to.equal(null);
  });
});

describe('<izp-overview mode="print"> (function 9)', () => {
  it('is accessible, alone and inside its plan', async () => {
    const { plan, overview } = await mount(FATMA, buildFatmaPlan, { mode: 'print' });
    await expect(overview).to.be.accessible();
    await expect(plan).to.be.accessible();
  });

  it('is the patient\'s plain-Dutch overview: name, date, goals, who does what, contact, next talk', async () => {
    const { root, w, planId } = await mount(FATMA, buildFatmaPlan, { mode: 'print' });
    const page = text(root.querySelector('.printout'));
    expect(text(root.querySelector('.print-title'))).to.equal('Mijn zorgplan');
    expect(page).to.contain('Voor Mw. F. Yıldız. Gemaakt op 2 maart 2026.');
    const goals = Array.from(root.querySelectorAll('section.goal'));
    expect(goals.map((g) => text(g.querySelector('.goal-text')))).to.deep.equal([
      'In drie maanden vijf kilo afvallen.',
      'Mijn suiker (HbA1c) onder de 53 mmol/mol.',
    ]);
    const weight = text(goals[0]);
    expect(weight).to.contain('Mijn doel').and.to.contain('Gewicht niet meer dan 125 kg vóór 2 juni 2026');
    expect(weight).to.match(/Wat doe ik zelf Eén keer per week een half uur wandelen .* Hoe vaak: Eén keer per week We kijken samen hoe het gaat op 16 maart 2026\./);
    expect(weight).to.match(/Wat doet mijn zorgverlener Lotte Kramer: Twee gesprekken over eten en tussendoortjes\. Hulp: Verwijzing door de huisarts/);
    expect(text(goals[1])).to.contain('Wat doe ik zelf Nog niets afgesproken.').and.to.contain('Sanne de Wit: Elke drie maanden bloed prikken');
    // Still a proposal: not among her goals, but said apart as still to discuss.
    expect(goals.map((g) => text(g)).join(' ')).not.to.contain('Stoppen met roken');
    expect(text(root.querySelector('.discuss'))).to.contain('Nog te bespreken met mijn zorgverlener').and.contain('Stoppen met roken');
    expect(page).to.contain('Mijn vaste contactpersoon Sanne de Wit Praktijkondersteuner (POH) 030 123 45 67');
    expect(page).to.contain('Wanneer praten we weer 16 maart 2026');
    expect(await printActions(w.sanne, planId)).to.have.length(0); // rendering is not printing: no audit
  });

  it('shows informal carers, and closed goals only when asked', async () => {
    const { overview, root } = await mount(HENK, buildHenkPlan, { mode: 'print' });
    expect(text(root)).to.contain('Wie helpt mij nog meer Marieke Bosman: Marieke doet één keer per week de boodschappen');
    expect(text(root)).not.to.contain('Weer naar de biljartclub');
    expect(text(root)).not.to.contain('Inhalatietechniek');
    overview.includeClosed = true;
    await overview.updateComplete;
    const closed = root.querySelector('section.goal.closed')!;
    expect(text(closed)).to.contain('Weer naar de biljartclub op donderdag.').and.to.contain('Afgesloten: Bereikt');
    expect(text(root)).to.contain('Inhalatietechniek controleren bij de volgende afspraak. (Afgesloten)');
  });

  it('prints only the overview: audited, izp-print, an A4 document in a frame removed afterwards', async () => {
    const { overview, root, w, planId } = await mount(FATMA, buildFatmaPlan, { mode: 'print' });
    const printed = stubPrint(overview);
    const button = root.querySelector<HTMLButtonElement>('[part="print-button"]')!;
    expect(text(button)).to.contain('Afdrukken');
    const event = oneEvent(overview, 'izp-print');
    button.click();
    const { detail } = await event;
    expect(detail.overview.patientName).to.equal('Mw. F. Yıldız');
    expect(detail.overview.goals).to.have.length(2);
    expect(printed).to.have.length(1);
    const [page] = printed;
    expect(page!.h1).to.equal('Mijn zorgplan');
    expect(page!.text).to.contain('Mw. F. Yıldız').and.to.contain('Wat doe ik zelf').and.to.contain('16 maart 2026');
    expect(page!.text).not.to.contain('Afdrukken'); // no button on paper
    expect(page!.css).to.match(/@page\s*{[^}]*size:\s*A4/i);
    expect(page!.doc.documentElement.lang).to.equal('nl');
    // The frame's own empty document (no srcdoc, refused under Trusted Types), of the page's origin.
    expect(page!.doc.defaultView!.location.href).to.equal('about:blank');
    expect(page!.doc.defaultView!.origin).to.equal(window.origin);
    const actions = await printActions(w.sanne, planId);
    expect(actions).to.have.length(1);
    expect(actions[0]!.user.name).to.equal('Sanne de Wit');
    expect(root.querySelector('iframe.print-frame')).not.to.equal(null);
    page!.doc.defaultView!.dispatchEvent(new Event('afterprint'));
    expect(root.querySelector('iframe.print-frame')).to.equal(null);
  });

  it('prints by keyboard from the screen overview, and keeps the focus on the button', async () => {
    const { overview, root, w, planId } = await mount(HENK, buildHenkPlan);
    const printed = stubPrint(overview);
    root.querySelector<HTMLInputElement>('input[value="goal"]')!.focus();
    await sendKeys({ press: 'Tab' });
    const button = root.querySelector<HTMLButtonElement>('[part="print-button"]')!;
    expect(root.activeElement).to.equal(button);
    const event = oneEvent(overview, 'izp-print');
    await sendKeys({ press: 'Enter' });
    await event;
    expect(printed).to.have.length(1);
    expect(printed[0]!.text).to.contain('Dhr. H. Bosman').and.to.contain('Wie helpt mij nog meer');
    expect(await printActions(w.sanne, planId)).to.have.length(1);
    await overview.updateComplete;
    expect(root.activeElement).to.equal(button);
    await sendKeys({ press: ' ' });
    await waitUntil(() => printed.length === 2, 'printed again with Space');
  });

  it('puts script and javascript: links on paper as text only; safe links stay links', async () => {
    const { overview, root } = await mount(FATMA, buildFatmaPlan, { mode: 'print' }, async (w, planId) => {
      const goal = await w.sanne.addGoal(planId, { description: INJECTION, domain: 'psychological' });
      await w.sanne.addAgreement(planId, goal.id, { description: INJECTION, performer: { kind: 'patient' } });
      await w.sanne.accordPlan(planId, { goalIds: [goal.id] });
      const snap = (await w.sanne.getPlan(planId))!;
      await w.sanne.updatePlan(planId, {
        careTeam: snap.plan.careTeam.map((m) => (m.name === 'Sanne de Wit' ? { ...m, contact: 'javascript:alert(1)' } : m)),
      });
    });
    expect(root.querySelector('img')).to.equal(null);
    expect(text(root)).to.contain(INJECTION);
    expect(root.querySelector('.contact a')).to.equal(null);
    expect(text(root.querySelector('.contact'))).to.contain('javascript:alert(1)');
    const printed = stubPrint(overview);
    await overview.print();
    expect(printed[0]!.imgs).to.equal(0);
    expect(printed[0]!.links).to.deep.equal([]);
    expect(printed[0]!.text).to.contain('javascript:alert(1)');
  });

  it('makes a mailto contact a link', async () => {
    const { root } = await mount(HENK, buildHenkPlan, { mode: 'print' }, async (w, planId) => {
      const snap = (await w.sanne.getPlan(planId))!;
      await w.sanne.updatePlan(planId, {
        careTeam: snap.plan.careTeam.map((m) => (m.name === 'Sanne de Wit' ? { ...m, contact: 'mailto:poh@delinde.example' } : m)),
      });
    });
    const link = root.querySelector<HTMLAnchorElement>('.contact a')!;
    expect(link.getAttribute('href')).to.equal('mailto:poh@delinde.example');
    expect(text(link)).to.equal('poh@delinde.example');
  });

  it('reports a failed print as izp-error and prints nothing', async () => {
    const { overview, root, w } = await mount(FATMA, buildFatmaPlan, { mode: 'print' });
    const printed = stubPrint(overview);
    let printEvents = 0;
    overview.addEventListener('izp-print', () => printEvents++);
    w.adapter.commit = () => Promise.reject(new Error('disk full'));
    const failed = oneEvent(overview, 'izp-error');
    root.querySelector<HTMLButtonElement>('[part="print-button"]')!.click();
    const { detail } = await failed;
    expect(detail.action).to.equal('print');
    expect(detail.error.code).to.equal('unavailable');
    await overview.updateComplete;
    expect(text(root.querySelector('[role="alert"]'))).to.contain('Opslag is niet bereikbaar');
    expect(printed).to.have.length(0);
    expect(printEvents).to.equal(0);
  });

  it('reports a print dialog that fails as izp-error, after the print was recorded', async () => {
    const { overview, w, planId } = await mount(FATMA, buildFatmaPlan, { mode: 'print' });
    stubPrint(overview, () => {
      throw new Error('printing is blocked');
    });
    const failed = oneEvent(overview, 'izp-error');
    expect(await overview.print()).to.equal(undefined);
    expect((await failed).detail.action).to.equal('print');
    expect(await printActions(w.sanne, planId)).to.have.length(1);
  });

  it('is what <izp-plan view="patient"> shows', async () => {
    const w = world();
    await buildFatmaPlan(w.sanne, w.clock);
    const plan = await fixture<IzpPlan>(html`<izp-plan view="patient" .izp=${w.sanne} patient-id=${FATMA}></izp-plan>`);
    await waitUntil(() => plan.shadowRoot?.querySelector('izp-overview')?.shadowRoot?.querySelector('.printout'), 'patient view', { timeout: 4000 });
    const overview = plan.shadowRoot!.querySelector('izp-overview')!;
    expect(text(overview.shadowRoot!.querySelector('.print-title'))).to.equal('Mijn zorgplan');
    expect(overview.shadowRoot!.querySelector('h3.print-title')).not.to.equal(null);
    await expect(plan).to.be.accessible();
  });
});
