import { consume } from '@lit/context';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PlanSnapshot } from '../../core/index.js';
import { heading } from '../shared/render.js';
import { planContext, type PlanContext } from '../shared/context.js';
import { IzpElement } from '../shared/izp-element.js';
import { ScopeController } from '../shared/scope.js';
import {
  buildSeries, profileHasContent, profileSections, sectionOrder,
  type DiagnosisItem, type MedicationItem, type ModuleSection, type ProfileSection,
} from './modules-data.js';
import { ModuleForms } from './modules-forms.js';
import { diaryHint, measurementsHint, renderDiary, renderHostList, renderMeasurements, sortedDiary } from './modules-records.js';
import { profileHint, renderProfileForm, renderProfileRead } from './modules-sections.js';
import { styles } from './izp-modules.styles.js';

interface Section {
  key: ModuleSection;
  hint: string;
  hasContent: boolean;
  body: unknown;
}

/**
 * The generic modules of the Plan van eisen, each optional and folded away until it has content or the
 * user opens it ("concise when possible, extensive when needed"): complaints and health problems, the
 * SFMPC inventory, motivation and readiness for change, self-management skills, functioning and
 * participation, the risk profile, measured and target values with a small trend chart per measure,
 * shared decisions, diagnoses and medication from the host system, the patient's diary, information
 * links (sociale kaart, https only) and the care team's own note.
 *
 * In the patient's view the sections have plain names, the patient writes in their diary and adds home
 * measurements, and the care team's note is not there. Every save goes through the core, with its
 * validation, audit trail and version check; the user's input stays in the form when a save fails.
 *
 * `<izp-plan …><izp-modules heading-level="3" .medication=${[{ name: 'Metformine', dose: '2 x 500 mg' }]}></izp-modules></izp-plan>`
 *
 * @tagname izp-modules
 * @event izp-profile-updated - A section was saved; `detail.profile` is the plan's profile as stored.
 * @event izp-measurement-added - A measured value was added; `detail.measurement` is the record.
 * @event izp-diary-added - The patient wrote in the diary; `detail.entry` is the entry.
 * @event izp-error - A save failed; nothing was stored and the input was kept.
 * @csspart modules - The whole element.
 * @csspart title - The element's heading.
 * @csspart section - One module, a `<details>` with its name and a short hint as summary.
 * @csspart measure - One measure with its latest value, target and trend chart.
 * @csspart measure-title - The name of a measure.
 * @csspart chart - A trend chart.
 * @csspart data-table - The values of a chart as a table (folded).
 * @csspart add-measurement - The "add a measurement" form.
 * @csspart diary - The diary's entries, newest first.
 * @csspart add-diary - The patient's form for a new diary entry.
 * @csspart medication - The medication list from the host system.
 * @csspart diagnoses - The diagnoses from the host system.
 * @csspart conflict - The message when someone else saved first, with reload and re-apply.
 * @csspart error - The message when a save failed.
 * @cssproperty --izp-modules-section-background - Background of a section.
 * @cssproperty --izp-chart-color - Colour of a chart's line and points (default the primary colour).
 * @cssproperty --izp-chart-target-color - Colour of a chart's target line.
 * @cssproperty --izp-color-primary - Main colour of buttons and headings.
 * @cssproperty --izp-spacing - The base spacing unit.
 * @cssproperty --izp-radius - Corner radius of panels, fields and buttons.
 */
export class IzpModules extends IzpElement {
  static override styles = styles;

  /** The patient's medication as the host system holds it: `{ name, dose?, since? }[]`; shown, never retyped. */
  @property({ attribute: false }) medication: MedicationItem[] = [];
  /** The patient's diagnoses as the host system holds them: `{ name, code?, since? }[]`; shown, never retyped. */
  @property({ attribute: false }) diagnoses: DiagnosisItem[] = [];
  /** The level of the element's heading (2–6); measures go one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** @internal The plan, core and language provided by the surrounding `<izp-plan>`. */
  @consume({ context: planContext, subscribe: true })
  @state()
  ctx?: PlanContext;

  /** @internal */
  readonly forms = new ModuleForms(this);

  constructor() {
    super();
    // Another plan, user or view: every open form closes and nothing typed carries over.
    new ScopeController(this, () => this.ctx, () => {
      this.forms.reset();
      this.toggled.clear();
    });
  }
  /** Sections the user opened or folded; the others follow whether they have content. */
  private readonly toggled = new Map<ModuleSection, boolean>();

