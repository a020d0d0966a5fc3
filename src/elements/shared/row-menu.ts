/**
 * One menu of actions per row (the WAI-ARIA menu button pattern): a button with `aria-haspopup="menu"`
 * opens a short list of menu items. A row then shows its one primary action and this button instead of
 * a button per function, which is what keeps a plan of three goals within two screens.
 *
 * Keyboard: Enter, Space or ArrowDown on the button opens the menu on its first item, ArrowUp on its
 * last; ArrowDown/ArrowUp/Home/End move between items; Enter or Space runs one; Escape closes the menu
 * and puts focus back on the button; Tab closes it and moves on. Choosing an item closes the menu and
 * gives focus back to the button before the action runs, so a dialog the action opens returns there.
 *
 * The list exists only while the menu is open (and `aria-controls` with it, as the tabs point only at the
 * panel that exists): a closed menu is one button, not a list, an item and a button per action in every
 * row, which was about a third of the elements of a plan's first render. The items are still the host's,
 * asked of the core at every render, so an open menu follows a change of permissions.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createRef, ref } from 'lit/directives/ref.js';

export interface MenuItem {
  label: string;
  /** Runs the action; `trigger` is the menu button, for a dialog to give focus back to. */
  run: (trigger: HTMLElement) => void;
  danger?: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

export class RowMenu implements ReactiveController {
  private open = false;
  private readonly button = createRef<HTMLButtonElement>();
  private readonly list = createRef<HTMLUListElement>();

  /** `id` must be unique within the host's shadow root. */
  constructor(private readonly host: Host, private readonly id: string) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.open = false;
  }

  /** Closes the menu without moving focus (the row changed under it). */
  close(): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
  }

  private items(): HTMLElement[] {
    return [...(this.list.value?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  private async show(focus: 'first' | 'last'): Promise<void> {
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const items = this.items();
    (focus === 'first' ? items[0] : items.at(-1))?.focus();
  }

  private dismiss(): void {
    this.close();
    this.button.value?.focus();
  }

  private onButtonKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  private onMenuKey(event: KeyboardEvent): void {
    const items = this.items();
    const index = items.indexOf(event.target as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown': return move(index + 1);
      case 'ArrowUp': return move(index - 1);
      case 'Home': return move(0);
      case 'End': return move(items.length - 1);
      case 'Escape':
        event.preventDefault();
        event.stopPropagation(); // an Escape in a menu must not also close a dialog around it
        return this.dismiss();
      // Focus goes to the button first, so the browser's Tab moves on from there (Shift+Tab to what is
      // before it) and not from an item that leaves the DOM as the menu closes.
      case 'Tab':
        this.button.value?.focus();
        return this.close();
    }
  }

  /** Focus left the menu and its button (a click elsewhere): the menu closes. */
  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    const wrap = (event.currentTarget as HTMLElement);
    if (!next || !wrap.contains(next)) this.close();
  }

  private choose(item: MenuItem): void {
    const trigger = this.button.value!;
    this.close();
    trigger.focus();
    item.run(trigger);
  }

  /**
   * The menu button and its menu; nothing when there are no items. `name` is the button's accessible
   * name (what the row is about), `label` its visible text.
   */
  render(label: string, name: string, items: readonly MenuItem[]) {
    if (!items.length) {
      this.open = false; // no button to hold it open: a menu that gets items again starts closed
      return nothing;
    }
    return html`<span class="menu-wrap" @focusout=${(e: FocusEvent) => this.onFocusOut(e)}>
      <button type="button" class="menu-button" id="${this.id}-button" ${ref(this.button)} aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${ifDefined(this.open ? `${this.id}-menu` : undefined)} aria-label=${name}
        @click=${() => (this.open ? this.close() : void this.show('first'))} @keydown=${(e: KeyboardEvent) => this.onButtonKey(e)}>${label}<span aria-hidden="true"> ▾</span></button>
      ${this.open ? html`<ul role="menu" id="${this.id}-menu" class="menu" ${ref(this.list)} aria-labelledby="${this.id}-button"
        @keydown=${(e: KeyboardEvent) => this.onMenuKey(e)}>
        ${items.map((item) => html`<li role="none"><button type="button" role="menuitem" tabindex="-1" class=${item.danger ? 'danger' : ''}
          @click=${() => this.choose(item)}>${item.label}</button></li>`)}
      </ul>` : nothing}
    </span>`;
  }
}

/** The menu's look: a small list under its button, above the rows that follow. */
export const menuStyles = css`
  .menu-wrap { position: relative; display: inline-block; }
  .menu {
    position: absolute;
    inset-inline-end: 0;
    inset-block-start: calc(100% + 2px);
    z-index: 10;
    min-width: 14em;
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.18);
  }
  .menu button {
    display: block;
    width: 100%;
    text-align: start;
    border: 0;
    border-radius: 0;
    min-height: 2.25em;
    background: transparent;
  }
  .menu button:hover, .menu button:focus { background: var(--_surface-alt); }
  .menu button.danger { color: var(--_danger); }
`;
