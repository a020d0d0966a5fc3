/**
 * One "save with conflict handling" behaviour for every form: shows progress, keeps the user's input on
 * any failure (the form is only reset by the caller after success), turns errors into field messages or
 * an alert, announces the outcome, and offers reload or re-apply on a conflict.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { type IzpError, StorageError, isIzpError, localizeIssue, newId, type ConflictError, type ValidationError } from '../../core/index.js';
import { izpEvent } from '../../events/events.js';
import type { PlanContext } from './context.js';

type Host = ReactiveControllerHost & HTMLElement;

export class SaveController implements ReactiveController {
  saving = false;
  error: IzpError | null = null;
  /**
   * One key per form submission, kept while a save fails and new once it succeeds or the form is cleared:
   * an add retried after a lost answer finds what it stored the first time, and is never stored twice.
   */
  private key: string | null = null;

  constructor(private readonly host: Host, private readonly context: () => PlanContext | undefined) {
    host.addController(this);
  }

  hostConnected(): void {}

  get conflict(): ConflictError | null {
    return this.error?.code === 'conflict' ? (this.error as ConflictError) : null;
  }

  /**
   * Runs a save. Resolves to the result, or undefined when it failed (the error is then on show).
   * `done` runs after a successful save and before the plan is re-read (close a dialog while it exists).
   * `save` gets the submission's idempotency key, for adds (`{ idempotencyKey }`).
   */
  async run<T>(action: string, save: (idempotencyKey: string) => Promise<T>, announce?: (result: T) => string, done?: (result: T) => void): Promise<T | undefined> {
    const ctx = this.context();
    this.saving = true;
    this.error = null;
    this.host.requestUpdate();
    try {
      this.key ??= newId();
      const result = await save(this.key);
      this.key = null;
      if (announce && ctx) ctx.announce(announce(result));
      done?.(result);
      // The change is stored: a failed re-read is reported by the plan as such, never as a failed save.
      await ctx?.refresh(true);
      return result;
    } catch (caught) {
      const error = isIzpError(caught) ? caught : new StorageError(undefined, { cause: caught });
      this.error = error;
      this.host.dispatchEvent(izpEvent('izp-error', { action, error }));
      if (ctx) ctx.announce(this.message(ctx));
      return undefined;
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }

  clear(): void {
    this.error = null;
    this.key = null;
    this.host.requestUpdate();
  }

  /** The message for one field (`description`, `targets.0.due`), in the user's language. */
  fieldError(path: string): string | undefined {
    if (this.error?.code !== 'validation') return undefined;
    const lang = this.context()?.l.lang ?? 'nl';
    const issue = (this.error as ValidationError).issues.find((i) => i.path === path);
    return issue ? localizeIssue(issue, lang) : undefined;
  }

  private message(ctx: PlanContext): string {
    const { t, lang } = ctx.l;
    if (!this.error) return '';
    if (this.error.code === 'conflict') return t.conflictTitle;
    if (this.error.code === 'unavailable') return t.unavailable;
    return `${t.errorTitle}: ${this.error.localized(lang)}`;
  }

  /**
   * The alert for errors that are not about one field. On a conflict it shows the other user's version
   * (through `theirs`) and the two ways out; the user's own text stays in the form meanwhile.
   */
  renderStatus(options: { theirs?: (current: unknown) => unknown; onReload?: () => void; onReapply?: () => void } = {}) {
    const ctx = this.context();
    if (!ctx) return nothing;
    const { t } = ctx.l;
    if (this.saving) return html`<p class="help" role="status">${t.saving}</p>`;
    if (!this.error) return nothing;
    const conflict = this.conflict;
    if (conflict) {
      return html`<div class="alert" role="alert" part="conflict">
        <p><strong>${t.conflictTitle}</strong></p>
        <p>${t.conflictBody}</p>
        ${options.theirs && conflict.current ? html`<p>${t.conflictTheirs}:</p>${options.theirs(conflict.current)}` : nothing}
        <div class="actions">
          ${options.onReload ? html`<button type="button" @click=${options.onReload}>${t.reload}</button>` : nothing}
          ${options.onReapply ? html`<button type="button" class="primary" @click=${options.onReapply}>${t.reapply}</button>` : nothing}
        </div>
      </div>`;
    }
    return html`<div class="alert" role="alert" part="error"><strong>${t.errorTitle}.</strong> ${this.message(ctx).replace(`${t.errorTitle}: `, '')}</div>`;
  }
}
