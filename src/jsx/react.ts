/**
 * `izp-sdk/react`: the elements in React 19's JSX. One type-only import anywhere in the app,
 * `import type {} from 'izp-sdk/react';`, types `<izp-plan patient-id adapter user onizp-plan-created>` and every
 * other element: attributes and properties from the element classes, event handlers with their `detail`.
 * The entries come from custom-elements.json (src/jsx/elements.generated.ts, written by `npm run manifest`).
 * For other JSX runtimes (Preact, Solid) extend their `IntrinsicElements` with `CustomElements` from `izp-sdk/jsx`.
 */
import type { CustomElements } from './elements.generated.js';

export type { CustomElements, ScopedElements } from './elements.generated.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace; this extends it
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the entries are all in CustomElements
    interface IntrinsicElements extends CustomElements {}
  }
}
