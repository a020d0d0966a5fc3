/**
 * The nine functions of the reference model, run through the elements by keyboard alone (Tab, typing,
 * Enter), against both shipped adapters. Each step reaches its control by pressing Tab, so a control that
 * cannot be reached by keyboard fails the test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { IndexedDbAdapter } from '../../src/adapters/indexeddb/index.js';
import { MemoryAdapter, type StorageAdapter } from '../../src/core/index.js';
import '../../src/define.js';
import { IzpOverview } from '../../src/elements/overview/izp-overview.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { sanne, izpAt } from './helpers.js';

function* deep(root: ParentNode): Generator<Element> {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function until<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 10));
  }
  const active = deepActive();
  throw new Error(`timed out waiting for ${what} (focus on ${active?.outerHTML.slice(0, 120) ?? 'nothing'})`);
}

const visible = (e: Element) => (e as HTMLElement).checkVisibility?.() ?? true;
const buttonNamed = (text: string, within: ParentNode = document) =>
  until(() => [...deep(within)].find((e): e is HTMLButtonElement => e instanceof HTMLButtonElement && [text, `${text}:`].some((t) => e.textContent.trim().startsWith(t) && e.textContent.trim().length <= t.length + 60) && visible(e)), `button "${text}"`);
const fieldLabelled = (text: string) =>
  until(() => {
    const label = [...deep(document)].find((e): e is HTMLLabelElement => e instanceof HTMLLabelElement && visible(e) && e.textContent?.trim().replace(/\s*\*$/, '') === text);
    return label ? ((label.getRootNode() as ShadowRoot).getElementById(label.htmlFor)) : null;
  }, `field "${text}"`);

/**
 * Presses Tab until the control has focus: proof that a keyboard user can reach it. Past the end of the
 * page, focus cycles through the browser's own controls and comes back to the top, as for a real user.
 */
