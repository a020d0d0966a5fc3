// What is generated from custom-elements.json, so editors and JSX hosts see the same elements the manifest
// documents (attributes, properties, typed events, slots, parts, CSS properties):
// - vscode.html-custom-data.json: VS Code's HTML custom data (tags, attributes with their values) for `.html` files;
// - src/jsx/elements.generated.ts: JSX `IntrinsicElements` types (custom-element-jsx-integration), published as
//   `izp-sdk/jsx`, and through `izp-sdk/react` for React 19.
// Both are outputs of `npm run manifest` (and so of `npm run build` and `npm run typecheck`), never edited by hand.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import ts from 'typescript';

const JSX_DIR = 'src/jsx';
const JSX_FILE = 'elements.generated.ts';
const VSCODE_FILE = 'vscode.html-custom-data.json';

/** Every custom element in the manifest with the module that declares it. */
function elementsOf(manifest) {
  return manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: mod.path })));
}

/** The description and the lists a hover shows, as Markdown. */
function describe(element) {
  const list = (title, items, name = (i) => i.name) => items?.length
    ? `\n\n**${title}:** ${items.map((i) => `\`${name(i) || '(default)'}\`${i.description ? ` ${i.description}` : ''}`).join('; ')}`
    : '';
  return `${element.description ?? element.summary ?? ''}${list('Events', element.events)}${list('Slots', element.slots)}` +
    `${list('CSS parts', element.cssParts)}${list('CSS properties', element.cssProperties)}`;
}

/**
 * The elements' own type aliases that are unions of string literals (`type View = 'professional' | 'patient'`),
 * by name: the manifest names an attribute's type by its alias. A name declared twice is left out (ambiguous).
 */
function stringUnions(dir = 'src/elements') {
  const found = new Map();
  const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n.endsWith('.ts') ? [join(d, n)] : []));
  for (const file of walk(dir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    ts.forEachChild(source, (node) => {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.map((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : null));
      const name = node.name.text;
      if (literals.every((l) => l !== null)) found.set(name, found.has(name) ? null : literals);
    });
  }
  return found;
}

/** An attribute's values for VS Code: the string literals of its type (directly or through an alias). */
function valuesOf(typeText, unions) {
  if (!typeText) return undefined;
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  const names = parts.flatMap((p) => (/^(['"]).*\1$/.test(p) ? [p.slice(1, -1)] : unions.get(p) ?? [null]));
  if (names.length === 0 || names.includes(null)) return undefined;
  return names.map((name) => ({ name }));
}

export function vscodeCustomData(manifest) {
  const unions = stringUnions();
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: describe(element),
      attributes: (element.attributes ?? []).map((a) => {
        const values = valuesOf(a.type?.text, unions);
        const boolean = a.type?.text === 'boolean';
        return { name: a.name, description: a.description ?? '', ...(values ? { values } : {}), ...(boolean ? { valueSet: 'v' } : {}) };
      }),
    })),
  };
}

/**
 * The JSX types. Event handlers are typed by `IzpEventDetails` (not by the readable detail text in the manifest,
 * whose names the generated file would have to import one by one), element properties by the element classes.
 */
export function writeJsxTypes(manifest) {
  const elements = elementsOf(manifest);
  const modules = new Map(elements.map((e) => [e.tagName, e.path]));
  const forJsx = structuredClone(manifest);
  for (const element of elementsOf(forJsx)) {
    for (const event of element.events ?? []) {
      if (event.type?.text) event.type = { text: `IzpEventDetails['${event.name}']` };
    }
  }
  const fromJsxDir = (path) => {
    const rel = relative(JSX_DIR, path).split('\\').join('/').replace(/\.ts$/, '.js');
    return rel.startsWith('.') ? rel : `./${rel}`;
  };
  mkdirSync(JSX_DIR, { recursive: true });
  generateJsxTypes(forJsx, {
    outdir: JSX_DIR,
    fileName: JSX_FILE,
    componentTypePath: (_name, tag) => fromJsxDir(modules.get(tag)),
    hideLogs: true,
  });
  return posix.join(JSX_DIR, JSX_FILE);
}

export function writeManifestOutputs(manifest) {
  writeFileSync(VSCODE_FILE, `${JSON.stringify(vscodeCustomData(manifest), null, 2)}\n`);
  const jsx = writeJsxTypes(manifest);
  prependEventImport(jsx);
}

function prependEventImport(file) {
  const events = posix.relative(dirname(file), 'src/events/events.js');
  const header = `// Generated by \`npm run manifest\` from custom-elements.json (scripts/manifest-outputs.mjs); do not edit.\n` +
    `import type { IzpEventDetails } from '${events.startsWith('.') ? events : `./${events}`}';\n`;
  writeFileSync(file, header + readFileSync(file, 'utf8'));
}
