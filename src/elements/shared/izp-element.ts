/**
 * The base of every element: guarded registration and typed events.
 */
import { LitElement } from 'lit';
import { izpEvent, type IzpEventDetails, type IzpEventName } from '../../events/events.js';

/** Bumped with the package version; a second copy of the SDK on the page is told apart by it. */
export const SDK_VERSION = '0.1.0';

export class IzpElement extends LitElement {
  static readonly sdkVersion = SDK_VERSION;

  /**
   * Registers the element under `tag` unless that tag is taken. A host may load two copies of the SDK
   * (a portal and a widget); the second must not crash the page, only warn when the versions differ.
   */
  static define(tag: string, ctor: CustomElementConstructor = this, registry: CustomElementRegistry = customElements): void {
    const existing = registry.get(tag) as (CustomElementConstructor & { sdkVersion?: string }) | undefined;
    if (!existing) {
      registry.define(tag, ctor);
    } else if (existing !== ctor && existing.sdkVersion !== SDK_VERSION) {
      console.warn(`<${tag}> is already defined by izp-sdk ${existing.sdkVersion ?? '(unknown)'}; this copy (${SDK_VERSION}) is not registered.`);
    }
  }

  /** Dispatches a bubbling, composed, typed `izp-*` event. */
  protected emit<K extends IzpEventName>(name: K, detail: IzpEventDetails[K]): boolean {
    return this.dispatchEvent(izpEvent(name, detail));
  }
}
