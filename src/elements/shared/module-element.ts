/**
 * The base of the module elements (`<izp-profile>`, `<izp-measurements>`, `<izp-diary>`, `<izp-links>`,
 * `<izp-host-data>`): the plan from `<izp-plan>`, the folding sections, plain words in the patient's
 * view, and forgetting what was opened or typed when the element starts showing another plan.
 */
import type { PlanContext } from './context.js';
import { PlanConsumer } from './plan-consumer.js';
import { IzpElement } from './izp-element.js';
import { SectionToggles, sectionName, type ModuleSection, type SectionView } from './module-section.js';
import { ScopeController } from './scope.js';
import { registerWords } from '../../i18n/dictionaries.js';
import { moduleWords } from '../../i18n/words/modules.js';

// The words of the module elements came in this chunk, not in the first load: registered before any can render.
registerWords(moduleWords);

export class ModuleElement extends IzpElement {
  /**
   * Unfold the sections also when they are empty. Declared by each element with its `@property`, so
   * that it is documented there (this folder is not in the manifest).
   */
  declare open: boolean;

  /** The plan, core and language from the surrounding `<izp-plan>`; every new value updates the element. */
  private readonly consumer = new PlanConsumer(this, (ctx) => [ctx]);
  protected get ctx(): PlanContext | undefined {
    return this.consumer.value;
  }

  private readonly toggles = new SectionToggles();

  constructor() {
    super();
    // Another plan, user or view: every open form closes and nothing typed or opened carries over.
    new ScopeController(this, () => this.ctx, () => this.forget());
  }

  /** What to forget when another plan, user or view is on screen; elements with forms add theirs. */
  protected forget(): void {
    this.toggles.clear();
  }

  /** Plain words in the patient's own view. */
  protected get plain(): boolean {
    return this.ctx?.view === 'patient';
  }

  protected sectionName(section: ModuleSection): string {
    return sectionName(this.ctx!.l, section, this.plain);
  }

  /** A section, open when it has content, when `open` is set, or as the user left it. */
  protected renderSection(view: SectionView) {
    return this.toggles.render(this.sectionName(view.key), view, this.open);
  }
}
