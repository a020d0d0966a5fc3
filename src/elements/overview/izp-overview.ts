import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StorageError, isIzpError, buildOverview, type IzpError, type Overview, type PrintOverview } from '../../core/index.js';
import type { Localizer } from '../../i18n/localize.js';
import type { PlanContext } from '../shared/context.js';
import { PlanConsumer } from '../shared/plan-consumer.js';
import { overviewInputs } from '../shared/inputs.js';
import { IzpElement } from '../shared/izp-element.js';
import { styles } from './izp-overview.styles.js';
import { loadedPrintout, loadPrintout, type PrintoutChunk } from './printout-chunk.js';
import { renderCounts, renderDue, renderGoals, renderToDiscuss, renderWhoList, type OverviewGrouping } from './overview-screen.js';
import { heading } from './overview-text.js';

export type { OverviewGrouping } from './overview-screen.js';
export type OverviewMode = 'screen' | 'print';

/** Fetches the printout ahead of a print the user is about to ask for. */
const prefetch = () => void loadPrintout().catch(() => undefined);

/** Today as `YYYY-MM-DD` in the user's own time zone. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The whole plan at a glance (function 8) and, in print mode, the patient's own overview (function 9):
 * plain Dutch at B1 level with "Mijn doel", "Wat doe ik zelf", "Wat doet mijn zorgverlener", the contact
 * person and when we talk again. Place it anywhere inside `<izp-plan>`; it reads the plan from there.
 *
 * The print button asks the core for the printout (which records the print in the plan's history) and
 * prints only the overview, on A4, black on white, from a hidden frame. A host that prints its whole page
 * also gets a clean overview: the element has its own print styles.
 *
 * @tagname izp-overview
 * @event izp-print - The patient's overview was printed; `detail.overview` is what was printed.
 * @event izp-error - Printing failed (`detail.action` is `print`); nothing was printed.
 * @csspart toolbar - The row with the grouping choice and the print button.
 * @csspart print-button - The button that prints the patient's overview.
 * @csspart due - The list of what is due for evaluation.
 * @csspart goals - The goals with their agreements.
 * @csspart who - The "who does what" lists.
 * @csspart printout - The patient's overview in print mode.
 * @csspart printout-unavailable - Print mode: the alert, with a retry button, when the printout could not be loaded.
 * @cssproperty --izp-overview-border - Border of a goal card; falls back to `--izp-color-border`.
 * @cssproperty --izp-overview-background - Background of a goal card; falls back to `--izp-color-surface`.
 * @cssproperty --izp-heading-color - Colour of headings on screen (printing is always black).
 * @cssproperty --izp-color-primary - Main colour of buttons and headings.
 * @cssproperty --izp-color-danger - Colour that accompanies the word "te laat" (overdue).
 * @cssproperty --izp-font-family - The type face.
 */
export class IzpOverview extends IzpElement {
  static override styles = styles;

  /**
   * @internal The plan, core and language provided by the surrounding `<izp-plan>`. A new value updates
   * the overview only when what it shows changed (see shared/plan-consumer.ts).
   */
  private get ctx(): PlanContext | undefined {
    return this.consumer.value;
  }

  private readonly consumer = new PlanConsumer(this, (ctx) => overviewInputs(ctx));

  /** `screen` (default): the overview for professionals; `print`: the patient's own version. */
  @property({ reflect: true }) mode: OverviewMode = 'screen';
  /** How goals are grouped on screen: by `goal` (open, then closed) or by SFMPC `domain`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: OverviewGrouping = 'goal';
  /** Also print closed goals and agreements (default: only what is current). */
  @property({ attribute: 'include-closed', type: Boolean }) includeClosed = false;
  /**
   * Level of the element's top headings, to fit the host's outline under `<izp-plan>`'s own heading:
   * default 3, and 4 on screen in `<izp-plan>`'s default composition (below its "Overzicht" heading).
   * The printed document always starts at 1.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;
  /** The day that decides what is overdue and that is printed on the page (`YYYY-MM-DD`); default today. */
  @property() today = '';

  @state() private printing = false;
  @state() private printError: IzpError | null = null;
  private printErrorText = '';
  /** Print mode: the printout's chunk did not arrive at the last update (set while updating, so no @state). */
  private printoutFailed = false;
  private frame: HTMLIFrameElement | null = null;

