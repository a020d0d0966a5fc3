/**
 * A native modal `<dialog>` that is rendered only while open and gives focus back to the control that
 * opened it: the browser moves focus into the dialog on `showModal()`, but where it goes afterwards is
 * ours to decide. A plan of 500 agreements then carries no closed dialogs and hidden forms in its DOM.
 *
 * Render the dialog only `if (modal.rendered)`, bind `${ref(modal.ref)}` and `@close=${() => modal.closed()}`
 * on it, and `@cancel=${() => modal.returnFocus()}` for Escape.
 */
import type { ReactiveControllerHost } from 'lit';
import { createRef } from 'lit/directives/ref.js';

export class Modal {
  /** Bind with `${ref(modal.ref)}` on the `<dialog>`. */
  readonly ref = createRef<HTMLDialogElement>();
  /** Whether the dialog is in the DOM: from opening until it has closed. */
  rendered = false;
  private trigger: HTMLElement | null = null;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Renders the dialog and opens it; `from` is the click (or key press) or the control to return to. */
  async open(from: Event | HTMLElement): Promise<void> {
    this.trigger = from instanceof Event ? (from.currentTarget as HTMLElement | null) : from;
    this.rendered = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (this.rendered && !this.ref.value?.open) this.ref.value?.showModal();
  }

  /** Closes without moving focus (after a save that removes the button: the caller places focus). */
  close(): void {
    if (this.ref.value?.open) this.ref.value.close();
    else if (this.rendered) this.closed();
  }

  /** For the dialog's `close` event: the dialog leaves the DOM. */
  closed(): void {
    this.rendered = false;
    this.host.requestUpdate();
  }

  /** Closes and puts focus back where the user was. */
  dismiss(): void {
    this.close();
    this.returnFocus();
  }

  /** For the dialog's `cancel` event (Escape): the browser closes it, focus goes back. */
  returnFocus(): void {
    this.trigger?.focus();
  }
}
