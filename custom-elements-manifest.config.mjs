// custom-elements.json (`npm run manifest`, part of `npm run build`): what IDEs, Storybook and hosts read about
// the elements. Like Shoelace's config, it keeps the public surface only and types the events; from the finished
// manifest it generates the VS Code custom data and the JSX `IntrinsicElements` types (scripts/manifest-outputs.mjs).
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { writeManifestOutputs } from './scripts/manifest-outputs.mjs';

/**
 * Drops what is not the elements' public API: `private`/`protected` and `#private` members, `static` ones
 * (`styles`, `properties`, `define`, `dependencies`: the class's business, not a property of an element on the
 * page) and anything tagged `@internal` (public in TypeScript only because a helper of the element uses it),
 * with the attributes of dropped fields.
 */
export function publicApiOnly() {
  const internal = new Set(); // `ClassName.member`
  return {
    name: 'izp-public-api-only',
    analyzePhase({ ts: tsApi, node }) {
      if (!tsApi.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const name = member.name && (tsApi.isIdentifier(member.name) || tsApi.isPrivateIdentifier(member.name)) ? member.name.text : undefined;
        if (name && tsApi.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal')) internal.add(`${node.name.text}.${name}`);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const isInternal = (member) => {
            const owner = member.inheritedFrom?.name ?? declaration.name;
            return internal.has(`${owner}.${member.name}`) || internal.has(`${declaration.name}.${member.name}`);
          };
          const dropped = new Set();
          declaration.members = (declaration.members ?? []).filter((member) => {
            const keep = !member.privacy && !member.static && !member.name.startsWith('#') && !isInternal(member);
            if (!keep) dropped.add(member.name);
            return keep;
          });
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((a) => !a.fieldName || !dropped.has(a.fieldName));
          }
        }
      }
    },
  };
}

/**
 * Each `@event` gets its `detail` type from the typed event map (`IzpEventDetails` in src/events/events.ts), so
 * the manifest, the JSX types and the docs say what a listener receives. Shoelace writes the detail type as the
 * event's type too (`@event {{ item: SlMenuItem }} sl-select`).
 */
export function typedEvents(eventsFile = 'src/events/events.ts') {
  const source = ts.createSourceFile(eventsFile, readFileSync(eventsFile, 'utf8'), ts.ScriptTarget.Latest, true);
  const details = new Map();
  ts.forEachChild(source, (node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'IzpEventDetails') return;
    for (const member of node.members) {
      if (ts.isPropertySignature(member) && member.type && member.name && ts.isStringLiteral(member.name)) {
        details.set(member.name.text, member.type.getText(source).replace(/\s+/g, ' '));
      }
    }
  });
  return {
    name: 'izp-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const detail = details.get(event.name);
            if (detail) event.type = { text: detail };
            else if (!event.type?.text) console.warn(`[manifest] <${declaration.tagName}> documents ${event.name}, which is not in IzpEventDetails: it has no type`);
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/shared/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    publicApiOnly(),
    typedEvents(),
    { name: 'izp-manifest-outputs', packageLinkPhase: ({ customElementsManifest }) => writeManifestOutputs(customElementsManifest) },
  ],
};
