import { Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { StorageError, isIzpError, type AuditRecord, type IzpError, type PlanSnapshot } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';
import { heading } from '../shared/render.js';
import type { PlanContext } from '../shared/context.js';
import { PlanConsumer } from '../shared/plan-consumer.js';
import { IzpElement } from '../shared/izp-element.js';
import { changedFields, filterKind, filterRecords, personText, reasonOf, subjectText, type FieldChange } from './history-format.js';
import { styles } from './izp-history.styles.js';
import { registerWords } from '../../i18n/dictionaries.js';
import { historyWords } from '../../i18n/words/history.js';

// The words of this element came in this chunk, not in the first load: registered before any can render.
registerWords(historyWords);

/** An option's text: long descriptions are cut, so the filter stays usable; the entries show them whole. */
function optionText(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/**
 * The plan's history as a timeline, newest first: who changed what and when (and on whose behalf, NEN
 * 7513), in plain words, with the before and after of every changed field behind a disclosure. A filter
 * narrows it to the plan itself, one goal (with its agreements) or one agreement. Prints of the
 * patient's overview are listed too, in every view: the patient may see who printed their plan.
 *
 * Place it anywhere inside `<izp-plan>`; it reads the plan and the core from there and loads the history
 * again whenever the plan changes. `<izp-plan view="patient">` gives the same timeline in plain words.
 *
 * @tagname izp-history
 * @event izp-error - Loading the history failed (`detail.action` is `history`); a retry button is shown.
 * @csspart title - The element's heading.
 * @csspart filter - The "Tonen" (show) choice.
 * @csspart count - How many entries are shown.
 * @csspart timeline - The ordered list of entries, newest first.
 * @csspart entry - One entry: when, what, which goal or agreement, who, why.
 * @csspart changes - The disclosure with the before and after of each changed field.
 * @cssproperty --izp-history-line - Colour of the timeline's line and markers; falls back to `--izp-color-primary`.
 * @cssproperty --izp-history-background - Background of an entry; falls back to `--izp-color-surface`.
 * @cssproperty --izp-heading-color - Colour of the heading.
 * @cssproperty --izp-color-primary - Main colour of headings and the timeline.
 * @cssproperty --izp-spacing - The base spacing unit.
 * @cssproperty --izp-radius - Corner radius of entries and fields.
 */
export class IzpHistory extends IzpElement {
  static override styles = styles;

  /**
   * Show only part of the history: `plan` (or the plan's id) for the plan's own records, a goal's id for
   * that goal and its agreements, an agreement's id for that agreement. Empty (default): everything.
   * The user's choice in the filter is written back here.
   */
  @property({ attribute: 'target-id', reflect: true }) targetId = '';
  /** The level of the element's heading (2–6), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The plan, core and language from the surrounding `<izp-plan>`; every new value updates the element. */
  private readonly consumer = new PlanConsumer(this, (ctx) => [ctx]);
  private get ctx(): PlanContext | undefined {
    return this.consumer.value;
  }

  /**
   * The history of the plan on screen, read again whenever the plan changes (every change gives a new
   * snapshot). A read still running when the next starts is aborted through its signal, so an older,
   * slower answer never replaces a newer one.
   */
  private readonly loader = new Task(this, {
    args: () => [this.ctx?.izp ?? null, this.ctx?.snapshot ?? null] as const,
    task: async ([izp, snapshot], { signal }) => {
      if (!izp || !snapshot) return null;
      try {
        const records = await izp.history(snapshot.plan.id, { signal });
        return { planId: snapshot.plan.id, records };
      } catch (caught) {
        throw isIzpError(caught) ? caught : new StorageError(undefined, { cause: caught });
      }
    },
    onError: (error) => this.emit('izp-error', { action: 'history', error: error as IzpError }),
  });

  /** The records of the plan on screen; null before they are loaded (never another plan's). */
  private get records(): AuditRecord[] | null {
    const loaded = this.loader.value;
    return loaded && loaded.planId === this.ctx?.snapshot?.plan.id ? loaded.records : null;
  }

  /** The entries shown now, newest first, after the filter. Empty while loading. */
  get entries(): AuditRecord[] {
    const snapshot = this.ctx?.snapshot;
    const records = this.records;
    if (!snapshot || !records) return [];
    return filterRecords(records, snapshot, this.targetId).reverse();
  }

  /** Loads the history again from storage (it also reloads by itself whenever the plan changes). */
  async reload(): Promise<void> {
    await this.loader.run();
  }

  protected override render() {
    const ctx = this.ctx;
    const snapshot = ctx?.snapshot;
    if (!ctx || !snapshot) return nothing;
    const { t } = ctx.l;
    const entries = this.entries;
    const records = this.records;
    const error = this.loader.status === TaskStatus.ERROR ? (this.loader.error as IzpError) : null;
    return html`<section aria-labelledby="history-title" aria-busy=${this.loader.status === TaskStatus.PENDING ? 'true' : 'false'}>
      ${heading(this.headingLevel, 'history-title', t.history, 'title', false)}
      ${this.renderFilter(ctx, snapshot)}
      ${error ? html`<div class="alert" role="alert">
          <p>${t.historyLoadFailed} ${error.localized(ctx.l.lang)}</p>
          <button type="button" @click=${() => void this.reload()}>${t.historyRetry}</button>
        </div>` : nothing}
      ${!records
        ? (error ? nothing : html`<p class="help">${t.historyLoading}</p>`)
        : html`<p class="help count" part="count">${t.historyCount(entries.length)}</p>
          ${entries.length === 0 ? html`<p class="empty">${t.historyEmpty}</p>` : html`<ol class="timeline" part="timeline">
            ${repeat(entries, (r) => r.id, (r) => this.renderEntry(ctx, snapshot, r))}
          </ol>`}`}
    </section>`;
  }

  private renderFilter(ctx: PlanContext, snapshot: PlanSnapshot) {
    const { t } = ctx.l;
    const kind = filterKind(snapshot, this.targetId);
    const value = kind === 'all' ? '' : kind === 'plan' ? 'plan' : this.targetId;
    return html`<div class="field filter" part="filter">
      <label for="history-filter">${t.historyFilter}</label>
      <select id="history-filter" @change=${(e: Event) => this.choose(ctx, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === ''}>${t.historyAll}</option>
        <option value="plan" ?selected=${value === 'plan'}>${t.historyThePlan}</option>
        ${snapshot.goals.length ? html`<optgroup label=${t.goals}>
          ${snapshot.goals.map((g) => html`<option value=${g.id} ?selected=${value === g.id}>${optionText(g.description)}</option>`)}
        </optgroup>` : nothing}
        ${snapshot.agreements.length ? html`<optgroup label=${t.agreements}>
          ${snapshot.agreements.map((a) => html`<option value=${a.id} ?selected=${value === a.id}>${optionText(a.description)}</option>`)}
        </optgroup>` : nothing}
      </select>
    </div>`;
  }

  private async choose(ctx: PlanContext, value: string): Promise<void> {
    this.targetId = value;
    await this.updateComplete;
    if (this.records) ctx.announce(ctx.l.t.historyCount(this.entries.length));
  }

  private renderEntry(ctx: PlanContext, snapshot: PlanSnapshot, r: AuditRecord) {
    const { l } = ctx;
    const { t } = l;
    const actions = ctx.view === 'patient' ? t.historyActionsPlain : t.historyActions;
    const subject = subjectText(r, snapshot);
    const reason = reasonOf(r);
    const changes = changedFields(r, snapshot, l, ctx.view);
    const who = personText(r.user, l) || r.user.id;
    const behalf = r.onBehalfOf ? personText(r.onBehalfOf, l) : '';
    return html`<li class="entry action-${r.action.replace('.', '-')}" part="entry" data-action=${r.action}>
      <p class="when"><time datetime=${r.at}>${l.dateTime(r.at)}</time></p>
      <p class="what"><strong>${actions[r.action] ?? t.historyActionOther}</strong></p>
      ${subject ? html`<p class="subject text">${subject}</p>` : nothing}
      <p class="who">${t.historyBy(who)}</p>
      ${behalf ? html`<p class="who behalf">${t.historyOnBehalfOf(behalf)}</p>` : nothing}
      ${reason ? html`<p class="reason"><span class="label">${t.historyReason}:</span> <span class="text">${reason}</span></p>` : nothing}
      ${changes.length ? this.renderChanges(l, r, changes) : nothing}
    </li>`;
  }

  private renderChanges(l: Localizer, r: AuditRecord, changes: FieldChange[]) {
    const { t } = l;
    if (!r.before) {
      return html`<details class="changes" part="changes">
        <summary>${t.historyRecorded}</summary>
        <dl class="recorded">
          ${changes.map((c) => html`<div><dt>${c.label}</dt><dd class="text">${c.after}</dd></div>`)}
        </dl>
      </details>`;
    }
    return html`<details class="changes" part="changes">
      <summary>${t.historyChanges(changes.length)}</summary>
      <table>
        <thead><tr><th scope="col">${t.historyField}</th><th scope="col">${t.historyBefore}</th><th scope="col">${t.historyAfter}</th></tr></thead>
        <tbody>
          ${changes.map((c) => html`<tr data-field=${c.field}>
            <th scope="row">${c.label}</th>
            <td class="text before">${c.before || html`<span class="none">${t.historyNoValue}</span>`}</td>
            <td class="text after">${c.after || html`<span class="none">${t.historyNoValue}</span>`}</td>
          </tr>`)}
        </tbody>
      </table>
    </details>`;
  }
}
