/**
 * Helpers shared by the element tests: the fictional people, storage that can be made to fail, and
 * finding and driving things as a user would, across shadow roots.
 */
import { ContextEvent } from '@lit/context';
import { createIzp, MemoryAdapter, type AuditRecord, type CallOptions, type ChangeSet, type Person, type StorageAdapter, type User } from '../../src/core/index.js';
import type { IzpEvaluation } from '../../src/elements/evaluation/izp-evaluation.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { planContext, type PlanContext } from '../../src/elements/shared/context.js';
import { seedExamplePlans } from '../../stories/fixtures/example-plans.js';

// ---- people (fictional) ----------------------------------------------------------------------------

/** Sanne de Wit, practice nurse (POH) of Huisartsenpraktijk De Linde. */
export const sanne: User = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' };
/** dr. P. Verhoeven, general practitioner. */
export const verhoeven: User = { id: 'ha-verhoeven', name: 'dr. P. Verhoeven', role: 'gp' };
/** Fatma Yıldız's patient id in the plans built by the goal, agreement and history tests. */
export const FATMA = 'pat-fatma';
/** Fatma Yıldız signed in as the patient of the plan with patient id `FATMA`. */
export const fatmaUser: User = { id: FATMA, name: 'Fatma Yıldız', role: 'patient' };
/** Fatma Yıldız signed in as patient `pat-yildiz` (the plan, care-team and modules tests). */
export const fatma: User = { id: 'pat-yildiz', name: 'Fatma Yıldız', role: 'patient' };

// ---- the day the tests run on ----------------------------------------------------------------------

/**
 * The element tests run on Monday 30 November 2026, whatever the machine's date: every core they make
 * (and every core an `<izp-plan>` under test uses) reads this clock, so a date in a fixture never falls
 * into the past as the years go by. The clock ticks one second per reading, from noon local time (after the example data of the day), so
 * stamps stay in order and "today" stays the same day.
 */
export const TODAY = '2026-11-30';
let tick = 0;
export const testNow = (): Date => new Date(2026, 10, 30, 12, 0, tick++);

/** A core for `user` over `adapter`, on the tests' clock. */
export function izpAt(adapter: StorageAdapter, user: User, extra: { onBehalfOf?: Person } = {}) {
  return createIzp({ adapter, user, now: testNow, ...extra });
}

// ---- storage ---------------------------------------------------------------------------------------

/** Memory storage whose commits or history reads can be made to fail, or a commit held until `gate` settles. */
export class TestAdapter extends MemoryAdapter {
  failCommits = false;
  failHistory = false;
  gate: Promise<void> | null = null;
  override async commit(change: ChangeSet, options?: CallOptions): Promise<void> {
    if (this.failCommits) throw new Error('disk unreachable');
    if (this.gate) await this.gate;
    return super.commit(change, options);
  }
  override async history(planId: string, options?: CallOptions): Promise<AuditRecord[]> {
    if (this.failHistory) throw new Error('disk unreachable');
    return super.history(planId, options);
  }
}

/** The example plans of De Linde seeded relative to the tests' day, with a core acting as Sanne. */
export async function seeded(adapter: MemoryAdapter = new MemoryAdapter()) {
  const ids = await seedExamplePlans(adapter, TODAY);
  return { adapter, izp: izpAt(adapter, sanne), ids };
}

// ---- finding and driving things as a user would ------------------------------------------------------

/**
 * Polls `fn` every 10 ms until it returns something truthy (returned), or throws after `timeout` ms: long
 * enough for a loaded machine, well inside mocha's 30 s per test.
 */
export async function until<T>(fn: () => T | null | undefined | false, what = 'condition', timeout = 8000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Every element matching `selector` inside `root`, descending into all shadow roots. */
export function deepAll(root: Element | ShadowRoot, selector: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    out.push(...node.querySelectorAll(selector));
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(root);
  return out;
}

/** A control by its label's text (without the required mark), inside `scope`; throws if there is none. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, text: string): T {
  const label = [...scope.querySelectorAll('label')].find((l) => l.textContent.replace('*', '').trim() === text);
  if (!label?.control) throw new Error(`no field labelled "${text}"`);
  return label.control as unknown as T;
}

/** A button by its exact text; outside dialogs unless `scope` is a dialog; throws if there is none. */
export function button(scope: ParentNode, name: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) => b.textContent.trim() === name && (scope instanceof HTMLDialogElement || !b.closest('dialog')));
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** The first button with this exact text anywhere in `scope`, dialogs included; throws if there is none. */
export function anyButton(scope: ParentNode, name: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Whether `scope` holds a button with this exact text (dialogs included). */
export function hasButton(scope: ParentNode, name: string): boolean {
  return [...scope.querySelectorAll('button')].some((b) => b.textContent.trim() === name);
}

// ---- row menus ----------------------------------------------------------------------------------------
// A row's menu renders its list only while open, so its items are reached as a user reaches them: by
// opening the menu with its button.

/** The row menu's button in `scope` (a row's or the plan header's, not one inside a nested element), if any. */
export function menuButton(scope: ParentNode): HTMLButtonElement | null {
  return scope.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]');
}

