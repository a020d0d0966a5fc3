/**
 * The agreement's earlier versions, behind an "Eerdere versies" disclosure: read from the core only while
 * the list is open, and again when the agreement changed since (another version was stored). A failed
 * read is shown in the list and reported once through `izp-error`; opening the list again retries.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { StorageError, isIzpError, type Agreement, type IzpError, type PlanSnapshot } from '../../core/index.js';
import type { Emit } from '../../events/events.js';
import type { PlanContext } from '../shared/context.js';
import { renderVersionList } from './izp-agreement.parts.js';

export interface AgreementVersionsInputs {
  /** The plan, core and language from `<izp-plan>`, as the element last received them. */
  ctx: () => PlanContext | undefined;
  /** The element's typed `emit()`, for the `izp-error` of a failed read. */
  emit: Emit;
}

export class AgreementVersions {
  private versions: Agreement[] | null = null;
  private error: IzpError | null = null;
  private open = false;
  /** The agreement's version the list was read for (0: not read). */
  private readFor = 0;
  private loading = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly inputs: AgreementVersionsInputs) {}

  /** Forgets the list and any error: the element now shows another agreement, plan, user or view. */
  reset(): void {
    this.versions = null;
    this.error = null;
    this.readFor = 0;
    this.open = false;
  }

  /** The details closed: the list is closed with them. */
  hide(): void {
    this.open = false;
  }

  private toggle(event: Event): void {
    this.open = (event.currentTarget as HTMLDetailsElement).open;
    if (this.open && this.error) this.readFor = 0; // opening again retries
    this.host.requestUpdate();
  }

  /** Called after every update: reads the versions when the list is open and the agreement has changed since. */
  sync(snapshot: PlanSnapshot, agreement: Agreement): void {
    if (this.open && !this.loading && this.readFor !== agreement.version) void this.load(snapshot, agreement);
  }

  private async load(snapshot: PlanSnapshot, agreement: Agreement): Promise<void> {
    const izp = this.inputs.ctx()?.izp;
    if (!izp) return;
    this.loading = true;
    this.readFor = agreement.version;
    try {
      this.versions = await izp.versions(snapshot.plan.id, 'agreement', agreement.id);
      this.error = null;
    } catch (caught) {
      const error = isIzpError(caught) ? caught : new StorageError(undefined, { cause: caught });
      this.error = error;
      this.inputs.emit('izp-error', { action: 'versions', error });
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }

  render(agreement: Agreement) {
    const l = this.inputs.ctx()!.l;
    const { t } = l;
    const error = this.error;
    return html`<details part="versions" class="versions" @toggle=${(e: Event) => this.toggle(e)}>
      <summary>${t.versions}</summary>
      <div>
        ${error ? html`<div class="alert" role="alert">${error.code === 'unavailable' ? t.unavailable : error.localized(l.lang)}</div>` : nothing}
        ${this.versions && !error ? renderVersionList(l, agreement, this.versions) : nothing}
      </div>
    </details>`;
  }
}
