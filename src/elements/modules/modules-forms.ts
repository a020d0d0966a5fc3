/**
 * The saves of `<izp-modules>` as the user drives them: one section of the profile at a time
 * (`updateProfile` with the version the user saw), a measurement (`addMeasurement`, team and patient)
 * and a diary entry (`addDiaryEntry`, only the patient). Each form has its own SaveController, so a
 * failure in one never clears another, and a failed save keeps what was typed.
 */
import { localizeIssue, type IzpAction, type ValidationError, type PlanProfile, type PlanSnapshot } from '../../core/index.js';
import { izpEvent } from '../../events/events.js';
import { focusFirstInvalid } from '../shared/render.js';
import { readForm } from '../shared/fields.js';
import { SaveController } from '../shared/save-controller.js';
import type { ModuleSection, ProfileSection } from './modules-data.js';
import { readProfileForm } from './modules-sections.js';
import type { IzpModules } from './izp-modules.js';

export type ListSection = 'decisions' | 'links';

export class ModuleForms {
  private readonly controllers = new Map<string, SaveController>();
  /** Sections whose form is open. */
  readonly editing = new Set<ModuleSection>();
  /** Blank rows shown below a list's items (decisions, links). */
  readonly extraRows = new Map<ListSection, number>();
  /** After a save of a list: which row of the form each item sent to the core came from. */
  readonly rowMaps = new Map<ListSection, number[]>();
  /** Which forms for new records (measurement, diary) are unfolded. */
  readonly adding = new Set<'measurement' | 'diary'>();

  constructor(private readonly host: IzpModules) {}

  /** Closes every form and forgets what was typed and any error: the element now shows another plan. */
  reset(): void {
    this.editing.clear();
    this.extraRows.clear();
    this.rowMaps.clear();
    this.adding.clear();
    for (const controller of this.controllers.values()) controller.clear();
    this.host.renderRoot.querySelectorAll('form').forEach((form) => form.reset());
  }

  save(key: string): SaveController {
    let controller = this.controllers.get(key);
    if (!controller) this.controllers.set(key, (controller = new SaveController(this.host, () => this.host.ctx)));
    return controller;
  }

  // ---- who may do what --------------------------------------------------------------------------

  /** In the professional view, when the core lets this user update the modules (a team member with write access). */
  canEditProfile(snapshot: PlanSnapshot): boolean {
    return this.host.ctx?.view === 'professional' && this.can('profile.update', snapshot);
  }

  /** The core's answer for this user on this plan now (`izp.can`): the elements keep no rule of their own. */
  private can(action: IzpAction, snapshot: PlanSnapshot): boolean {
    return !!this.host.ctx?.izp?.can(action, snapshot.plan);
  }

  /** When the core lets this user add one: the patient measures at home, a team member with write access records a result. */
  canAddMeasurement(snapshot: PlanSnapshot): boolean {
    return this.can('measurement.add', snapshot);
  }

  /** In the patient's view, when the core lets this user write the diary (only the patient). */
  canWriteDiary(snapshot: PlanSnapshot): boolean {
    return this.host.ctx?.view === 'patient' && this.can('diary.add', snapshot);
  }

  // ---- opening and closing forms ----------------------------------------------------------------

