/**
 * The compact professional layout of <izp-plan>: the sections as tabs (keyboard, host-driven, event),
 * the entry point, the row menus (keyboard), details on expand, and dialogs and forms that exist only
 * while open. The example plans of De Linde, on the tests' fixed day.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import type { PlanSection } from '../../src/events/events.js';
import { patients, staff } from '../../stories/fixtures/example-plans.js';
import { deepAll, izpAt, seeded, TODAY, until } from './helpers.js';

async function mount(patient: keyof typeof patients, section?: PlanSection) {
  const { adapter } = await seeded();
  const el = await fixture<IzpPlan>(section
    ? html`<izp-plan .izp=${izpAt(adapter, staff.poh)} patient-id=${patients[patient].id} today=${TODAY} lang="nl" section=${section}></izp-plan>`
    : html`<izp-plan .izp=${izpAt(adapter, staff.poh)} patient-id=${patients[patient].id} today=${TODAY} lang="nl"></izp-plan>`);
  await until(() => el.snapshot && el.shadowRoot!.querySelector('[role="tabpanel"]'), 'the plan and its section');
  return { el, adapter };
}

const root = (el: IzpPlan) => el.shadowRoot!;
const tabs = (el: IzpPlan) => [...root(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const selected = (el: IzpPlan) => root(el).querySelector<HTMLButtonElement>('[role="tab"][aria-selected="true"]')!;
const panel = (el: IzpPlan) => root(el).querySelector<HTMLElement>('[role="tabpanel"]')!;

describe('<izp-plan> compact professional layout', () => {
  describe('sections', () => {
    it('offers Plan, Consult, Modules, Team, Geschiedenis and Overzicht as tabs; only the active section is rendered', async () => {
      const { el } = await mount('yildiz', 'plan');
      expect(root(el).querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal('Onderdelen van het zorgplan');
      expect(tabs(el).map((t) => t.textContent.trim())).to.deep.equal(['Plan', 'Consult', 'Modules', 'Team', 'Geschiedenis', 'Overzicht']);
      expect(tabs(el).map((t) => t.tabIndex), 'only the selected tab is in the Tab order').to.deep.equal([0, -1, -1, -1, -1, -1]);
      expect(selected(el).getAttribute('aria-controls')).to.equal(panel(el).id);
      expect(panel(el).getAttribute('aria-labelledby')).to.equal(selected(el).id);
      await until(() => deepAll(el, 'izp-goal').length === 3, 'the goals');
      expect(deepAll(el, 'izp-consultation, izp-modules, izp-care-team, izp-history, izp-overview'), 'the other sections are not in the DOM').to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('moves between sections with the arrow keys, Home and End, and tells the host', async () => {
      const { el } = await mount('yildiz', 'plan');
      const changes: { section: string; previous: string }[] = [];
      el.addEventListener('izp-section-changed', (e) => changes.push(e.detail));
      selected(el).focus();
      await sendKeys({ press: 'ArrowRight' });
      await until(() => root(el).activeElement === root(el).querySelector('#tab-consult'), 'focus on Consult');
      expect(el.section).to.equal('consult');
      expect(el.getAttribute('section'), 'reflected').to.equal('consult');
      await until(() => root(el).querySelector('izp-consultation'), 'the consultation');
      expect(deepAll(el, 'izp-goal')).to.have.length(0);
      await sendKeys({ press: 'End' });
      await until(() => root(el).querySelector('izp-overview'), 'the overview');
      await sendKeys({ press: 'ArrowRight' });
      await until(() => el.section === 'plan', 'round to the first');
      await sendKeys({ press: 'ArrowLeft' });
      await until(() => el.section === 'overview', 'round to the last');
      await sendKeys({ press: 'Home' });
      await until(() => el.section === 'plan' && root(el).activeElement === root(el).querySelector('#tab-plan'), 'the first tab');
      expect(changes).to.deep.equal([
        { section: 'consult', previous: 'plan' }, { section: 'overview', previous: 'consult' },
        { section: 'plan', previous: 'overview' }, { section: 'overview', previous: 'plan' }, { section: 'plan', previous: 'overview' },
      ]);
      // A click shows a section too.
      const changed = oneEvent(el, 'izp-section-changed');
      root(el).querySelector<HTMLButtonElement>('#tab-team')!.click();
      expect((await changed).detail).to.deep.equal({ section: 'team', previous: 'plan' });
      await until(() => deepAll(el, 'izp-care-team')[0]?.shadowRoot?.querySelector('li'), 'the care team');
      await expect(el).to.be.accessible();
    });

    it('is driven by the host through the section attribute and property, without an event', async () => {
      const { el } = await mount('yildiz', 'history');
      await until(() => root(el).querySelector('izp-history'), 'the history, as the host asked');
      let events = 0;
      el.addEventListener('izp-section-changed', () => events++);
      el.setAttribute('section', 'modules');
      await until(() => root(el).querySelector('izp-modules'), 'the modules');
      expect(selected(el).id).to.equal('tab-modules');
      el.section = 'overview';
      await until(() => root(el).querySelector('izp-overview'), 'the overview');
      expect(el.getAttribute('section')).to.equal('overview');
      el.setAttribute('section', 'nonsense');
      await until(() => root(el).querySelector('izp-goal'), 'an unknown section shows the plan');
      expect(events, 'the host knows what it set').to.equal(0);
    });

    it('opens a current plan with something due on Consult, else on Plan; a new patient on their own entry point', async () => {
      const { el, adapter } = await mount('bosman');
      expect(el.section, 'Henk Bosman: an overdue evaluation').to.equal('consult');
      expect(el.getAttribute('section')).to.equal('consult');
      await until(() => root(el).querySelector('izp-consultation[without-agreed]'), 'the consultation, without what the Plan section shows');
      el.patientId = patients.jansen.id;
      await until(() => el.snapshot?.plan.patientId === patients.jansen.id, 'Anouk Jansen');
      await el.updateComplete;
      expect(el.section, 'a concept plan opens on the plan').to.equal('plan');
      expect(tabs(el).map((t) => t.id), 'no consultation for a concept').to.not.include('tab-consult');
      const concept = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, staff.poh)} patient-id=${patients.jansen.id} section="consult"></izp-plan>`);
      await until(() => concept.shadowRoot!.querySelector('[role="tabpanel"]'), 'the concept');
      expect(concept.shadowRoot!.querySelector('[role="tabpanel"]')!.id, 'a section the plan does not offer shows the plan').to.equal('panel-plan');
    });

    it('keeps the patient view plain: no sections', async () => {
      const { adapter } = await seeded();
      const el = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, patients.yildiz.user)} patient-id=${patients.yildiz.id} view="patient"></izp-plan>`);
      await until(() => deepAll(el, 'izp-overview')[0]?.shadowRoot?.querySelector('.printout'), 'the plan in plain words');
      expect(root(el).querySelector('[role="tablist"]')).to.equal(null);
    });
  });

  describe('rows', () => {
    it('opens a row menu by keyboard: Enter, the arrows, Home, End, Escape and Tab; focus returns to its button', async () => {
      const { el } = await mount('yildiz', 'plan');
      const goal = await until(() => deepAll(el, 'izp-goal').find((g) => g.shadowRoot?.querySelector('#goal-title')?.textContent === 'In drie maanden vijf kilo afvallen.'), 'the goal');
      const groot = goal.shadowRoot!;
      const trigger = groot.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
      // The list exists only while the menu is open, and the button points at it only then.
      const menu = () => groot.querySelector<HTMLElement>('[role="menu"]');
      const items = () => [...(menu()?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
      const closed = () => !menu() && trigger.getAttribute('aria-expanded') === 'false' && !trigger.hasAttribute('aria-controls');
      expect(trigger.getAttribute('aria-label')).to.equal('Acties: In drie maanden vijf kilo afvallen.');
      expect(closed(), 'closed: no list, aria-expanded="false", no aria-controls').to.equal(true);
      expect(groot.querySelectorAll('.menu-wrap li, [role="menuitem"]'), 'no item of a closed menu in the row').to.have.length(0);
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => items().length && groot.activeElement === items()[0], 'the first item');
      expect(trigger.getAttribute('aria-expanded')).to.equal('true');
      expect(trigger.getAttribute('aria-controls')).to.equal(menu()!.id);
      expect(menu()!.getAttribute('aria-labelledby')).to.equal(trigger.id);
      expect(items().map((i) => i.textContent.trim())).to.deep.equal(['Evalueren', 'Doel afsluiten']);
      await expect(goal).to.be.accessible();
      await sendKeys({ press: 'ArrowDown' });
      expect(groot.activeElement).to.equal(items()[1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(groot.activeElement, 'wraps to the first').to.equal(items()[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(groot.activeElement, 'wraps to the last').to.equal(items()[1]);
      await sendKeys({ press: 'Home' });
      expect(groot.activeElement).to.equal(items()[0]);
      await sendKeys({ press: 'End' });
      expect(groot.activeElement).to.equal(items()[1]);
      await sendKeys({ press: 'Escape' });
      await until(() => closed() && groot.activeElement === trigger, 'closed, focus on its button');
      await sendKeys({ press: 'ArrowUp' });
      await until(() => items().length && groot.activeElement === items().at(-1), 'ArrowUp opens it on the last item');
      await sendKeys({ press: 'Escape' });
      await until(() => closed() && groot.activeElement === trigger, 'closed again');
      await sendKeys({ press: ' ' });
      await until(() => items().length && groot.activeElement === items()[0], 'Space opens it too');
      // Tab closes it and moves on from its button, forward or back, not from an item that leaves the DOM.
      await sendKeys({ press: 'Tab' });
      await until(() => closed() && groot.activeElement !== trigger && !groot.activeElement?.closest('.menu-wrap'), 'Tab closes it and moves on');
      expect(document.activeElement, 'focus stays in the plan').to.not.equal(document.body);
      trigger.focus();
      await sendKeys({ press: 'ArrowDown' });
      await until(() => items().length && groot.activeElement === items()[0], 'open once more');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await until(() => closed() && groot.activeElement?.textContent?.trim() === 'Afspraak toevoegen', 'Shift+Tab closes it and moves back');
      // The goal's one primary action stays a button of its own.
      expect([...groot.querySelectorAll('.row .actions button')].map((b) => b.textContent.trim())).to.deep.equal(['Details', 'Afspraak toevoegen', 'Acties ▾']);
    });

    it('shows a row\'s details on expand, and only then', async () => {
      const { el } = await mount('yildiz', 'plan');
      const agreement = await until(() => deepAll(el, 'izp-agreement').find((a) => a.shadowRoot?.querySelector('#agreement-title')?.textContent?.startsWith('Eén keer per week')), 'the walk');
      const aroot = agreement.shadowRoot!;
      const toggle = aroot.querySelector<HTMLButtonElement>('button.disclosure')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('agreement-details');
      expect(aroot.querySelector('#agreement-details, details')).to.equal(null);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      const details = await until(() => aroot.querySelector('#agreement-details'), 'the details');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(details.textContent).to.contain('Welke hulp is nodig').and.contain('Laatste evaluatie');
      expect(details.querySelector('details summary')!.textContent, 'the earlier versions inside').to.equal('Eerdere versies');
      await expect(agreement).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await until(() => !aroot.querySelector('#agreement-details'), 'collapsed');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    it('renders no dialog or form of the plan, its goals or agreements until one is opened', async () => {
      const { el } = await mount('yildiz', 'plan');
      await until(() => deepAll(el, 'izp-agreement').filter((a) => a.shadowRoot?.querySelector('article')).length === 3, 'the agreements');
      const own = (e: Element) => [...(e.shadowRoot?.querySelectorAll('dialog, form') ?? [])];
      const hosts = [el, ...deepAll(el, 'izp-goal, izp-agreement')];
      expect(hosts.flatMap(own), 'no dialog or form up front').to.have.length(0);
      expect(deepAll(el, 'button').filter((b) => b.checkVisibility() && b.textContent.trim() === 'Evalueren'), 'no "Evalueren" per item').to.have.length(0);
      // Opened from the header's menu, the close dialog exists while open and leaves with Escape.
      const header = root(el).querySelector('header')!;
      header.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!.focus();
      await sendKeys({ press: 'ArrowUp' });
      await until(() => root(el).activeElement?.textContent?.trim() === 'Zorgplan afsluiten', 'the last item');
      await sendKeys({ press: 'Enter' });
      const dialog = await until(() => root(el).querySelector('dialog'), 'the dialog');
      await until(() => dialog.open, 'open');
      await sendKeys({ press: 'Escape' });
      await until(() => !root(el).querySelector('dialog'), 'gone again');
      expect(root(el).activeElement).to.equal(header.querySelector('button[aria-haspopup="menu"]'));
    });
  });
});
