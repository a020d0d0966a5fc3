import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { DiaryInput, type DiaryEntry, type PlanSnapshot } from '../../core/index.js';
import { field } from '../shared/fields.js';
import { FormController } from '../shared/form-controller.js';
import { ModuleElement } from '../shared/module-element.js';
import { moduleStyles } from '../shared/module.styles.js';

/** Newest first; the patient writes, the team reads. */
export function sortedDiary(snapshot: PlanSnapshot): DiaryEntry[] {
  return [...snapshot.diary].sort((a, b) => b.date.localeCompare(a.date) || b.created.at.localeCompare(a.created.at));
}

/**
 * The patient's diary: in their own view the patient writes what happened (a walk, a bad night), and the
 * care team reads it, newest first. Only the patient writes; the care team sees it read-only.
 *
 * Place it inside `<izp-plan>`; `<izp-modules>` shows it with the other modules.
 *
 * @tagname izp-diary
 * @event izp-diary-added - The patient wrote in the diary; `detail.entry` is the entry.
 * @event izp-error - Saving failed (`detail.action` is `addDiaryEntry`); nothing was stored and the text was kept.
 * @csspart section - The section, a `<details>` with how many entries as summary.
 * @csspart diary - The entries, newest first.
 * @csspart add-diary - The patient's form for a new entry.
 * @csspart error - The message when a save failed.
 * @cssproperty --izp-modules-section-background - Background of the section.
 * @cssproperty --izp-color-primary - Main colour of buttons.
 * @cssproperty --izp-spacing - The base spacing unit.
 */
export class IzpDiary extends ModuleElement {
  static override styles = [moduleStyles, css`
    ol.diary { list-style: none; padding: 0; display: grid; gap: calc(var(--_space) * 0.75); margin: 0 0 var(--_space); }
    ol.diary li { border-inline-start: 3px solid var(--_border); padding-inline-start: var(--_space); }
  `];

  /** Unfold the sections also when they are empty (default: only those with content); the user may still fold them. */
  @property({ type: Boolean }) override open = false;


  private readonly write = new FormController(this, () => this.ctx, {
    action: 'addDiaryEntry',
    schema: DiaryInput,
    subject: 'diary',
    call: (izp, input, { idempotencyKey }) => izp.addDiaryEntry(this.ctx!.snapshot!.plan.id, input, { idempotencyKey }),
    announce: (t) => t.modAnnounceDiary,
    // The form stays for the next entry, and focus on its button.
    done: (entry) => this.emit('izp-diary-added', { entry }),
  });

  protected override forget(): void {
    super.forget();
    this.write.reset();
  }

  /** In the patient's view, when the core lets this user write the diary (only the patient). */
  private canWrite(snapshot: PlanSnapshot): boolean {
    return this.ctx?.view === 'patient' && !!this.ctx.izp?.can('diary.add', snapshot.plan);
  }

  protected override render() {
    const snapshot = this.ctx?.snapshot;
    if (!snapshot) return nothing;
    const l = this.ctx.l;
    const { t } = l;
    const plain = this.plain;
    const entries = sortedDiary(snapshot);
    const canWrite = this.canWrite(snapshot);
    // The team always sees where the diary is; the patient only when there is one to read or write.
    if (entries.length === 0 && !canWrite && plain) return nothing;
    return this.renderSection({
      key: 'diary', hasContent: entries.length > 0,
      hint: entries.length ? t.modDiaryCount(entries.length, l.date(entries[0]!.date)) : t.modEmpty,
      body: html`
        <p class="help">${canWrite ? t.modDiaryShared : t.modDiaryTeam}</p>
        ${canWrite ? this.renderAdd() : nothing}
        ${entries.length === 0 ? html`<p>${t.modDiaryEmpty}</p>` : html`<ol class="diary" part="diary">
          ${repeat(entries, (e) => e.id, (e) => html`<li>
            <p class="meta"><time datetime=${e.date}>${l.date(e.date)}</time>, ${e.by.name}</p>
            <p class="text">${e.text}</p>
          </li>`)}
        </ol>`}`,
    });
  }

  private renderAdd() {
    const { t } = this.ctx!.l;
    const save = this.write;
    const err = (path: string) => save.fieldError(path);
    return html`<form class="panel" part="add-diary" aria-label=${t.modDiaryAdd} novalidate ${ref(save.form)} @submit=${save.onSubmit}>
      ${field({ form: 'mod-diary', name: 'text', label: t.modDiaryText, type: 'textarea', required: true, error: err('text') })}
      ${field({ form: 'mod-diary', name: 'date', label: t.modDate, type: 'date', help: t.modDateHelp, error: err('date') })}
      ${save.renderStatus()}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${save.saving}>${save.saving ? t.saving : t.modDiaryAdd}</button>
      </div>
    </form>`;
  }
}