/**
 * Opens the row menu in `scope` with a click on its button, as a user does, and returns its items once
 * shown (an open menu stays open); [] when `scope` has no menu, i.e. the row offers no action in one.
 * The button is looked up again on every try: a row still settling (its plan re-read, its permissions
 * arriving) may render a new button or close its menu ("the row changed under it"), and then it is opened
 * again, as a user would. A click is followed by the row's update before anything is checked, so a menu
 * still opening is never clicked shut.
 */
export async function openMenu(scope: ParentNode, timeout = 8000): Promise<HTMLButtonElement[]> {
  const end = Date.now() + timeout;
  for (;;) {
    const trigger = menuButton(scope);
    if (!trigger) return [];
    const root = trigger.getRootNode() as Document | ShadowRoot;
    if (trigger.getAttribute('aria-expanded') !== 'true') {
      trigger.click();
      await (root instanceof ShadowRoot ? (root.host as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete : undefined);
    }
    const id = trigger.isConnected ? trigger.getAttribute('aria-controls') : null;
    const list = id ? root.getElementById(id) : null;
    if (list) return [...list.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
    if (Date.now() > end) throw new Error('timed out waiting for the menu to open');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * What the row menu in `scope` offers ([] without a menu): opens it to read the items, then closes it again.
 * Without a menu button it answers [] at once, so a check that something is absent from a menu must first
 * wait until the row has rendered (its article, its status text), or it could pass before the menu exists.
 */
export async function menuLabels(scope: ParentNode): Promise<string[]> {
  const items = await openMenu(scope);
  const labels = items.map((item) => item.textContent.trim());
  const trigger = menuButton(scope);
  if (trigger?.getAttribute('aria-expanded') === 'true') {
    trigger.click();
    await until(() => trigger.getAttribute('aria-expanded') === 'false' && !trigger.hasAttribute('aria-controls'), 'the menu to close');
  }
  return labels;
}

/**
 * The item `label` of the row menu in `scope`, with the menu opened as a click does, once the row offers
 * it (a row still rendering may not have its menu yet); throws, naming what it offers, if it never does.
 */
export async function menuItem(scope: ParentNode, label: string, timeout = 8000): Promise<HTMLButtonElement> {
  const end = Date.now() + timeout;
  for (;;) {
    const items = await openMenu(scope);
    const item = items.find((i) => i.textContent.trim() === label);
    if (item) return item;
    if (Date.now() > end) throw new Error(`no menu item "${label}" (the menu offers: ${items.map((i) => i.textContent.trim()).join(', ') || 'nothing'})`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Chooses `label` from the row menu in `scope` as a user does: opens the menu, clicks the item. */
export async function chooseFromMenu(scope: ParentNode, label: string): Promise<void> {
  (await menuItem(scope, label)).click();
}

/** Sets a field's value as typing would, firing `input` (or `change` for a select), bubbling and composed. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}

/** The text as a reader meets it: every text node, separated by a space, whitespace collapsed. */
export function readText(node: Node): string {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  while (walker.nextNode()) parts.push(walker.currentNode.textContent!);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** A node's textContent on one line: whitespace collapsed and trimmed ('' for no node). */
export const oneLine = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * What `<izp-plan>` provides to the elements inside it now, asked for as any element inside asks (the
 * context protocol's `context-request` event, from the plan's own shadow root).
 */
export function planContextOf(plan: IzpPlan): PlanContext | undefined {
  let value: PlanContext | undefined;
  const inside = plan.shadowRoot?.querySelector('[role="status"]'); // the live region, always rendered
  inside?.dispatchEvent(new ContextEvent(planContext, inside, (v) => (value = v)));
  return value;
}

/**
 * What the elements say through the plan's live region, recorded at the plan's own (private) `announce`,
 * which the context calls, not read back from the region, which a background tab never fills.
 */
export function announcements(plan: IzpPlan): string[] {
  const said: string[] = [];
  const announce = plan['announce'].bind(plan);
  plan['announce'] = (message: string) => {
    said.push(message);
    announce(message);
  };
  return said;
}

/** The evaluate buttons inside `scope`, once every izp-evaluation there has rendered. */
export async function evaluateButtons(scope: Element | ShadowRoot): Promise<HTMLButtonElement[]> {
  const els = deepAll(scope, 'izp-evaluation') as IzpEvaluation[];
  // The evaluate element loads on demand: wait for its chunk (on a busy machine it may not be there yet).
  await until(() => els.every((e) => e.shadowRoot), 'every izp-evaluation upgraded');
  await Promise.all(els.map((e) => e.updateComplete));
  return els.flatMap((e) => [...e.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="button"]')]);
}
