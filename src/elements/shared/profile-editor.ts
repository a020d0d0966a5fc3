/**
 * Editing the plan's profile one section at a time, for `<izp-profile>` and `<izp-links>`: which section's
 * form is open, the save through `updateProfile` with the version the user saw (so a colleague's change is
 * never overwritten silently), and the list sections (decisions, links) whose form has a fieldset per item
 * plus blank ones. Each section's form has its own FormController (checked with the core's
 * `ProfileChanges` schema), so a failure in one never clears another, and a failed save keeps what was typed.
 *
 * The editor gets what it needs as values and callbacks (the plan context, the element's root to find
 * its sections in, a section's name, what to do with the stored profile), never the element itself.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { localizeIssue, ProfileChanges, type PlanProfile, type PlanSnapshot, type ValidationError } from '../../core/index.js';
import type { PlanContext } from './context.js';
import { FormController } from './form-controller.js';
import { focusSection } from './module-section.js';

/** The sections kept in the plan's profile record, edited with `updateProfile`. */
export const profileSections = [
  'complaints', 'inventory', 'motivation', 'selfManagement', 'functioning', 'riskProfile', 'decisions', 'links', 'professionalNote',
] as const;
export type ProfileSection = (typeof profileSections)[number];
/** The sections that are lists of items, edited as rows. */
export type ListSection = 'decisions' | 'links';

const isList = (section: ProfileSection): section is ListSection => section === 'decisions' || section === 'links';

/** What a section's form became: the core's changes and, for a list, which form row each item sent came from. */
export interface ReadSection {
  changes: ProfileChanges;
  rows?: number[];
}

/** Reads a section's form values (`readForm`: blank fields left out, `decisions.0.question` nested) as changes. */
export type SectionReader = (values: Record<string, unknown>) => ReadSection;

/** A re-applied save names the version it goes over (the other user's); a first save the one on screen. */
interface SaveArgs {
  expectedVersion?: number | undefined;
}

type SectionForm = FormController<typeof ProfileChanges, PlanProfile, SaveArgs>;

export interface ProfileEditorOptions {
  /** The plan, core and language from `<izp-plan>`. */
  context: () => PlanContext | undefined;
  /** Where the element's sections and forms are (its shadow root). */
  root: () => ParentNode;
  /** A section's name as the user reads it, for the form's label and the announcement. */
  sectionName: (section: ProfileSection) => string;
  /** How each section's form becomes the core's changes. */
  read: (section: ProfileSection) => SectionReader;
  /** After a save, with the profile as stored: the element tells the host (`izp-profile-updated`). */
  saved: (profile: PlanProfile) => void;
}

type Host = ReactiveControllerHost & HTMLElement;

export class ProfileEditor implements ReactiveController {
  private readonly controllers = new Map<ProfileSection, SectionForm>();
  /** Sections whose form is open. */
  readonly editing = new Set<ProfileSection>();
  /** Blank rows shown below a list's items. */
  private readonly extraRows = new Map<ListSection, number>();
  /** After a save of a list: which row of the form each item sent to the core came from. */
  private readonly rowMaps = new Map<ListSection, number[]>();

  constructor(private readonly host: Host, private readonly options: ProfileEditorOptions) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Closes every form and forgets what was typed and any error: the element now shows another plan. */
  reset(): void {
    this.editing.clear();
    this.extraRows.clear();
    this.rowMaps.clear();
    for (const controller of this.controllers.values()) controller.reset();
  }

  /** The section's form: read, checked against `ProfileChanges`, saved at the version the user saw. */
  save(section: ProfileSection): SectionForm {
    let controller = this.controllers.get(section);
    if (controller) return controller;
    const { context, read, sectionName } = this.options;
    controller = new FormController(this.host, context, {
      action: 'updateProfile',
      schema: ProfileChanges,
      subject: 'profile',
      read: (values) => {
        const { changes, rows } = read(section)(values);
        if (rows && isList(section)) this.rowMaps.set(section, rows);
        return changes;
      },
      call: (izp, changes, { args }) => {
        const snapshot = context()!.snapshot!;
        // The version the user saw; 0 when there was no profile yet, so two first saves at once conflict.
        const expectedVersion = args.expectedVersion ?? snapshot.profile?.version ?? 0;
        return izp.updateProfile(snapshot.plan.id, changes, { expectedVersion });
      },
      announce: (t) => t.modAnnounceSaved(sectionName(section)),
      done: (profile) => {
        this.close(section);
        this.options.saved(profile);
      },
      focus: () => this.options.root().querySelector<HTMLElement>(`details[data-section="${section}"] > summary`),
    });
    this.controllers.set(section, controller);
    return controller;
  }

  /** In the professional view, when the core lets this user update the profile (a team member with write access). */
  canEdit(snapshot: PlanSnapshot): boolean {
    const ctx = this.options.context();
    return ctx?.view === 'professional' && !!ctx.izp?.can('profile.update', snapshot.plan);
  }

