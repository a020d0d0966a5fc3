import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { IzpDiary } from '../diary/izp-diary.js';
import { IzpHostData, type DiagnosisItem, type MedicationItem } from '../host-data/izp-host-data.js';
import { IzpLinks } from '../links/izp-links.js';
import { IzpMeasurements } from '../measurements/izp-measurements.js';
import { IzpProfile } from '../profile/izp-profile.js';
import { heading } from '../shared/render.js';
import type { PlanContext } from '../shared/context.js';
import { PlanConsumer } from '../shared/plan-consumer.js';
import { IzpElement } from '../shared/izp-element.js';
import { styles } from './izp-modules.styles.js';

/** The parts of the profile's and the links' sections, exported so a host styles them through `<izp-modules>`. */
const PROFILE_PARTS = 'section, conflict, error';

/**
 * The generic modules of the Plan van eisen under one heading, each optional and folded away until it has
 * content or the user opens it ("concise when possible, extensive when needed"). A composition of the
 * module elements, each usable on its own inside `<izp-plan>`:
 *
 * - `<izp-profile>`: complaints and health problems, the SFMPC inventory, motivation and readiness for
 *   change, self-management, functioning and participation, the risk profile, shared decisions and the
 *   care team's own note;
 * - `<izp-measurements>`: measured and target values with a small trend chart per measure;
 * - `<izp-host-data>`: diagnoses and medication from the host system (the properties below);
 * - `<izp-diary>`: the patient's diary;
 * - `<izp-links>`: information links (sociale kaart, https only).
 *
 * In the patient's view the sections have plain names, the patient writes in their diary and adds home
 * measurements, and the care team's note is not there. Events of the module elements bubble through, and
 * their parts are exported, so `izp-modules::part(section)` styles every module.
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
 * @csspart section - One module, a `<details>` with its name and a short hint as summary (exported from the elements inside).
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
  /** The module elements come with the composition (one chunk when it loads on demand). */
  static override dependencies = {
    'izp-profile': IzpProfile, 'izp-measurements': IzpMeasurements, 'izp-host-data': IzpHostData, 'izp-diary': IzpDiary, 'izp-links': IzpLinks,
  };

  /** The patient's medication as the host system holds it: `{ name, dose?, since? }[]`; shown, never retyped. */
  @property({ attribute: false }) medication: MedicationItem[] = [];
  /** The patient's diagnoses as the host system holds them: `{ name, code?, since? }[]`; shown, never retyped. */
  @property({ attribute: false }) diagnoses: DiagnosisItem[] = [];
  /** The level of the element's heading (2–6); measures go one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The plan, core and language from the surrounding `<izp-plan>`; every new value updates the element. */
  private readonly consumer = new PlanConsumer(this, (ctx) => [ctx]);
  private get ctx(): PlanContext | undefined {
    return this.consumer.value;
  }

  protected override render() {
    const ctx = this.ctx;
    if (!ctx?.snapshot) return nothing;
    const title = ctx.l.t.modTitle[ctx.view === 'patient' ? 'patient' : 'professional'];
    return html`<div part="modules" class="modules">
      ${heading(this.headingLevel, 'modules-title', title, 'title', false)}
      <izp-profile exportparts=${PROFILE_PARTS}></izp-profile>
      <izp-measurements heading-level=${this.headingLevel + 1} exportparts="section, measure, measure-title, chart, data-table, add-measurement, error"></izp-measurements>
      <izp-host-data exportparts="section, medication, diagnoses" .medication=${this.medication} .diagnoses=${this.diagnoses}></izp-host-data>
      <izp-diary exportparts="section, diary, add-diary, error"></izp-diary>
      <izp-links exportparts=${PROFILE_PARTS}></izp-links>
    </div>`;
  }
}
