/**
 * The words of an element that loads on demand, in each language the SDK comes with. The element's
 * module registers them (registerWords) when it runs, before the element can render.
 */
export interface WordPack<Words> {
  readonly nl: Words;
  readonly en: Words;
}
