import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { PlanProfile, PlanSnapshot } from '../../core/index.js';
import { ModuleElement } from '../shared/module-element.js';
import type { SectionView } from '../shared/module-section.js';
import { ProfileEditor } from '../shared/profile-editor.js';
import { readProfileSection, renderProfileFields } from './profile-form.js';
import { hasContent, ownSections, profileHint, renderProfileRead, type OwnSection } from './profile-read.js';
import { styles } from './izp-profile.styles.js';

export type { OwnSection as ProfileSectionName } from './profile-read.js';

/**
 * The patient's profile in the plan, one folding section each: complaints and health problems, the SFMPC
 * inventory, motivation and readiness for change, self-management skills, functioning and participation,
 * the risk profile, shared decisions (the options, what was chosen and why) and the care team's own note.
 * A section is open when it has content; the care team (with write access, in the professional view)
 * fills in or changes one section at a time, saved with the version they saw.
 *
 * In the patient's view the sections have plain names and the care team's note is not there. Place it
 * inside `<izp-plan>`; `<izp-modules>` shows it with the other modules.
 *
 * `<izp-plan …><izp-profile sections="motivation decisions"></izp-profile></izp-plan>`
 *
 * @tagname izp-profile
 * @event izp-profile-updated - A section was saved; `detail.profile` is the plan's profile as stored.
 * @event izp-error - A save failed (`detail.action` is `updateProfile`); nothing was stored and the input was kept.
 * @csspart section - One section, a `<details>` with its name and a short hint as summary.
 * @csspart conflict - The message when someone else saved first, with reload and re-apply.
 * @csspart error - The message when a save failed.
 * @cssproperty --izp-modules-section-background - Background of a section.
 * @cssproperty --izp-color-primary - Main colour of buttons and links.
 * @cssproperty --izp-spacing - The base spacing unit.
 * @cssproperty --izp-radius - Corner radius of sections, fields and buttons.
 */
export class IzpProfile extends ModuleElement {
  static override styles = styles;

  /**
   * Which sections to show, separated by spaces (`complaints inventory motivation selfManagement functioning
   * riskProfile decisions professionalNote`); empty (default): all of them, in that order.
   */
  @property() sections = '';
  /** Unfold the sections also when they are empty (default: only those with content); the user may still fold them. */
  @property({ type: Boolean }) override open = false;


  private readonly editor = new ProfileEditor(this, {
    context: () => this.ctx,
    root: () => this.renderRoot,
    sectionName: (section) => this.sectionName(section),
    // Read against the profile as it is when the user saves (the decisions keep their ids).
    read: (section) => (values) => readProfileSection(section as OwnSection, values, this.ctx?.snapshot?.profile ?? null),
    saved: (profile) => this.emit('izp-profile-updated', { profile }),
  });

  protected override forget(): void {
    super.forget();
    this.editor.reset();
  }

  /** The sections asked for, in the standard order; unknown names are ignored. */
  private get shown(): readonly OwnSection[] {
    const wanted = this.sections.split(/[\s,]+/).filter(Boolean);
    return wanted.length ? ownSections.filter((s) => wanted.includes(s)) : ownSections;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A section no longer shown has no form open.
    if (changed.has('sections')) for (const s of this.editor.editing) if (!(this.shown as readonly string[]).includes(s)) this.editor.editing.delete(s);
  }

  protected override render() {
    const snapshot = this.ctx?.snapshot;
    if (!snapshot) return nothing;
    return html`${this.views(snapshot).map((s) => this.renderSection(s))}`;
  }

  /** Those with content, and those this user can fill in; never the team's note in the patient's view. */
  private views(snapshot: PlanSnapshot): SectionView[] {
    const l = this.ctx!.l;
    const profile = snapshot.profile;
    const canEdit = this.editor.canEdit(snapshot);
    const out: SectionView[] = [];
    for (const section of this.shown) {
      if (section === 'professionalNote' && this.plain) continue;
      const filled = hasContent(profile, section);
      if (!filled && !canEdit) continue;
      out.push({ key: section, hasContent: filled, hint: profileHint(l, this.plain, section, profile), body: this.renderBody(section, profile, filled, canEdit) });
    }
    return out;
  }

  private renderBody(section: OwnSection, profile: PlanProfile | null, filled: boolean, canEdit: boolean): unknown {
    const l = this.ctx!.l;
    const name = this.sectionName(section);
    if (canEdit && this.editor.editing.has(section)) {
      return this.editor.renderForm(section, renderProfileFields(l, this.editor, section, name, profile));
    }
    const content = filled && profile ? renderProfileRead(l, this.plain, section, profile) : null;
    const note = section === 'professionalNote' ? html`<p class="help">${l.t.modNoteHelp}</p>` : nothing;
    return this.editor.renderRead(section, name, content, canEdit, note);
  }
}
