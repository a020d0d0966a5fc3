/**
 * The base of every element: registration with its dependencies, scoped where the browser can, and typed events.
 */
import { LitElement, type PropertyValues } from 'lit';
import { izpEvent, type IzpEventDetails, type IzpEventName } from '../../events/events.js';
import { SDK_VERSION } from '../../version.js';
import { creationScope, defineGuarded, registryOf } from './registry.js';

export { SDK_VERSION };

/** Called after every render of an element, with the root it rendered into (see lazy-elements.ts). */
type RenderWatcher = (root: ShadowRoot | HTMLElement, host: IzpElement) => void;
let renderWatcher: RenderWatcher | null = null;

/** Installs the one watcher that loads elements on demand; the base knows nothing of what it loads. */
export function watchRenders(watcher: RenderWatcher): void {
  renderWatcher = watcher;
}

export class IzpElement extends LitElement {
  static readonly sdkVersion = SDK_VERSION;

  /**
   * The elements this one renders, by tag, registered with it (as Shoelace's `static dependencies`):
   * `IzpPlan.define('my-plan')` brings `izp-goal`, `izp-agreement` and `izp-overview` along. Elements
   * loaded on demand are not listed here but in lazy-elements.ts.
   */
  static dependencies: Record<string, typeof IzpElement> = {};

  /**
   * Whether what it renders may hold a tag that loads on demand, so that lazy-elements.ts looks through
   * its shadow root after each render. A row whose only such tag is its own `<izp-evaluation>` (which
   * EvaluationOnDemand loads itself) says false: that look walks the whole root, and at 500 agreements
   * one changed agreement re-renders its goal and its line.
   * @internal
   */
  static rendersOnDemand = true;

  /**
   * Registers the element under `tag` unless that tag is taken, then its dependencies under their own
   * tags in the same registry. The element comes first: a provider must be defined before the consumers
   * already in the page upgrade, or they never find it. A host may load two copies of the SDK (a portal
   * and a widget); the second must not crash the page, only warn when the versions differ.
   */
  static define(tag: string, ctor: CustomElementConstructor = this, registry: CustomElementRegistry = customElements): void {
    defineGuarded(tag, ctor, registry);
    for (const [depTag, dep] of Object.entries(this.dependencies)) dep.define(depTag, dep, registry);
  }

  /** With scoped registries, the shadow root gets this class's own registry (its dependencies and what loads later). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const registry = this.shadowRoot ? null : registryOf(this.constructor as typeof IzpElement);
    if (registry) {
      const options = (this.constructor as typeof LitElement).shadowRootOptions;
      // Lit makes its shadow root here, not in the constructor; the registry must be given when it is made.
      // eslint-disable-next-line wc/attach-shadow-constructor
      this.attachShadow({ ...options, customElementRegistry: registry });
      this.renderOptions.creationScope = creationScope(registry);
    }
    return super.createRenderRoot();
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    renderWatcher?.(this.renderRoot as ShadowRoot, this);
  }

  /** Dispatches a bubbling, composed, typed `izp-*` event. */
  protected emit<K extends IzpEventName>(name: K, detail: IzpEventDetails[K]): boolean {
    return this.dispatchEvent(izpEvent(name, detail));
  }
}
