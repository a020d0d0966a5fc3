/**
 * <izp-agreement>: functions 6 (edit an agreement, with its earlier versions) and 7 (close it), driven as
 * a user would, slotted into a vendor's layout and inside <izp-goal> in the default composition.
 * Fictional patient: Mw. F. Yıldız, whose walking agreement was changed once ("als het regent…").
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type User } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpAgreement } from '../../src/elements/agreement/izp-agreement.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { announcements, button, byLabel, deepAll, FATMA, fatmaUser, hasButton, readText as text, sanne, TestAdapter, typeInto, until, verhoeven, izpAt, chooseFromMenu, menuLabels, openMenu } from './helpers.js';

const WALK = 'Eén keer per week een half uur wandelen met de buurvrouw, ook als het regent met paraplu.';

/**
 * Mw. F. Yıldız's plan (example 1), accorded. The walk was "Elke dag" first and became "Eén keer per
 * week" after the first evaluation, so it is at version 3 (added, accorded, changed).
 */
async function fatmaPlan(adapter: MemoryAdapter, dietitianText = 'Twee gesprekken over eten en tussendoortjes.') {
  // On the tests' fixed clock, so the dates below stay in order whenever the tests run.
  const izp = izpAt(adapter, sanne);
  const plan = await izp.createPlan({
    patientId: FATMA, patientName: 'Mw. F. Yıldız', nextEvaluationDate: '2026-12-07',
    careTeam: [{ id: verhoeven.id, name: verhoeven.name, role: 'gp' }],
  });
  const weight = await izp.addGoal(plan.id, { description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic', priority: 'high' });
  const first = await izp.addAgreement(plan.id, weight.id, {
    description: 'Elke dag een half uur wandelen met de buurvrouw.', performer: { kind: 'patient' }, frequency: 'Elke dag', evaluationDate: '2026-12-07',
  });
  const dietitian = await izp.addAgreement(plan.id, weight.id, {
    description: dietitianText, performer: { kind: 'provider', name: 'Lotte Kramer', role: 'dietitian' }, support: 'Verwijzing door de huisarts',
  });
  await izp.accordPlan(plan.id);
  const walk = await izp.updateAgreement(plan.id, first.id, { description: WALK, frequency: 'Eén keer per week' },
    { expectedVersion: 2, reason: 'Als het regent ga ik niet naar buiten.' });
  return { izp, planId: plan.id, goalId: weight.id, agreements: { walk, dietitian } };
}

/** The plan with one agreement slotted into it (a vendor's own layout), or the default composition. */
async function mount(adapter: MemoryAdapter, slotted: string | null, options: { user?: User; view?: 'patient' | 'professional' } = {}) {
  const { user = sanne, view = 'professional' } = options;
  const plan = await fixture<IzpPlan>(slotted
    ? html`<izp-plan .izp=${izpAt(adapter, user)} patient-id=${FATMA} view=${view}><izp-agreement agreement-id=${slotted} heading-level="3"></izp-agreement></izp-plan>`
    : html`<izp-plan .izp=${izpAt(adapter, user)} patient-id=${FATMA} view=${view} section="plan"></izp-plan>`);
  await until(() => plan.snapshot, 'the plan to load');
  return plan;
}

async function agreementIn(plan: IzpPlan, id: string): Promise<{ el: IzpAgreement; root: ShadowRoot }> {
  const el = await until(() => deepAll(plan, `izp-agreement[agreement-id="${id}"]`)[0] as IzpAgreement | undefined, `izp-agreement ${id}`);
  await until(() => el.shadowRoot?.querySelector('article'), 'the agreement to render');
  return { el, root: el.shadowRoot! };
}

async function openEdit(root: ShadowRoot): Promise<HTMLFormElement> {
  await chooseFromMenu(root, 'Afspraak aanpassen');
  return until(() => root.querySelector<HTMLFormElement>('form[part="edit-form"]'), 'the edit form');
}

/** Opens the row's details (when closed) and waits for them. */
async function openDetails(root: ShadowRoot): Promise<HTMLElement> {
  const toggle = root.querySelector<HTMLButtonElement>('button.disclosure')!;
  expect(toggle.textContent.trim()).to.equal('Details');
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  const details = await until(() => root.querySelector<HTMLElement>('#agreement-details'), 'the details');
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  return details;
}

/** The row's menu button, where focus returns after a function run from its menu. */
const menuButton = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;

/** Opens "Eerdere versies" (inside the details) and waits for the list. */
async function openVersions(root: ShadowRoot): Promise<HTMLDetailsElement> {
  await openDetails(root);
  const details = root.querySelector<HTMLDetailsElement>('details')!;
  expect(details.querySelector('summary')!.textContent).to.equal('Eerdere versies');
  details.open = true;
  await until(() => details.querySelector('ol, p.help'), 'the versions');
  return details;
}

describe('<izp-agreement>', () => {
  it('is accessible, also while editing and with its earlier versions open', async () => {
    const adapter = new MemoryAdapter();
    const { agreements } = await fatmaPlan(adapter);
    const plan = await mount(adapter, agreements.walk.id);
    const { root } = await agreementIn(plan, agreements.walk.id);
    await expect(plan).to.be.accessible();
    await openEdit(root);
    await openVersions(root);
    await expect(plan).to.be.accessible();
  });

  it('shows who does what, with what support, how often and when it is evaluated', async () => {
    const adapter = new MemoryAdapter();
    const { agreements } = await fatmaPlan(adapter);
    const plan = await mount(adapter, null);
    const walk = (await agreementIn(plan, agreements.walk.id)).root;
    expect(walk.querySelector('#agreement-title')!.textContent).to.equal(WALK);
    // One line: what, who, how often and when evaluated, status; the rest on expand.
    const line = text(walk.querySelector('.row')!);
    expect(line).to.contain('Patiënt zelf').and.contain('Eén keer per week · evaluatie 7 december 2026').and.contain('Loopt');
    expect(walk.querySelector('#agreement-details'), 'details only on expand').to.equal(null);
    expect(text(await openDetails(walk))).to.contain('Welke hulp is nodig Geen').and.contain('Waarom aangepast Als het regent ga ik niet naar buiten.');
    const dietitian = (await agreementIn(plan, agreements.dietitian.id)).root;
    expect(text(dietitian)).to.contain('Zorgverlener: Lotte Kramer, Diëtist');
    expect(text(await openDetails(dietitian))).to.contain('Verwijzing door de huisarts');
    expect(dietitian.querySelector('details'), 'the accord made a second version').to.exist;
  });

  it('shows the earlier versions of a changed agreement, loaded when opened', async () => {
    const adapter = new MemoryAdapter();
    const { agreements } = await fatmaPlan(adapter);
    const plan = await mount(adapter, agreements.walk.id);
    const { root } = await agreementIn(plan, agreements.walk.id);
    expect(root.querySelector('details ol')).to.equal(null);
    const details = await openVersions(root);
    const items = [...details.querySelectorAll('ol > li')].map(text);
    expect(items).to.have.length(2);
    expect(items[0]).to.match(/^ ?Versie 1, .+, door Sanne de Wit/).and.contain('Elke dag een half uur wandelen met de buurvrouw.').and.contain('Hoe vaak Elke dag').and.contain('Concept');
    expect(items[1]).to.match(/^ ?Versie 2, /).and.contain('Loopt');
    expect(text(details)).not.to.contain(WALK);
  });

  it('lets the browser skip it off screen (content-visibility), yet shows its open menu whole, over the line below', async () => {
    const adapter = new MemoryAdapter();
    const { agreements } = await fatmaPlan(adapter);
    const plan = await mount(adapter, null);
    const { el, root } = await agreementIn(plan, agreements.walk.id);
    // content-visibility: auto clips a line to its box; the menu below its button would be cut off.
    expect(getComputedStyle(el).contentVisibility, 'a line at rest').to.equal('auto');
    const items = await openMenu(root);
    expect(items.map((i) => i.textContent.trim())).to.include('Afspraak afsluiten');
    items.at(-1)!.scrollIntoView({ block: 'nearest' });
    const last = items.at(-1)!.getBoundingClientRect();
    const x = last.left + last.width / 2;
    const y = last.top + last.height / 2;
    expect(y, 'the last item lies below the line').to.be.greaterThan(el.getBoundingClientRect().bottom);
    expect(y, 'and within the window').to.be.lessThan(innerHeight);
    // Compared as a boolean: chai would describe a wrong element (a row with the whole plan in its properties) at length.
    const hit = root.elementFromPoint(x, y);
    expect(hit === items.at(-1), `the last item is what a click there hits, not ${hit?.localName}.${hit?.className}`).to.equal(true);
    await sendKeys({ press: 'Escape' }); // closes the menu; focus goes back to its button, still in the line
    await until(() => root.activeElement?.matches('.menu-button'), 'focus on the menu button');
    expect(getComputedStyle(el).contentVisibility, 'a line with focus inside').to.equal('visible');
    (root.activeElement as HTMLElement).blur();
    expect(getComputedStyle(el).contentVisibility, 'a line at rest again').to.equal('auto');
    plan.style.setProperty('--izp-agreement-content-visibility', 'visible'); // a host turns it off
    expect(getComputedStyle(el).contentVisibility, 'turned off by the host').to.equal('visible');
  });

  it('is printed whole: a host that prints its page gets every line, also those off screen', async () => {
    const adapter = new MemoryAdapter();
    const { agreements } = await fatmaPlan(adapter);
    const plan = await mount(adapter, null);
    const { el } = await agreementIn(plan, agreements.walk.id);
    expect(getComputedStyle(el).contentVisibility, 'on screen').to.equal('auto');
    // The rule, as the browser parsed it from the element's styles.
    const sheets = el.shadowRoot!.adoptedStyleSheets.length ? el.shadowRoot!.adoptedStyleSheets : [...el.shadowRoot!.styleSheets];
    const print = sheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
    const hostOnPaper = print.flatMap((rule) => [...rule.cssRules]).filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === ':host');
    expect(hostOnPaper.map((rule) => rule.style.getPropertyValue('content-visibility'))).to.include('visible');
    // And what it does, where the test runner can switch the page to print media (Chromium; Firefox's
    // remote protocol here cannot).
    if (navigator.userAgent.includes('Firefox')) return;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(el).contentVisibility, 'on paper').to.equal('visible');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(el).contentVisibility, 'on screen again').to.equal('auto');
  });

  it('edits an agreement (function 6) against the version shown; the previous one stays under earlier versions', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, agreements } = await fatmaPlan(adapter);
    const plan = await mount(adapter, agreements.walk.id);
    const said = announcements(plan);
    const { root } = await agreementIn(plan, agreements.walk.id);
    const form = await openEdit(root);
    const description = byLabel<HTMLTextAreaElement>(form, 'Wat is er afgesproken?');
    expect(description.value).to.equal(WALK);
    expect(root.activeElement).to.equal(description);
    expect(byLabel<HTMLSelectElement>(form, 'Wie').value).to.equal('patient');
    expect(byLabel(form, 'Hoe vaak').value).to.equal('Eén keer per week');
    expect(byLabel(form, 'Evalueren op').value).to.equal('2026-12-07');
    expect(byLabel<HTMLSelectElement>(form, 'Status').value).to.equal('in-progress');
    typeInto(description, 'Twee keer per week een half uur wandelen met de buurvrouw.');
    typeInto(byLabel(form, 'Hoe vaak'), 'Twee keer per week');
    typeInto(byLabel(form, 'Evalueren op'), '');
    typeInto(byLabel<HTMLTextAreaElement>(form, 'Waarom aangepast'), 'Het gaat goed, ze wil meer.');
    const updated = oneEvent(plan, 'izp-agreement-updated');
    button(form, 'Opslaan').click();
    const { detail } = await updated;
    expect(detail.previous).to.include({ version: 3, description: WALK, frequency: 'Eén keer per week' });
    expect(detail.agreement).to.include({ version: 4, frequency: 'Twee keer per week', changeReason: 'Het gaat goed, ze wil meer.' });
    expect(detail.agreement.evaluationDate, 'an emptied field is cleared').to.equal(undefined);
    const stored = (await izp.getPlan(planId))!.agreements.find((a) => a.id === agreements.walk.id)!;
    expect(stored).to.deep.equal(detail.agreement);
    await until(() => !root.querySelector('form[part="edit-form"]'), 'the form to close');
    await until(() => root.querySelector('#agreement-title')!.textContent === 'Twee keer per week een half uur wandelen met de buurvrouw.', 'the new version');
    expect(root.activeElement, 'focus back on the menu the edit came from').to.equal(menuButton(root));
    await until(() => said.includes('Afspraak aangepast.'), 'the announcement');
    const details = await openVersions(root);
    await until(() => details.querySelectorAll('ol > li').length === 3, 'three earlier versions');
    const previous = text(details.querySelector('ol > li:last-child')!);
    expect(previous).to.match(/^ ?Versie 3, /).and.contain(WALK).and.contain('Hoe vaak Eén keer per week').and.contain('Als het regent ga ik niet naar buiten.');
  });

  it('names an empty description beside its field and stores nothing', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, agreements } = await fatmaPlan(adapter);
    const plan = await mount(adapter, agreements.dietitian.id);
    const { root } = await agreementIn(plan, agreements.dietitian.id);
    const form = await openEdit(root);
    const description = byLabel<HTMLTextAreaElement>(form, 'Wat is er afgesproken?');
    typeInto(description, '   ');
    typeInto(byLabel<HTMLTextAreaElement>(form, 'Welke hulp is nodig'), '');
    const failed = oneEvent(plan, 'izp-error');
    button(form, 'Opslaan').click();
    expect((await failed).detail).to.include({ action: 'updateAgreement' });
    await until(() => description.getAttribute('aria-invalid') === 'true', 'the field error');
    expect(root.getElementById(description.getAttribute('aria-describedby')!)!.textContent).to.equal('Omschrijving is verplicht');
    await until(() => root.activeElement === description, 'focus on the invalid field');
    expect(byLabel<HTMLTextAreaElement>(form, 'Welke hulp is nodig').value).to.equal('');
    const stored = (await izp.getPlan(planId))!.agreements.find((a) => a.id === agreements.dietitian.id)!;
    expect(stored).to.deep.equal(plan.snapshot!.agreements.find((a) => a.id === agreements.dietitian.id));
    expect(stored.version).to.equal(2);
  });

  it('closes an agreement (function 7) with an outcome, then shows it read-only', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, agreements } = await fatmaPlan(adapter);
    const plan = await mount(adapter, null);
    const said = announcements(plan);
    const { root } = await agreementIn(plan, agreements.dietitian.id);
    expect(root.querySelector('dialog'), 'no dialog until it is opened').to.equal(null);
    await chooseFromMenu(root, 'Afspraak afsluiten');
    const dialog = await until(() => root.querySelector('dialog'), 'the dialog');
    await until(() => dialog.open, 'the dialog open');
    typeInto(byLabel<HTMLSelectElement>(dialog, 'Uitkomst'), 'stopped');
    typeInto(byLabel<HTMLTextAreaElement>(dialog, 'Toelichting'), 'Verwijzing niet gelukt; later opnieuw.');
    const closed = oneEvent(plan, 'izp-agreement-closed');
    button(dialog, 'Afspraak afsluiten').click();
    const { detail } = await closed;
    expect(detail.agreement).to.include({ id: agreements.dietitian.id, status: 'stopped', closeNote: 'Verwijzing niet gelukt; later opnieuw.' });
    expect((await izp.getPlan(planId))!.agreements.find((a) => a.id === agreements.dietitian.id)!.status).to.equal('stopped');
    // The row shows the closed agreement before its menu is read (a closed menu has no item buttons to wait for).
    await until(() => text(root.querySelector('.row')!).includes('Gestopt'), 'the row to show the agreement stopped');
    expect(hasButton(root, 'Afspraak aanpassen') || hasButton(root, 'Afspraak afsluiten'), 'no controls outside the menu').to.equal(false);
    const offered = await menuLabels(root);
    expect(offered, 'nor in its menu').to.not.include('Afspraak aanpassen');
    expect(offered, 'nor in its menu').to.not.include('Afspraak afsluiten');
    expect(text(root), 'the status once, not again as an outcome').to.not.contain('Uitkomst');
    expect(text(root.querySelector('.row')!)).to.contain('Gestopt');
    expect(text(await openDetails(root))).to.contain('Verwijzing niet gelukt; later opnieuw.').and.contain('Afgesloten');
    expect(dialog.isConnected, 'the dialog leaves the DOM once closed').to.equal(false);
    await until(() => root.activeElement?.id === 'agreement-title', 'focus on the agreement');
    await until(() => said.includes('Afspraak afgesloten.'), 'the announcement');
  });

  it('is edited and closed with the keyboard alone', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId, agreements } = await fatmaPlan(adapter);
    const plan = await mount(adapter, agreements.walk.id);
    const { root } = await agreementIn(plan, agreements.walk.id);
    // The row's menu: Enter opens it on its first item ("Afspraak aanpassen"), Enter runs that.
    const menu = menuButton(root);
    menu.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => root.activeElement === button(root, 'Afspraak aanpassen'), 'the first menu item');
    await sendKeys({ press: 'Enter' });
    const form = await until(() => root.querySelector<HTMLFormElement>('form[part="edit-form"]'), 'the edit form');
    await until(() => root.activeElement === byLabel(form, 'Wat is er afgesproken?'), 'focus in the form');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: ' Met Fatma.' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' }); // who, name, role
    expect(root.activeElement).to.equal(byLabel(form, 'Rol'));
    await sendKeys({ press: 'Tab' }); // support
    await sendKeys({ press: 'Tab' }); // frequency
    expect(root.activeElement).to.equal(byLabel(form, 'Hoe vaak'));
    const updated = oneEvent(plan, 'izp-agreement-updated');
    await sendKeys({ press: 'Enter' });
    expect((await updated).detail.agreement.description).to.equal(`${WALK} Met Fatma.`);
    await until(() => root.activeElement === menu, 'focus back on the menu button');

    // ArrowUp opens the menu on its last item ("Afspraak afsluiten").
    await sendKeys({ press: 'ArrowUp' });
    await until(() => root.activeElement === button(root, 'Afspraak afsluiten'), 'the last menu item');
    await sendKeys({ press: 'Enter' });
    let dialog = await until(() => root.querySelector('dialog'), 'the dialog');
    await until(() => dialog.open, 'the dialog open');
    expect(root.activeElement).to.equal(byLabel(dialog, 'Uitkomst'));
    await sendKeys({ press: 'Escape' });
    await until(() => !root.querySelector('dialog') && root.activeElement === menu, 'the dialog gone, focus on the menu button');
    await sendKeys({ press: 'ArrowUp' });
    await until(() => root.activeElement === button(root, 'Afspraak afsluiten'), 'the last menu item again');
    await sendKeys({ press: 'Enter' });
    dialog = await until(() => root.querySelector('dialog'), 'the dialog again');
    await until(() => dialog.open, 'the dialog open again');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Klaar.' });
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(button(dialog, 'Afspraak afsluiten'));
    const closed = oneEvent(plan, 'izp-agreement-closed');
    await sendKeys({ press: ' ' });
    expect((await closed).detail.agreement).to.include({ status: 'completed', closeNote: 'Klaar.' });
    expect((await izp.getPlan(planId))!.agreements.find((a) => a.id === agreements.walk.id)!.status).to.equal('completed');
    await until(() => root.activeElement?.id === 'agreement-title', 'focus on the agreement');
  });

  it('keeps the typed text, says what happened and fires izp-error when storage is down', async () => {
    const adapter = new TestAdapter();
    const { izp, planId, agreements } = await fatmaPlan(adapter);
    const plan = await mount(adapter, agreements.walk.id);
    const said = announcements(plan);
    const { root } = await agreementIn(plan, agreements.walk.id);
    const form = await openEdit(root);
    typeInto(byLabel<HTMLTextAreaElement>(form, 'Wat is er afgesproken?'), 'Twee keer per week wandelen.');
    typeInto(byLabel<HTMLTextAreaElement>(form, 'Waarom aangepast'), 'Gaat goed.');
    adapter.failCommits = true;
    const failed = oneEvent(plan, 'izp-error');
    button(form, 'Opslaan').click();
    const { detail } = await failed;
    expect(detail.action).to.equal('updateAgreement');
    expect(detail.error.code).to.equal('unavailable');
    const alert = await until(() => form.querySelector('[role="alert"]'), 'the alert');
    expect(alert.textContent).to.contain('De opslag is niet bereikbaar');
    expect(root.querySelector('form[part="edit-form"]')).to.equal(form);
    expect(byLabel<HTMLTextAreaElement>(form, 'Wat is er afgesproken?').value).to.equal('Twee keer per week wandelen.');
    expect(byLabel<HTMLTextAreaElement>(form, 'Waarom aangepast').value).to.equal('Gaat goed.');
    await until(() => said.some((m) => m.includes('De opslag is niet bereikbaar')), 'the announcement');
    expect((await izp.getPlan(planId))!.agreements.find((a) => a.id === agreements.walk.id)!.version).to.equal(3);
    adapter.failCommits = false;
    const updated = oneEvent(plan, 'izp-agreement-updated');
    button(form, 'Opslaan').click();
    expect((await updated).detail.agreement).to.include({ version: 4, description: 'Twee keer per week wandelen.' });
  });

  describe('when someone else changed it meanwhile', () => {
    async function conflict() {
      const adapter = new MemoryAdapter();
      const { izp, planId, agreements } = await fatmaPlan(adapter);
      const plan = await mount(adapter, agreements.walk.id);
      const { root } = await agreementIn(plan, agreements.walk.id);
      const form = await openEdit(root);
      typeInto(byLabel<HTMLTextAreaElement>(form, 'Wat is er afgesproken?'), 'Elke zaterdag naar de markt lopen.');
      await izpAt(adapter, verhoeven).updateAgreement(planId, agreements.walk.id, { frequency: 'Twee keer per week' }, { expectedVersion: 3 });
      const failed = oneEvent(plan, 'izp-error');
      button(form, 'Opslaan').click();
      expect((await failed).detail.error.code).to.equal('conflict');
      const alert = await until(() => form.querySelector('[part="conflict"]'), 'the conflict');
      return { izp, planId, plan, root, form, alert, id: agreements.walk.id };
    }

    it('keeps the typed text and shows the other user\'s version', async () => {
      const { form, alert } = await conflict();
      expect(byLabel<HTMLTextAreaElement>(form, 'Wat is er afgesproken?').value).to.equal('Elke zaterdag naar de markt lopen.');
      expect(text(alert)).to.contain('Iemand anders heeft dit intussen gewijzigd').and.contain('De versie van de ander')
        .and.match(/Versie 4, .+, door dr\. P\. Verhoeven/).and.contain('Hoe vaak Twee keer per week').and.contain(WALK);
      expect(hasButton(alert, 'Versie van de ander laden')).to.equal(true);
      expect(hasButton(alert, 'Mijn wijziging toch opslaan')).to.equal(true);
    });

    it('reload discards the edit and shows the stored version', async () => {
      const { izp, planId, root, alert, id } = await conflict();
      button(alert, 'Versie van de ander laden').click();
      await until(() => !root.querySelector('form[part="edit-form"]'), 'the form to close');
      await until(() => text(root.querySelector('.row')!).includes('Twee keer per week'), 'their version');
      expect(root.querySelector('#agreement-title')!.textContent).to.equal(WALK);
      expect(root.activeElement).to.equal(menuButton(root));
      const stored = (await izp.getPlan(planId))!.agreements.find((a) => a.id === id)!;
      expect(stored).to.include({ version: 4, description: WALK, frequency: 'Twee keer per week' });
      const form = await openEdit(root);
      expect(byLabel(form, 'Hoe vaak').value).to.equal('Twee keer per week');
    });

    it('re-apply saves the typed text over their version', async () => {
      const { izp, planId, plan, root, alert, id } = await conflict();
      const updated = oneEvent(plan, 'izp-agreement-updated');
      button(alert, 'Mijn wijziging toch opslaan').click();
      const { detail } = await updated;
      expect(detail.previous).to.include({ version: 4, frequency: 'Twee keer per week' });
      expect(detail.agreement).to.include({ version: 5, description: 'Elke zaterdag naar de markt lopen.' });
      const stored = (await izp.getPlan(planId))!.agreements.find((a) => a.id === id)!;
      expect(stored).to.include({ version: 5, description: 'Elke zaterdag naar de markt lopen.' });
      await until(() => root.querySelector('#agreement-title')!.textContent === 'Elke zaterdag naar de markt lopen.', 'the saved text');
      expect(root.querySelector('[part="conflict"]')).to.equal(null);
    });
  });

  it('renders untrusted text as text, never as markup, also in earlier versions and conflicts', async () => {
    const adapter = new MemoryAdapter();
    const evil = 'Eten <img src=x onerror=alert(1)> <script>alert(2)</script>';
    const { planId, agreements } = await fatmaPlan(adapter, evil);
    const plan = await mount(adapter, agreements.dietitian.id);
    const { root } = await agreementIn(plan, agreements.dietitian.id);
    expect(root.querySelector('#agreement-title')!.textContent).to.equal(evil);
    await openVersions(root);
    expect(text(root.querySelector('details')!)).to.contain(evil);
    const form = await openEdit(root);
    await izpAt(adapter, verhoeven).updateAgreement(planId, agreements.dietitian.id, { frequency: '<b>vaak</b>' });
    button(form, 'Opslaan').click();
    const alert = await until(() => form.querySelector('[part="conflict"]'), 'the conflict');
    expect(text(alert)).to.contain('<b>vaak</b>').and.contain(evil);
    expect(deepAll(plan, 'img, script, b')).to.have.length(0);
  });

  it('offers no edit or close controls in the patient view, nor to a patient user; versions stay readable', async () => {
    const adapter = new MemoryAdapter();
    const { agreements } = await fatmaPlan(adapter);
    for (const options of [{ view: 'patient' as const }, { user: fatmaUser }]) {
      const plan = await mount(adapter, agreements.walk.id, options);
      const { root } = await agreementIn(plan, agreements.walk.id);
      expect(text(root)).to.contain(WALK);
      expect(deepAll(root, 'button:not(.disclosure), form, dialog'), 'only the details toggle').to.have.length(0);
      const details = await openVersions(root);
      expect(details.querySelectorAll('ol > li')).to.have.length(2);
    }
  });
});