  startEdit(section: ProfileSection): void {
    this.editing.add(section);
    this.save(section).clear();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.options.root().querySelector<HTMLElement>(`form[data-form="${section}"] :is(input, textarea, select)`)?.focus());
  }

  cancelEdit(section: ProfileSection): void {
    this.close(section);
    this.save(section).clear();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => focusSection(this.options.root(), section));
  }

  private close(section: ProfileSection): void {
    this.editing.delete(section);
    if (isList(section)) {
      this.extraRows.delete(section);
      this.rowMaps.delete(section);
    }
  }

  addRow(section: ListSection): void {
    this.extraRows.set(section, (this.extraRows.get(section) ?? 0) + 1);
    this.host.requestUpdate();
  }

  /** How many rows a list's form shows: its items, plus blank ones (one when the list is empty). */
  rowCount(section: ListSection, profile: PlanProfile | null): number {
    const items = profile?.[section].length ?? 0;
    return items + (this.extraRows.get(section) ?? (items === 0 ? 1 : 0));
  }

  /**
   * The message for one field. A list's row is looked up through the row it was sent as (blank and
   * removed rows are not sent); `prefix` also finds messages about an item of the field (one option).
   */
  fieldError(section: ProfileSection, path: string, options: { row?: number; field?: string; prefix?: boolean } = {}): string | undefined {
    const controller = this.save(section);
    if (controller.error?.code !== 'validation') return undefined;
    let wanted = path;
    if (isList(section) && options.row !== undefined) {
      const map = this.rowMaps.get(section);
      const sent = map ? map.indexOf(options.row) : options.row;
      if (sent < 0) return undefined;
      wanted = `${section}.${sent}.${options.field}`;
    }
    const issue = (controller.error as ValidationError).issues.find((i) => i.path === wanted || (options.prefix && i.path.startsWith(`${wanted}.`)));
    if (!issue) return undefined;
    const l = this.options.context()!.l;
    if (wanted.endsWith('.url') && issue.code === 'not_https') return l.t.modLinkNotHttps;
    return localizeIssue(issue, l.lang);
  }

  /**
   * A section's form around its fields: "add another" for lists, the save's progress or error (on a
   * conflict with reload and re-apply over the other user's version), save and cancel.
   */
  renderForm(section: ProfileSection, fields: unknown): TemplateResult {
    const ctx = this.options.context()!;
    const { t } = ctx.l;
    const save = this.save(section);
    const conflictVersion = (save.conflict?.current as PlanProfile | null | undefined)?.version;
    return html`<form class="panel" data-form=${section} aria-label=${this.options.sectionName(section)} novalidate ${ref(save.form)}
        @submit=${(e: SubmitEvent) => { e.preventDefault(); void save.submit({}); }}>
      ${fields}
      ${isList(section) ? html`<div class="actions"><button type="button" @click=${() => this.addRow(section)}>${t.modAddAnother}</button></div>` : nothing}
      ${save.renderStatus({
        onReload: () => { this.cancelEdit(section); void ctx.refresh(); },
        ...(conflictVersion ? { onReapply: () => void save.submit({ expectedVersion: conflictVersion }) } : {}),
      })}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${save.saving}>${save.saving ? t.saving : t.save}</button>
        <button type="button" @click=${() => this.cancelEdit(section)}>${t.cancel}</button>
      </div>
    </form>`;
  }

  /** A section's body when not editing: what it holds (or that it is empty) and the edit button for who may. */
  renderRead(section: ProfileSection, name: string, content: unknown, canEdit: boolean, extra: unknown = nothing): TemplateResult {
    const { t } = this.options.context()!.l;
    return html`
      ${content ?? html`<p class="help">${t.modEmpty}.</p>`}
      ${extra}
      ${canEdit ? html`<div class="actions">
        <button type="button" data-edit=${section} @click=${() => this.startEdit(section)}>${content ? t.modEdit : t.modAdd}<span
          class="visually-hidden">: ${name}</span></button>
      </div>` : nothing}`;
  }
}

/** A text or null: blank fields clear the section (`null`), so emptying a field really empties it. */
export function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

/**
 * A list's rows as the user left them (`values.links` as `readForm` nests them): rows ticked for removal
 * and blank rows are skipped; `rows` says which form row each item came from, so the core's `links.1.url`
 * finds its field again.
 */
export function readRows(values: Record<string, unknown>, list: ListSection, fields: readonly string[]): { items: Record<string, string>[]; rows: number[] } {
  const rows: number[] = [];
  const items: Record<string, string>[] = [];
  const sent = Array.isArray(values[list]) ? (values[list] as (Record<string, unknown> | undefined)[]) : [];
  sent.forEach((row, i) => {
    if (!row || row['remove']) return;
    const item = Object.fromEntries(fields.map((name) => [name, typeof row[name] === 'string' ? (row[name]).trim() : '']));
    if (Object.values(item).every((v) => !v)) return;
    rows.push(i);
    items.push(item);
  });
  return { items, rows };
}

/** The "remove" tick of an existing item's row. */
export function removeCheck(formId: string, list: ListSection, row: number, label: string): TemplateResult {
  return html`<div class="check">
    <input type="checkbox" id="${formId}-${row}-remove" name="${list}.${row}.remove" />
    <label for="${formId}-${row}-remove">${label}</label>
  </div>`;
}