  private get day(): string {
    return /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? this.today : localToday();
  }

  private get level(): number {
    if (this.headingLevel) return this.headingLevel;
    const root = this.getRootNode();
    const inPlanDefault = root instanceof ShadowRoot && root.host.localName === 'izp-plan';
    return inPlanDefault && this.mode === 'screen' ? 4 : 3;
  }

  /** The overview as shown now (function 8), built from the plan in context; null without a plan. */
  get overview(): Overview | null {
    return this.ctx?.snapshot ? buildOverview(this.ctx.snapshot, this.day) : null;
  }

  /**
   * Prints the patient's overview (function 9): asks the core for it, which records the print in the
   * plan's history, renders it into a hidden frame and opens the print dialog for that frame only.
   * Resolves to what was printed, or undefined when it failed (then `izp-error` was dispatched).
   */
  async print(): Promise<PrintOverview | undefined> {
    const ctx = this.ctx;
    if (this.printing || !ctx?.izp || !ctx.snapshot) return undefined;
    const trigger = this.shadowRoot?.activeElement as HTMLElement | null;
    this.printing = true;
    this.printError = null;
    // Two ways to fail, said apart: storage (the print could not be recorded) or printing itself (the
    // printout's chunk did not arrive, so nothing is recorded, or the browser's printing failed).
    let stage: 'record' | 'print' = 'print';
    try {
      const { fillPrintDocument } = await loadPrintout();
      // While the chunk loaded, the element may have left the page or been given another core, user or
      // plan: then nothing is printed, so nothing may be recorded as printed (for the wrong user either).
      if (!this.isConnected || this.ctx?.izp !== ctx.izp || this.ctx?.snapshot?.plan.id !== ctx.snapshot.plan.id) return undefined;
      stage = 'record';
      const overview = await ctx.izp.getPrintOverview(ctx.snapshot.plan.id, { includeClosed: this.includeClosed, date: this.day });
      stage = 'print';
      await this.printInFrame(overview, ctx.l, fillPrintDocument);
      this.emit('izp-print', { overview });
      return overview;
    } catch (caught) {
      const error = isIzpError(caught) ? caught : new StorageError(undefined, { cause: caught });
      this.printError = error;
      this.printErrorText = stage === 'print' ? ctx.l.t.printFailed : error.localized(ctx.l.lang);
      this.emit('izp-error', { action: 'print', error });
      ctx.announce(this.printErrorText);
      return undefined;
    } finally {
      this.printing = false;
      trigger?.focus();
    }
  }

  /**
   * Hands the finished printout to the browser's print dialog. Override it (or replace it on an
   * instance) to send the document elsewhere, e.g. to a PDF service, or to stub printing in tests.
   */
  protected printDocument(doc: Document): void | Promise<void> {
    const win = doc.defaultView;
    if (!win) throw new Error('The print frame has no window');
    win.print();
  }

  private async printInFrame(overview: PrintOverview, l: Localizer, fillPrintDocument: PrintoutChunk['fillPrintDocument']): Promise<void> {
    this.removeFrame();
    const frame = document.createElement('iframe');
    frame.className = 'print-frame';
    frame.title = l.t.printOverview;
    frame.tabIndex = -1;
    // No `src` and no `srcdoc`: the frame keeps its first, empty about:blank document, which shares the
    // page's origin and CSP. Setting `srcdoc` from a string is refused under Trusted Types, and nothing
    // here needs a parser: the printout is built through DOM APIs, so user text never meets one.
    this.renderRoot.append(frame);
    this.frame = frame;
    const doc = frame.contentDocument;
    const win = frame.contentWindow;
    if (!doc || !win) throw new Error('The print frame did not open');
    fillPrintDocument(doc, overview, l, this.ctx?.practiceName ?? '');
    // Firefox prints asynchronously: removing the frame before `afterprint` would print a blank page.
    win.addEventListener('afterprint', () => this.removeFrame(frame), { once: true });
    await this.printDocument(doc);
  }

  private removeFrame(frame: HTMLIFrameElement | null = this.frame): void {
    frame?.remove();
    if (frame === this.frame) this.frame = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeFrame();
  }


