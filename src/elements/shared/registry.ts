/**
 * Where an element's tags live. `define` registers a tag unless it is taken (a second copy of the SDK on
 * the page warns instead of crashing it); where the browser has scoped custom element registries, every
 * element's shadow root gets a registry of its own holding its dependencies, so the tags inside it never
 * meet a host's or another copy's definitions of the same names.
 */
import { SDK_VERSION } from '../../version.js';

type Versioned = CustomElementConstructor & { sdkVersion?: string };

/** Registers `ctor` under `tag` in `registry`, guarded; returns whether this call defined it. */
export function defineGuarded(tag: string, ctor: CustomElementConstructor, registry: CustomElementRegistry): boolean {
  const existing = registry.get(tag) as Versioned | undefined;
  if (!existing) {
    try {
      registry.define(tag, ctor);
    } catch {
      // One constructor may be registered only once per registry: `IzpGoal.define('his-care-goal')` and
      // then a plan's dependency `izp-goal` need two classes. As Shoelace does, the second gets a subclass.
      registry.define(tag, class extends (ctor) {});
    }
    return true;
  }
  if (existing !== ctor && !(existing.prototype instanceof ctor) && existing.sdkVersion !== SDK_VERSION) {
    console.warn(`<${tag}> is already defined by izp-sdk ${existing.sdkVersion ?? '(unknown)'}; this copy (${SDK_VERSION}) is not registered.`);
  }
  return false;
}

/** Scoped registries as Chromium ships them: `new CustomElementRegistry()` and `attachShadow({ customElementRegistry })`. */
export const scopedRegistries: boolean = (() => {
  try {
    return typeof CustomElementRegistry === 'function' && 'initialize' in CustomElementRegistry.prototype && !!new CustomElementRegistry();
  } catch {
    return false;
  }
})();

const ownRegistries = new WeakMap<object, CustomElementRegistry>();

/**
 * The scoped registry of an element class's shadow roots, created on first use with the class's
 * dependencies; null where the browser has none (the shadow roots then use the global registry).
 */
export function registryOf(cls: { dependencies: Record<string, CustomElementConstructor & { define(tag: string, ctor?: CustomElementConstructor, registry?: CustomElementRegistry): void }> }): CustomElementRegistry | null {
  if (!scopedRegistries) return null;
  let registry = ownRegistries.get(cls);
  if (!registry) {
    registry = new CustomElementRegistry();
    ownRegistries.set(cls, registry);
    for (const [tag, dep] of Object.entries(cls.dependencies)) dep.define(tag, dep, registry);
  }
  return registry;
}

/** Creates the nodes of a template in `registry` (Lit's `creationScope`), so its tags upgrade from there. */
export function creationScope(registry: CustomElementRegistry): { importNode(node: Node, deep?: boolean): Node } {
  return {
    importNode: (node, deep) => (document.importNode as (n: Node, o: object) => Node)(node, { selfOnly: !deep, customElementRegistry: registry }),
  };
}

/**
 * The registry `node` was created in (with scoped registries: its shadow root's, where its tag is defined;
 * else the global one). `customElements.whenDefined(tag)` never resolves for a tag defined only in a scoped registry.
 */
export function registryFor(node: Node): CustomElementRegistry {
  const own = (node as { customElementRegistry?: CustomElementRegistry | null }).customElementRegistry;
  if (own) return own;
  const root = node.getRootNode() as { customElementRegistry?: CustomElementRegistry | null };
  return root.customElementRegistry ?? customElements;
}