async function tabTo(target: Element): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (deepActive() === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not reach ${target.outerHTML.slice(0, 80)} with Tab`);
}

async function press(text: string, within?: ParentNode): Promise<void> {
  await tabTo(await buttonNamed(text, within));
  await sendKeys({ press: 'Enter' });
}

/** Opens a row's menu ("Acties") by keyboard and runs `item` from it: Enter opens it, ArrowDown moves, Enter runs. */
async function choose(item: string, within: ParentNode): Promise<void> {
  await press('Acties', within);
  const target = await buttonNamed(item, within);
  for (let i = 0; i < 10 && deepActive() !== target; i++) await sendKeys({ press: 'ArrowDown' });
  expect(deepActive(), `menu item "${item}"`).to.equal(target);
  await sendKeys({ press: 'Enter' });
}

/** Shows a section of the plan by keyboard: Tab to the selected tab, then the arrow keys (Home, End) to another. */
async function section(el: IzpPlan, key: 'Home' | 'End'): Promise<void> {
  await tabTo(el.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')!);
  await sendKeys({ press: key });
}

async function typeInto(label: string, value: string): Promise<void> {
  await tabTo(await fieldLabelled(label));
  await sendKeys({ type: value });
}

const adapters: [string, () => StorageAdapter][] = [
  ['MemoryAdapter', () => new MemoryAdapter()],
  ['IndexedDbAdapter', () => new IndexedDbAdapter({ name: `izp-nine-${Date.now()}` })],
];

// Firefox moves focus into its own toolbar once Tab passes the page's end, and keys sent over WebDriver
// BiDi do not bring it back; the elements' own keyboard tests (shorter Tab paths) run in Firefox too.
const firefox = navigator.userAgent.includes('Firefox');

for (const [name, make] of adapters) {
  (firefox ? describe.skip : describe)(`the nine functions by keyboard alone (${name})`, () => {
    const printed: Document[] = [];
    const original = Object.getOwnPropertyDescriptor(IzpOverview.prototype, 'printDocument')!;
    before(() => {
      // The browser's print dialog cannot be driven in a test; the document it would print is kept.
      Object.defineProperty(IzpOverview.prototype, 'printDocument', { value: (doc: Document) => void printed.push(doc), configurable: true });
    });
    after(() => Object.defineProperty(IzpOverview.prototype, 'printDocument', original));

    it('creates, fills, changes, shows, prints and closes a plan', async function () {
      this.timeout(120000); // a keyboard user tabs through the whole plan: many key presses
      const adapter = make();
      const izp = izpAt(adapter, sanne);
      const el = await fixture<IzpPlan>(html`<izp-plan patient-id="pat-degroot" patient-name="Dhr. J. de Groot" .izp=${izpAt(adapter, sanne)}></izp-plan>`);
      await expect(el).to.be.accessible();

      // 1 Invoeren nieuw IZP
      await press('Zorgplan maken');
      await until(() => el.shadowRoot!.querySelector('header'), 'the new plan');

      // 3 Invoeren doel
      await press('Doel toevoegen');
      await typeInto('Wat wil de patiënt bereiken?', 'Weer de trap op kunnen zonder te stoppen.');
      await press('Doel toevoegen', el.shadowRoot!.querySelector('#add-goal')!);
      const goalEl = await until(() => el.shadowRoot!.querySelector('izp-goal'), 'the goal element');

      // 5 Invoeren nieuwe afspraak
      await press('Afspraak toevoegen', goalEl.shadowRoot!);
      await typeInto('Wat is er afgesproken?', 'Elke dag tien minuten traplopen.');
      await press('Afspraak toevoegen', goalEl.shadowRoot!.querySelector('form[part="add-agreement"]')!);
      const agreementEl = await until(() => goalEl.shadowRoot!.querySelector('izp-agreement'), 'the agreement element');

      // The case manager accords the concept.
      await press('Accorderen');
      await until(() => el.shadowRoot!.querySelector('header')!.textContent.includes('Actueel'), 'the plan to be current');

      // 6 Aanpassen afspraak (from the agreement's menu)
      await choose('Afspraak aanpassen', agreementEl.shadowRoot!);
      await tabTo(await fieldLabelled('Wat is er afgesproken?'));
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'a' });
      await sendKeys({ up: 'Control' });
      await sendKeys({ type: 'Om de dag tien minuten traplopen.' });
      await press('Opslaan', agreementEl.shadowRoot!);
      await until(() => agreementEl.shadowRoot!.textContent.includes('Om de dag tien minuten traplopen.'), 'the changed agreement');

      // 8 Overzicht: the last tab of the plan's navigation
      await section(el, 'End');
      const overview = await until(() => el.shadowRoot!.querySelector('izp-overview'), 'the overview section');
      expect(el.section).to.equal('overview');
      await until(() => overview.shadowRoot!.textContent.includes('Om de dag tien minuten traplopen.'), 'the overview');

      // 9 Overzicht uitdraaien
      await press('Afdrukken', overview.shadowRoot!);
      await until(() => printed.length === 1, 'the printout');
      expect(printed[0]!.body.textContent).to.contain('Mijn zorgplan').and.contain('Wat doe ik zelf').and.contain('Om de dag tien minuten traplopen.');

      // Back to the plan: its first tab.
      await section(el, 'Home');
      const goalAgain = await until(() => el.shadowRoot!.querySelector('izp-goal')?.shadowRoot?.querySelector('article') && el.shadowRoot!.querySelector('izp-goal')!, 'the goal again');
      const agreementAgain = await until(() => goalAgain.shadowRoot!.querySelector('izp-agreement')?.shadowRoot?.querySelector('article') && goalAgain.shadowRoot!.querySelector('izp-agreement')!, 'the agreement again');

      // 7 Afsluiten afspraak
      await choose('Afspraak afsluiten', agreementAgain.shadowRoot!);
      await press('Afspraak afsluiten', await until(() => agreementAgain.shadowRoot!.querySelector('dialog'), 'the dialog'));

      // 4 Afsluiten doel
      await choose('Doel afsluiten', goalAgain.shadowRoot!);
      await press('Doel afsluiten', await until(() => goalAgain.shadowRoot!.querySelector('dialog'), 'the dialog'));

      // 2 Afsluiten IZP
      await choose('Zorgplan afsluiten', el.shadowRoot!.querySelector('header')!);
      await typeInto('Reden van afsluiten', 'Doelen bereikt.');
      await press('Zorgplan afsluiten', await until(() => el.shadowRoot!.querySelector('dialog'), 'the dialog'));
      await until(() => el.shadowRoot!.querySelector('header')!.textContent.includes('Doelen bereikt.'), 'the closed plan');

      const stored = (await izp.getPlan((await izp.getPlanForPatient('pat-degroot'))!.id))!;
      expect(stored.plan.status).to.equal('completed');
      expect(stored.goals.map((g) => [g.status, g.outcome])).to.deep.equal([['completed', 'achieved']]);
      expect(stored.agreements.map((a) => [a.description, a.status, a.version])).to.deep.equal([['Om de dag tien minuten traplopen.', 'completed', 4]]);
      const actions = (await izp.history(stored.plan.id)).map((r) => r.action);
      expect(actions).to.deep.equal([
        'plan.create', 'goal.add', 'agreement.add', 'plan.accord', 'goal.accord', 'agreement.accord',
        'agreement.update', 'plan.print', 'agreement.close', 'goal.close', 'plan.close',
      ]);
      if (adapter instanceof IndexedDbAdapter) await adapter.destroy();
    });
  });
}