  /**
   * Print mode waits for the printout's chunk (the first time only), so it never shows half a page. When
   * the chunk does not arrive (the network), it says so, with a button that asks again.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.mode !== 'print' || loadedPrintout()) return super.scheduleUpdate();
    return loadPrintout().then(() => {
      this.printoutFailed = false;
      return super.scheduleUpdate();
    }, (error: unknown) => {
      console.error('izp-sdk: the printout could not be loaded', error);
      this.printoutFailed = true;
      return super.scheduleUpdate();
    });
  }

  /**
   * "Opnieuw proberen" in print mode: another update fetches the chunk again. The alert and its button
   * stay while it loads, so focus stays; once the printout is there, focus goes to the print button.
   */
  private async retryPrintout(): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    if (!this.isConnected || this.mode !== 'print') return;
    if (loadedPrintout()) this.shadowRoot?.querySelector<HTMLElement>('[part="print-button"]')?.focus();
    else if (this.ctx) this.ctx.announce(this.ctx.l.t.printoutUnavailable);
  }

  protected override render() {
    const ctx = this.ctx;
    if (!ctx?.snapshot) return nothing;
    return this.mode === 'print' ? this.renderPrintMode(ctx) : this.renderScreen(ctx);
  }

  private renderToolbar(ctx: PlanContext, withGrouping: boolean) {
    const { t } = ctx.l;
    return html`<div class="toolbar screen-only" part="toolbar">
      ${withGrouping
        ? html`<fieldset class="group-by">
            <legend>${t.groupBy}</legend>
            ${(['goal', 'domain'] as const).map((value) => html`<label>
              <input type="radio" name="group-by" value=${value} .checked=${this.groupBy === value}
                @change=${() => (this.groupBy = value)} />${value === 'goal' ? t.groupByGoal : t.groupByDomain}</label>`)}
          </fieldset>`
        : nothing}
      <button type="button" class="primary" part="print-button" aria-busy=${this.printing ? 'true' : 'false'}
        @pointerenter=${prefetch} @focus=${prefetch} @click=${() => void this.print()}>${t.print}<span class="visually-hidden">: ${t.printOverview}</span></button>
    </div>
    ${this.printError ? html`<div class="alert screen-only" role="alert">${this.printErrorText}</div>` : nothing}`;
  }

  private renderScreen(ctx: PlanContext) {
    const { l } = ctx;
    const { t } = l;
    const overview = buildOverview(ctx.snapshot!, this.day);
    const level = this.level;
    return html`
      ${this.renderToolbar(ctx, true)}
      ${renderCounts(overview, l)}
      ${renderToDiscuss(overview, l, level)}
      <section part="due" aria-labelledby="due-heading">
        ${heading(level, t.dueForEvaluation, 'due-heading')}
        ${renderDue(overview, l)}
      </section>
      <section part="goals" aria-labelledby="goals-heading">
        ${heading(level, t.goals, 'goals-heading')}
        ${renderGoals(overview, l, level + 1, this.groupBy === 'domain' ? 'domain' : 'goal')}
      </section>
      <div class="who" part="who">
        <section aria-labelledby="patient-heading" data-list="patient">
          ${heading(level, t.patientDoes, 'patient-heading')}
          ${renderWhoList(overview.patientDoes, l, false)}
        </section>
        <section aria-labelledby="providers-heading" data-list="providers">
          ${heading(level, t.providersDo, 'providers-heading')}
          ${renderWhoList(overview.providersDo, l, true)}
        </section>
        <section aria-labelledby="carers-heading" data-list="carers">
          ${heading(level, t.informalCarersDo, 'carers-heading')}
          ${renderWhoList(overview.informalCarersDo, l, true)}
        </section>
      </div>
    `;
  }

  private renderPrintMode(ctx: PlanContext) {
    // On render the printout is built purely from the plan in context; only printing is audited. Without
    // its chunk (the fetch failed) the part stays empty under an alert; the next update fetches it again.
    const printout = loadedPrintout();
    return html`
      ${this.renderToolbar(ctx, false)}
      ${this.printoutFailed && !printout
        ? html`<div class="alert" role="alert" part="printout-unavailable">${ctx.l.t.printoutUnavailable}
            <button type="button" @click=${() => void this.retryPrintout()}>${ctx.l.t.tryAgain}</button></div>`
        : nothing}
      <div part="printout">${printout?.renderPrintout(ctx.snapshot!, { date: this.day, includeClosed: this.includeClosed }, ctx.l, this.level, ctx.practiceName) ?? nothing}</div>
    `;
  }
}