  startEdit(section: ModuleSection): void {
    this.editing.add(section);
    this.save(section).clear();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`form[data-form="${section}"] :is(input, textarea, select)`)?.focus());
  }

  cancelEdit(section: ModuleSection): void {
    this.editing.delete(section);
    if (section === 'decisions' || section === 'links') {
      this.extraRows.delete(section);
      this.rowMaps.delete(section);
    }
    this.save(section).clear();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focusSection(section));
  }

  addRow(section: ListSection): void {
    this.extraRows.set(section, (this.extraRows.get(section) ?? 0) + 1);
    this.host.requestUpdate();
  }

  toggleAdding(what: 'measurement' | 'diary', open: boolean): void {
    if (open) this.adding.add(what);
    else this.adding.delete(what);
    this.host.requestUpdate();
    if (!open) void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`[data-add="${what}"]`)?.focus());
  }

  /** Puts focus on the section's summary, after its form went away. */
  focusSection(section: ModuleSection): void {
    this.host.renderRoot.querySelector<HTMLElement>(`details[data-section="${section}"] > summary`)?.focus();
  }

  // ---- saves ------------------------------------------------------------------------------------

  /** Saves one section; `expectedVersion` is given when the user re-applies their input over a newer version. */
  async submitProfile(section: ProfileSection, form: HTMLFormElement, expectedVersion?: number): Promise<void> {
    const ctx = this.host.ctx;
    const snapshot = ctx?.snapshot;
    if (!ctx?.izp || !snapshot) return;
    const izp = ctx.izp;
    const { changes, rows } = readProfileForm(section, form, snapshot.profile, this.rowCount(section, snapshot.profile));
    if (rows && (section === 'decisions' || section === 'links')) this.rowMaps.set(section, rows);
    // The version the user saw; 0 when there were no modules yet, so two first saves at once conflict.
    const version = expectedVersion ?? snapshot.profile?.version ?? 0;
    const name = this.host.sectionName(section);
    const profile = await this.save(section).run('updateProfile', () => izp.updateProfile(snapshot.plan.id, changes, { expectedVersion: version }),
      () => ctx.l.t.modAnnounceSaved(name), () => {
        this.editing.delete(section);
        if (section === 'decisions' || section === 'links') {
          this.extraRows.delete(section);
          this.rowMaps.delete(section);
        }
      });
    if (!profile) return focusFirstInvalid(this.host, form);
    this.host.dispatchEvent(izpEvent('izp-profile-updated', { profile }));
    await this.host.updateComplete;
    this.focusSection(section);
  }

  /** How many rows a list's form shows: its items, plus blank ones (one when the list is empty). */
  rowCount(section: ProfileSection, profile: PlanProfile | null): number {
    if (section !== 'decisions' && section !== 'links') return 0;
    const items = profile?.[section].length ?? 0;
    return items + (this.extraRows.get(section) ?? (items === 0 ? 1 : 0));
  }

  async submitMeasurement(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const ctx = this.host.ctx;
    const snapshot = ctx?.snapshot;
    if (!ctx?.izp || !snapshot) return;
    const izp = ctx.izp;
    const form = event.target as HTMLFormElement;
    const data = readForm(form);
    const measurement = await this.save('measurement').run('addMeasurement', (idempotencyKey) => izp.addMeasurement(snapshot.plan.id, data as never, { idempotencyKey }),
      () => ctx.l.t.modAnnounceMeasurement);
    if (!measurement) return focusFirstInvalid(this.host, form);
    form.reset();
    this.toggleAdding('measurement', false);
    this.host.dispatchEvent(izpEvent('izp-measurement-added', { measurement }));
  }

  async submitDiary(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const ctx = this.host.ctx;
    const snapshot = ctx?.snapshot;
    if (!ctx?.izp || !snapshot) return;
    const izp = ctx.izp;
    const form = event.target as HTMLFormElement;
    const data = readForm(form);
    const entry = await this.save('diary').run('addDiaryEntry', (idempotencyKey) => izp.addDiaryEntry(snapshot.plan.id, data as never, { idempotencyKey }),
      () => ctx.l.t.modAnnounceDiary);
    if (!entry) return focusFirstInvalid(this.host, form);
    form.reset();
    this.host.dispatchEvent(izpEvent('izp-diary-added', { entry }));
  }

  // ---- messages beside fields -------------------------------------------------------------------

  /**
   * The message for one field. A list's row is looked up through the row it was sent as (blank and
   * removed rows are not sent); `prefix` also finds messages about an item of the field (one option).
   */
  fieldError(key: string, path: string, options: { list?: ListSection; row?: number; field?: string; prefix?: boolean } = {}): string | undefined {
    const controller = this.save(key);
    if (controller.error?.code !== 'validation') return undefined;
    let wanted = path;
    if (options.list !== undefined && options.row !== undefined) {
      const map = this.rowMaps.get(options.list);
      const sent = map ? map.indexOf(options.row) : options.row;
      if (sent < 0) return undefined;
      wanted = `${options.list}.${sent}.${options.field}`;
    }
    const issue = (controller.error as ValidationError).issues.find((i) => i.path === wanted || (options.prefix && i.path.startsWith(`${wanted}.`)));
    if (!issue) return undefined;
    const l = this.host.ctx!.l;
    if (wanted.endsWith('.url') && issue.code === 'not_https') return l.t.modLinkNotHttps;
    return localizeIssue(issue, l.lang);
  }
}
