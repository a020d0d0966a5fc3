// ESLint (flat config), as web-component libraries such as Shoelace and Lion set it up: typescript-eslint with
// type information, eslint-plugin-lit (template syntax), eslint-plugin-wc (custom element lifecycle) and
// eslint-plugin-lit-a11y (accessibility inside `html` templates). `npm run lint`; `npx eslint --fix` repairs
// what can be repaired mechanically. Template *types* are checked by lit-analyzer (`npm run lit-analyzer`).
import { builtinRules } from 'eslint/use-at-your-own-risk';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

// ESLint's own recommended set, taken from the rules' metadata (the same list @eslint/js ships, without
// adding that package).
const jsRecommended = Object.fromEntries(
  [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([name]) => [name, 'error']),
);

// Node's globals for the scripts, benchmarks and Node tests (.mjs/.js); TypeScript files need none (tsc checks
// names, so no-undef is off there, as typescript-eslint advises).
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'setInterval',
    'clearInterval', 'setImmediate', 'queueMicrotask', 'structuredClone', 'fetch', 'Response', 'Request',
    'Headers', 'AbortController', 'AbortSignal', 'TextEncoder', 'TextDecoder', 'performance', 'crypto',
    'globalThis', 'EventTarget', 'Event', 'ReadableStream', 'Blob', 'FormData', 'atob', 'btoa',
    // Code that page.evaluate() runs in the browser (tests and benchmarks driving Chromium).
    'document', 'window', 'customElements', 'getComputedStyle', 'requestAnimationFrame', 'HTMLElement',
    'location', 'navigator', 'indexedDB', 'localStorage', 'CustomEvent', 'PerformanceObserver', 'Node',
    'MessageChannel', 'CSSStyleSheet', 'HTMLButtonElement']
    .map((name) => [name, 'readonly']),
);

const typed = ['**/*.ts', '**/*.tsx'];
const untyped = ['**/*.js', '**/*.mjs', '**/*.cjs'];

export default defineConfig(
  {
    ignores: ['node_modules/', 'dist/', 'coverage/', 'storybook-static/', 'public/', '**/.build/', 'bench/.size/',
      '.angular-example-*/', 'custom-elements.json', 'src/jsx/*.generated.ts'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  { files: [...typed, ...untyped], rules: jsRecommended },
  {
    files: untyped,
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: nodeGlobals },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },

  // TypeScript: recommended with type information (the project service reads tsconfig.json, which covers src,
  // test, demo and stories). The stricter `strictTypeChecked` set costs twice the time on two cores and mostly
  // flags style; the rules below add the type-aware ones that catch real bugs.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: typed })),
  {
    files: typed,
    languageOptions: {
      parserOptions: {
        // Storybook's own config is outside tsconfig.json's include; it gets the default project.
        projectService: { allowDefaultProject: ['.storybook/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `void promise` marks a deliberate fire-and-forget (event handlers in templates); others must be awaited.
      '@typescript-eslint/no-floating-promises': ['error', {
        ignoreVoid: true,
        // @open-wc/semantic-dom-diff types every chai `equal` as maybe-async (for `.dom.equal`); the plain ones
        // are synchronous. `accessible()` and other real promises are still checked.
        allowForKnownSafeCalls: [{ from: 'package', package: '@open-wc/semantic-dom-diff', name: ['equal', 'Equal', 'eq', 'eql', 'equals'] }],
      }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // With verbatimModuleSyntax an import only used as a type would still load its module at run time.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // An `async` method that implements a Promise-returning interface without awaiting is how a throw
      // becomes a rejection (adapters, stubs); requiring an `await` there would only add noise.
      '@typescript-eslint/require-await': 'off',
      // Rethrowing what a `catch` caught (unknown) and an AbortSignal's reason (any) as a rejection is right.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
      // Template literals print numbers and dates on purpose (labels, ids); objects and undefined stay errors.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
    },
  },

  // The elements and everything that renders them: Lit's template rules, custom-element lifecycle rules,
  // and accessibility in templates.
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'demo/**/*.tsx', 'test/**/*.ts'],
    plugins: { ...lit.configs['flat/recommended'].plugins, ...wc.configs['flat/best-practice'].plugins, ...litA11y.configs.recommended.plugins },
    settings: { wc: { elementBaseClasses: ['LitElement', 'IzpElement'] } },
    rules: {
      ...lit.configs['flat/recommended'].rules,
      ...wc.configs['flat/best-practice'].rules,
      ...litA11y.configs.recommended.rules,
      'lit/attribute-names': 'error',
      'lit/lifecycle-super': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      // Off: it flags radios, whose `value` attribute is their identity, not state; text fields bind `.value`.
      'lit/no-value-attribute': 'off',
      'lit/prefer-static-styles': 'error',
      'lit/quoted-expressions': ['error', 'never'],
      // Importing an element's module registers nothing (izp-sdk/define and static dependencies do), so scoped
      // tags and `IzpPlan.define('my-plan')` work; the class is never defined beside its declaration.
      'wc/define-tag-after-class-definition': 'off',
      'wc/no-exports-with-element': 'off', // a module exports its element's class and the types of its events
      // The base class is always LitElement, which implements every lifecycle callback.
      'wc/guard-super-call': 'off',
      'wc/tag-name-matches-class': ['error', { suffix: '' }],
    },
  },

  // Tests, stories, benchmarks and scripts may use what product code may not.
  {
    files: ['test/**', 'stories/**', 'bench/**', 'scripts/**', 'demo/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off', // chai's and sinon's style (expect(x).to.be.ok)
      '@typescript-eslint/no-unused-expressions': 'off', // chai's property assertions (expect(x).to.be.true)
      // oneEvent() and page.evaluate() give `any`; a test reads the fields it asserts on.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      'wc/tag-name-matches-class': 'off', // tests define elements under other tags on purpose
    },
  },
);
