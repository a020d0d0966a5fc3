/**
 * Elements loaded on demand. `<izp-plan>` with its goals, agreements and overview is what a page loads
 * first; every other element is a chunk of its own (a dynamic `import()`, which a host's bundler and the
 * script-tag build both split off), fetched the first time its tag appears in a rendered tree. It works
 * whatever the layout renders: after any IZP element renders, the undefined tags of this map in its
 * shadow root (and, for a host's own layout, in its light DOM) are loaded and registered in the
 * registry that element belongs to; the browser then upgrades them.
 *
 * A new element that should load on demand needs one line in `loaders` (its tag and its module) and
 * nothing else; an element that must be there at once is a static dependency of the one that renders it.
 */
import type { IzpElement } from './izp-element.js';
import { watchRenders } from './izp-element.js';
import { LoadOnce } from './load-once.js';
import { registryFor } from './registry.js';

type ElementClass = typeof IzpElement;

export const loaders: Readonly<Record<string, () => Promise<ElementClass>>> = {
  'izp-evaluation': () => import('../evaluation/izp-evaluation.js').then((m) => m.IzpEvaluation),
  'izp-consultation': () => import('../consultation/izp-consultation.js').then((m) => m.IzpConsultation),
  'izp-modules': () => import('../modules/izp-modules.js').then((m) => m.IzpModules),
  // The module elements one by one, for a host's own layout (a diary tab of its own).
  'izp-profile': () => import('../profile/izp-profile.js').then((m) => m.IzpProfile),
  'izp-measurements': () => import('../measurements/izp-measurements.js').then((m) => m.IzpMeasurements),
  'izp-host-data': () => import('../host-data/izp-host-data.js').then((m) => m.IzpHostData),
  'izp-diary': () => import('../diary/izp-diary.js').then((m) => m.IzpDiary),
  'izp-links': () => import('../links/izp-links.js').then((m) => m.IzpLinks),
  'izp-care-team': () => import('../care-team/izp-care-team.js').then((m) => m.IzpCareTeam),
  'izp-history': () => import('../history/izp-history.js').then((m) => m.IzpHistory),
  'izp-fhir-export': () => import('../fhir-transfer/izp-fhir-export.js').then((m) => m.IzpFhirExport),
  'izp-fhir-import': () => import('../fhir-transfer/izp-fhir-import.js').then((m) => m.IzpFhirImport),
};

/** Per tag, its class loaded once (a chunk that failed to arrive is tried again the next time the tag is rendered). */
const classes = new Map<string, LoadOnce<ElementClass>>();
/**
 * Per registry, the on-demand tags not yet defined there (empty once all are: no scan). Every render of
 * every IZP element scans its shadow root, so a tag leaves the set as soon as its registry has it.
 */
const missing = new WeakMap<CustomElementRegistry, Set<string>>();

function missingIn(registry: CustomElementRegistry): Set<string> {
  let tags = missing.get(registry);
  if (!tags) missing.set(registry, (tags = new Set(Object.keys(loaders).filter((tag) => !registry.get(tag)))));
  return tags;
}

/** Loads (once) the class of an on-demand tag and registers it in `registry`. */
export function loadElement(tag: string, registry: CustomElementRegistry = customElements): Promise<ElementClass> {
  if (!loaders[tag]) return Promise.reject(new Error(`<${tag}> is not an element izp-sdk loads on demand`));
  let once = classes.get(tag);
  // Looked up at each attempt (`loaders[tag]()`, not `load`): a test swaps the loader to fail as the network would.
  if (!once) classes.set(tag, (once = new LoadOnce(() => loaders[tag]!())));
  return once.load().then((cls) => defineIn(registry, tag, cls));
}

/** The class of an on-demand tag once it has arrived on this page; undefined before (a story asks). */
export function loadedElement(tag: string): ElementClass | undefined {
  return classes.get(tag)?.value;
}

function defineIn(registry: CustomElementRegistry, tag: string, cls: ElementClass): ElementClass {
  cls.define(tag, cls, registry);
  missingIn(registry).delete(tag);
  return cls;
}

function scan(root: ParentNode & Node): void {
  const tags = missingIn(registryFor(root));
  if (!tags.size) return;
  // One simple selector, the tags checked here: a list of twelve `tag:not(:defined)` selectors made the
  // browser test every element against each of them, a tenth of a millisecond per render of a plan.
  for (const element of root.querySelectorAll(':not(:defined)')) {
    const tag = element.localName;
    if (!(tag in loaders)) continue;
    const cls = loadedElement(tag);
    if (cls) {
      // Already here (another shadow root's registry has it): upgrade now, not a microtask later.
      defineIn(registryFor(element), tag, cls);
      continue;
    }
    loadElement(tag, registryFor(element)).catch((error: unknown) => {
      console.error(`izp-sdk: <${tag}> could not be loaded`, error);
    });
  }
}

let installed = false;

/** Starts loading elements on demand; `<izp-plan>` calls it, more calls change nothing. */
export function loadOnDemand(): void {
  if (installed) return;
  installed = true;
  watchRenders((root, host) => {
    if ((host.constructor as typeof IzpElement).rendersOnDemand) scan(root);
    // A host's own layout inside the element (light DOM), e.g. `<izp-history>` in `<izp-plan>`.
    if (host.firstElementChild) scan(host);
  });
}