  /** @internal Plain words in the patient's own view. */
  get plain(): boolean {
    return this.ctx?.view === 'patient';
  }

  /** @internal */
  sectionName(section: ModuleSection): string {
    const { t } = this.ctx!.l;
    return (this.plain ? t.modSectionsPlain : t.modSections)[section];
  }

  /** @internal */
  readinessLabel(stage: keyof PlanContext['l']['t']['modReadiness']): string {
    const { t } = this.ctx!.l;
    return (this.plain ? t.modReadinessPlain : t.modReadiness)[stage];
  }

  protected override render() {
    const ctx = this.ctx;
    const snapshot = ctx?.snapshot;
    if (!ctx || !snapshot) return nothing;
    const sections = this.sections(snapshot);
    return html`<div part="modules" class="modules">
      ${heading(this.headingLevel, 'modules-title', ctx.l.t.modTitle[this.plain ? 'patient' : 'professional'], 'title', false)}
      ${sections.map((s) => this.renderSection(s))}
    </div>`;
  }

  /** The sections to show, in order: those with content, and those this user can fill in. */
  private sections(snapshot: PlanSnapshot): Section[] {
    const profile = snapshot.profile;
    const canEdit = this.forms.canEditProfile(snapshot);
    const out: Section[] = [];
    for (const key of sectionOrder) {
      if ((profileSections as readonly ModuleSection[]).includes(key)) {
        const section = key as ProfileSection;
        if (section === 'professionalNote' && this.plain) continue;
        const hasContent = profileHasContent(profile, section);
        if (!hasContent && !canEdit) continue;
        out.push({ key, hasContent, hint: profileHint(this, section, profile), body: this.renderProfileBody(section, snapshot, hasContent, canEdit) });
      } else if (key === 'measurements') {
        const series = buildSeries(snapshot);
        const hasContent = series.length > 0;
        if (!hasContent && !this.forms.canAddMeasurement(snapshot)) continue;
        out.push({ key, hasContent, hint: measurementsHint(this, series), body: renderMeasurements(this, snapshot, series) });
      } else if (key === 'diary') {
        const entries = sortedDiary(snapshot);
        const hasContent = entries.length > 0;
        if (!hasContent && !this.forms.canWriteDiary(snapshot) && this.plain) continue;
        out.push({ key, hasContent, hint: diaryHint(this, entries), body: renderDiary(this, snapshot, entries) });
      } else {
        const items = (key === 'medication' ? this.medication : this.diagnoses) ?? [];
        const valid = Array.isArray(items) ? items.filter((i) => i && typeof i.name === 'string' && i.name.trim()) : [];
        if (valid.length === 0) continue;
        const { t } = this.ctx!.l;
        out.push({ key, hasContent: true, hint: t.modCount[key as 'medication' | 'diagnoses'](valid.length), body: renderHostList(this, key as 'medication', valid) });
      }
    }
    return out;
  }

  private renderProfileBody(section: ProfileSection, snapshot: PlanSnapshot, hasContent: boolean, canEdit: boolean): unknown {
    const { t } = this.ctx!.l;
    const profile = snapshot.profile;
    if (canEdit && this.forms.editing.has(section)) return renderProfileForm(this, section, profile);
    return html`
      ${hasContent && profile ? renderProfileRead(this, section, profile) : html`<p class="help">${t.modEmpty}.</p>`}
      ${section === 'professionalNote' ? html`<p class="help">${t.modNoteHelp}</p>` : nothing}
      ${canEdit ? html`<div class="actions">
        <button type="button" data-edit=${section} @click=${() => this.forms.startEdit(section)}>${hasContent ? t.modEdit : t.modAdd}<span
          class="visually-hidden">: ${this.sectionName(section)}</span></button>
      </div>` : nothing}`;
  }

  private renderSection(s: Section): TemplateResult {
    const open = this.toggled.get(s.key) ?? s.hasContent;
    return html`<details part="section" class="section ${s.hasContent ? 'filled' : 'empty'}" data-section=${s.key} ?open=${open}
        @toggle=${(e: Event) => this.toggled.set(s.key, (e.target as HTMLDetailsElement).open)}>
      <summary><span class="name">${this.sectionName(s.key)}</span> <span class="hint">${s.hint}</span></summary>
      <div class="body">${s.body}</div>
    </details>`;
  }
}
