/**
 * A native modal `<dialog>` that gives focus back to the button that opened it: the browser moves focus
 * into the dialog on `showModal()`, but where it goes afterwards is ours to decide.
 */
import { createRef } from 'lit/directives/ref.js';

export class Modal {
  /** Bind with `${ref(modal.ref)}` on the `<dialog>`. */
  readonly ref = createRef<HTMLDialogElement>();
  private trigger: HTMLElement | null = null;

  /** Opens from a click (or key press) on a button, remembered to return to. */
  open(event: Event): void {
    this.trigger = event.currentTarget as HTMLElement;
    this.ref.value?.showModal();
  }

  /** Closes without moving focus (after a save that removes the button: the caller places focus). */
  close(): void {
    this.ref.value?.close();
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
