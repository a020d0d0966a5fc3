import { html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { property, state } from 'lit/decorators.js';
import { isPlanOpen, createIzp, type StorageAdapter, type PlanSnapshot, type User, type Izp } from '../../core/index.js';
import { languageLoading, localize, type LabelOverrides, type Localizer } from '../../i18n/localize.js';
import { IzpGoal } from '../goal/izp-goal.js';
import type { DiagnosisItem, MedicationItem } from '../host-data/izp-host-data.js';
import { IzpOverview } from '../overview/izp-overview.js';
import type { PlanChanges, View } from '../shared/context.js';
import { EvaluationOnDemand } from '../shared/evaluate-item.js';
import { IzpElement } from '../shared/izp-element.js';
import { loadOnDemand } from '../shared/lazy-elements.js';
import { mergeSnapshot } from '../shared/keep-identity.js';
import { nextContext } from './plan-context.js';
import { PlanProvider } from './plan-provider.js';
import { planKey, renderCreatePlan, renderPlanHeader, type PlanPartsInputs } from './izp-plan.parts.js';
import { entrySection, isPlanSection, localToday, renderSection, renderTabs, sectionsFor, type PlanSection } from './plan-sections.js';
import { styles } from './izp-plan.styles.js';
import { PlanActions } from './plan-actions.js';
import { PlanReader } from './plan-reader.js';

/** What `render()` shows outside the guarded template (see `requestUpdate`). */
const outsideTemplate = new Set<PropertyKey | undefined>(['shown', 'reader', 'announcement']);

/**
 * The root of the module: loads the patient's one care plan and provides it, with the core and the
 * user's language, to every IZP element inside it. Without a plan it offers to start one (function 1);
 * it shows status, case manager and next evaluation, accords a concept plan, closes the plan with a
 * reason and a confirmation (function 2), lists the goals and adds one (function 3).
 *
 * Put your own layout of `izp-goal`, `izp-agreement` and `izp-overview` inside it, or leave it empty for
 * the default composition.
 *
 * @tagname izp-plan
 * @slot - Your own layout; when empty, the compact professional layout: the sections Plan, Consult, Modules, Team, Geschiedenis and Overzicht as tabs, one rendered at a time (the patient's view: their plan in plain words on one page).
 * @slot header-actions - Extra buttons beside the plan's own actions.
 * @event izp-plan-loaded - The patient's plan was loaded; `detail.plan` is null when there is none.
 * @event izp-plan-created - Function 1 completed.
 * @event izp-plan-accorded - The case manager accorded the plan.
 * @event izp-plan-closed - Function 2 completed.
 * @event izp-goal-added - Function 3 completed.
 * @event izp-evaluated - The plan, a goal or an agreement was evaluated; `detail.evaluation` is the evaluation.
 * @event izp-error - A function failed; nothing was stored and the input was kept.
 * @event izp-section-changed - The user chose another section of the plan; `detail.section` and `detail.previous`.
 * @csspart header - The plan's header with status, case manager and actions.
 * @csspart tabs - The in-page navigation (professional view, default composition).
 * @csspart tab - One tab of the in-page navigation.
 * @csspart section - The active section below the tabs.
 * @csspart consultation - "Start van het consult" above the goals in the default composition (current plans).
 * @csspart goals - The list of goals in the default composition.
 * @csspart empty - The "no plan yet" panel.
 * @csspart evaluation-unavailable - The alert, with a retry, when the evaluation form could not be loaded.
 * @cssproperty --izp-color-primary - Main colour of buttons and headings.
 * @cssproperty --izp-color-surface - Background of panels.
 * @cssproperty --izp-font-family - The type face.
 * @cssproperty --izp-spacing - The base spacing unit.
 * @cssproperty --izp-radius - Corner radius of panels, fields and buttons.
 * @cssproperty --izp-density - 0.75 is compact (the professional default); 1 is comfortable.
 */
export class IzpPlan extends IzpElement {
  static override styles = styles;
  /** Rendered at once; the other elements load when they first appear (shared/lazy-elements.ts). */
  static override dependencies = { 'izp-goal': IzpGoal, 'izp-overview': IzpOverview };

  /** Where plans are stored; ignored when a ready `izp` core is given. */
  @property({ attribute: false }) adapter?: StorageAdapter | undefined;
  /** A ready core instance (for hosts that share one between screens). */
  @property({ attribute: false }) izp?: Izp | undefined;
  /** The user as the host authenticated them: `{ id, name, role }`. */
  @property({ attribute: false }) user?: User;
  @property({ attribute: 'patient-id' }) patientId = '';
  /** Shown in the plan and on the patient's printout. */
  @property({ attribute: 'patient-name' }) patientName = '';
  /** The practice's name, printed on the patient's overview with the contact person ("Huisartsenpraktijk De Linde"). */
  @property({ attribute: 'practice-name' }) practiceName = '';
  /** `professional` (default) or `patient`: the patient's own view of the same plan. */
  @property({ reflect: true }) view: View = 'professional';
  /** Host overrides of any label, e.g. `{ roles: { 'practice-nurse': 'POH' } }`. */
  @property({ attribute: false }) labels: LabelOverrides = {};
  // eslint-disable-next-line lit/no-native-attributes -- `lang` is the element's language, as for any HTML element
  @property() override lang = '';
  /** The host's medication overview (shown in the modules, never retyped): `[{ name, dose?, since? }]`. */
  @property({ attribute: false }) medication: MedicationItem[] = [];
  /**
   * The section shown in the professional view: `plan`, `consult`, `modules`, `team`, `history` or
   * `overview`. Unset, the plan opens on the consultation when something is due (on a current plan),
   * else on the plan; the user's choice is reflected here. A host sets it to drive the navigation
   * (a HIS menu); a new patient opens on their entry section again unless the host sets it with them.
   */
  @property({ reflect: true }) section?: PlanSection;
  /** The day that decides what is due for the entry section (`YYYY-MM-DD`); default today. */
  @property() today = '';
  /** The host's diagnoses (shown, never retyped): `[{ name, code?, since? }]`. */
  @property({ attribute: false }) diagnoses: DiagnosisItem[] = [];

  /** The plan on screen, as last read (see `snapshot`). */
  @state() private shown: PlanSnapshot | null = null;
  @state() private announcement = '';
  /** The host put its own layout inside: the default composition is then not rendered at all. */
  @state() private customLayout = false;

  /** Counts the updates asked for by anything the template shows (see `requestUpdate`): it is made again for each. */
  private revision = 0;
  private dirty = true;

  /** Whether the host or the user chose the section (else it follows the plan's entry section). */
  private sectionChosen = false;
  /** The plan the entry section was decided for. */
  private sectionFor: string | null = null;

  private readonly provider = new PlanProvider(this);
  private core: Izp | null = null;
  /** Reads the plan: by itself when the core, the patient or the user changes, by hand in `load()` and `refresh()`. */
  private readonly reader = new PlanReader(this, {
    core: () => this.core,
    patientId: () => this.patientId,
    shown: () => this.shown,
    show: (snapshot) => (this.shown = snapshot),
    loaded: (patientId, snapshot) => {
      this.actions.clearLoadError();
      this.emit('izp-plan-loaded', { patientId, plan: snapshot?.plan ?? null });
    },
    failed: (error, afterSave) => this.actions.reportLoadError(error, afterSave),
  });
  /** The header's `<izp-evaluation>`, rendered once "Evalueren" is chosen in its menu. */
  private readonly evaluation = new EvaluationOnDemand(this, 'plan-evaluation', () => this.provider.value);
  private readonly refreshFn = (afterSave?: boolean) => this.refresh(afterSave);
  private readonly announceFn = (message: string) => this.announce(message);
  private readonly actions = new PlanActions(this, {
    ctx: () => this.provider.value,
    snapshot: () => this.shown,
    patient: () => ({ id: this.patientId, name: this.patientName }),
    load: () => this.load(),
    emit: (name, detail) => this.emit(name, detail),
  });

  /**
   * The patient's plan on screen with its goals and agreements (`{ plan, goals, agreements }`), as last
   * read; null while loading, when the patient has no plan, or when the user may not see it. Read-only:
   * the plan changes through the core's functions (`izp-*` events tell when).
   */
  get snapshot(): PlanSnapshot | null {
    return this.shown;
  }

  private localizer: { key: unknown[]; value: Localizer } | null = null;

  /** The user's language: the `lang` attribute, else the nearest one in the host page, else Dutch. */
  private get l(): Localizer {
    const lang = this.language;
    if (this.localizer?.key[0] !== lang || this.localizer.key[1] !== this.labels) {
      this.localizer = { key: [lang, this.labels], value: localize(lang, this.labels) };
    }
    return this.localizer.value;
  }

  private get language(): string {
    return this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'nl';
  }

  /** A language that loads on demand (English) is waited for, so the plan never flashes in Dutch first; Dutch never waits. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = languageLoading(this.language);
    return pending ? pending.then(() => super.scheduleUpdate(), () => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A re-read plan keeps the objects of every record that did not change, so the elements below can
    // tell by identity what changed and leave the rest alone.
    const own = changed as PropertyValues; // private state (`shown`) is not among the keys of `this`
    let changes: PlanChanges | null = null;
    if (own.has('shown')) ({ snapshot: this.shown, changes } = mergeSnapshot(own.get('shown') as PlanSnapshot | null | undefined, this.shown));
    this.chooseSection(changed);
    const coreChanged = changed.has('izp') || changed.has('adapter') || changed.has('user');
    if (coreChanged) {
      this.core = this.izp ?? (this.adapter && this.user ? createIzp({ adapter: this.adapter, user: this.user }) : null);
    }
    if (coreChanged || changed.has('patientId')) {
      // Another patient, user or core: the previous plan leaves the screen at once (the elements below
      // must not act on it with the new core, nor show it to a user who may not see it), and every
      // form and dialog forgets what was typed for it.
      this.shown = null;
      changes = null;
      this.actions.reset();
      this.evaluation.forget();
      this.reader.restart(); // the reader runs when this update's controllers run, right after
    } else if (changed.has('view')) {
      this.actions.reset();
      this.evaluation.forget();
    }
    const { core: izp, snapshot, l, view, practiceName } = this;
    if (this.dirty) {
      this.revision++;
      this.dirty = false;
    }
    this.provider.setValue(nextContext(this.provider.value, { izp, snapshot, l, view, practiceName }, { refresh: this.refreshFn, announce: this.announceFn, routes: this.provider.routes }, changes));
  }

  /**
   * Notes every reason to update but a re-read (`shown`, and the reader's steps, which only the loading
   * message outside the template shows) and an announcement (also outside it): a property, a state, a
   * controller (menus, forms, dialogs). Only those may leave the plan's template as it was; a save in a
   * goal or agreement announces itself and then re-reads the plan.
   */
  override requestUpdate(...args: Parameters<IzpElement['requestUpdate']>): void {
    if (!outsideTemplate.has(args[0])) this.dirty = true;
    super.requestUpdate(...args);
  }

  /**
   * Keeps `section` on the host's or the user's choice; otherwise, once a plan is on screen, on its entry
   * section, decided once per plan (the consultation does not vanish under the GP when the last due item
   * is evaluated).
   */
  private chooseSection(changed: PropertyValues<this>): void {
    if (changed.has('section')) this.sectionChosen = isPlanSection(this.section);
    else if (changed.has('patientId') || changed.has('izp') || changed.has('adapter')) this.sectionChosen = false;
    const snapshot = this.shown;
    const planId = snapshot?.plan.id ?? null;
    if (planId === this.sectionFor) return;
    this.sectionFor = planId;
    if (snapshot && !this.sectionChosen) this.section = entrySection(snapshot, /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? this.today : localToday());
  }

  /** The user picked a section: show it, tell the host, and keep focus on its tab when keys moved there. */
  private async selectSection(section: PlanSection, focus: boolean): Promise<void> {
    const previous = this.activeSection();
    if (section === previous) return;
    this.section = section;
    this.emit('izp-section-changed', { section, previous });
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${section}`)?.focus();
  }

  /** The section on screen: the chosen one when the plan offers it, else the plan. */
  private activeSection(): PlanSection {
    const offered = this.shown ? sectionsFor(this.shown) : [];
    return this.section && offered.includes(this.section) ? this.section : 'plan';
  }

  /**
   * Reads the patient's plan again from storage, from scratch (the plan shown is dropped if the patient
   * no longer has it, or the user may no longer see it). Resolves when it is on screen, or the failure is.
   */
  load(): Promise<void> {
    return this.reader.load();
  }

  /**
   * Reads the plan on screen again, e.g. after the host changed it through its own core. A failure is said
   * once, by the plan itself (never once per element that asked); a refusal (access withdrawn meanwhile, in
   * another tab or by the patient) takes the plan off the screen, and with it every form that could raise a
   * message of its own. `afterSave`: a change was just stored (a failure then does not read as "nothing saved").
   */
  refresh(afterSave = false): Promise<void> {
    return this.reader.refresh(afterSave);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    loadOnDemand();
    this.layoutChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reader.follow(null, null);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reader.follow(this.isConnected ? this.core : null, this.shown?.plan.id ?? null);
  }

  /** A slot's fallback stays in the DOM even when unused; skip rendering it when the host brings its own. */
  private layoutChanged = (): void => {
    this.customLayout = [...this.children].some((child) => !child.slot);
  };

  /** Says `message` through the plan's live region. */
  private announce(message: string): void {
    // Clearing first makes a screen reader repeat a message that is the same as the last one. A timer,
    // not an animation frame: frames do not run in a background tab, and the message must still come.
    this.announcement = '';
    setTimeout(() => (this.announcement = message), 50);
  }

  /** What the header and the "start a plan" panel show. */
  private partsInputs(): PlanPartsInputs {
    return {
      l: this.l,
      view: this.view,
      actions: this.actions,
      izp: this.core,
      patient: { id: this.patientId, name: this.patientName },
      evaluation: this.evaluation,
      load: () => this.load(),
    };
  }

  protected override render() {
    const { t } = this.l;
    return html`
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.reader.loading && !this.shown ? html`<p class="help">${t.loading}</p>` : nothing}
      ${this.actions.renderLoadError()}
      ${this.shown ? this.renderPlanOnce(this.shown) : !this.reader.loading && this.core && this.patientId ? renderCreatePlan(this.partsInputs()) : nothing}
    `;
  }

  /**
   * The header, tabs and section, made again only when something they show changed (`planKey`): at 500
   * agreements a changed agreement re-renders its line and its goal, and the plan's own template would
   * otherwise be made and compared again on every re-read.
   */
  private renderPlanOnce(snapshot: PlanSnapshot) {
    // What changed since the last snapshot, when the context value is for this one.
    const ctx = this.provider.value;
    const step = ctx?.snapshot === snapshot ? ctx.changes : null;
    const parts = this.partsInputs();
    return guard([this.revision, ...planKey(parts, snapshot, step)], () => this.renderPlan(snapshot, parts));
  }

  private renderPlan(snapshot: PlanSnapshot, parts: PlanPartsInputs) {
    const closed = !isPlanOpen(snapshot.plan);
    return html`
      ${renderPlanHeader(parts, snapshot)}
      ${closed && this.view === 'professional' ? renderCreatePlan(parts, snapshot.plan) : nothing}
      <slot @slotchange=${this.layoutChanged}>${this.customLayout ? nothing
        : this.view === 'patient' ? this.renderPatientView() : this.renderDefault(snapshot)}</slot>
    `;
  }

  /** The professional view: the tab list and the one section it shows; the others are not rendered. */
  private renderDefault(snapshot: PlanSnapshot) {
    const active = this.activeSection();
    return html`
      ${renderTabs(this.l, sectionsFor(snapshot), active, (section, focus) => void this.selectSection(section, focus))}
      <div role="tabpanel" id="panel-${active}" part="section" aria-labelledby="tab-${active}" tabindex="0">
        ${renderSection(active, { l: this.l, snapshot, medication: this.medication, diagnoses: this.diagnoses, addGoal: () => this.actions.renderAddGoal(snapshot) })}
      </div>
    `;
  }

  /** The patient's own view: their plan in plain words, their diary and measurements, who may see it. */
  private renderPatientView() {
    return html`
      <izp-overview mode="print" heading-level="3"></izp-overview>
      ${this.shown ? this.actions.renderOwnGoal(this.shown) : nothing}
      <izp-modules heading-level="3" .medication=${this.medication} .diagnoses=${this.diagnoses}></izp-modules>
      <izp-care-team heading-level="3"></izp-care-team>
      <izp-history heading-level="3"></izp-history>
    `;
  }
}
