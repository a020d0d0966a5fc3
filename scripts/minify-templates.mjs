// The templates' minifier (used by rollup.config.js for both builds). Their indentation is markup too:
// without this, every row clones and walks the whitespace text nodes between its elements, and every file
// carries the spaces. The Lit team's plugin minifies the `html`/`svg` tagged templates with
// html-minifier-next and the `css` ones with lightningcss. Kept conservative, because a template is not a
// document and the minifier knows no CSS:
// - whitespace between inline elements stays one space, and custom elements (display: inline unless their
//   styles say otherwise) count as inline, so `</span> <izp-x>` keeps its space;
// - a template is a fragment: html` <strong>…` goes after text in its parent, so the space at its edges is
//   kept like any other (the minifier trims a document's) by minifying it between two words taken off again;
// - `<line />` keeps its slash: inside <svg> an element without it is not closed, and what follows would be
//   drawn inside it;
// - attributes that are empty on purpose (title="", lang="") stay, and nothing is read as JavaScript;
// - a template whose tag name is an expression (lit/static-html's `<${tag}>`) cannot be parsed as HTML:
//   those are one line and stay as written;
// - an error fails the build instead of shipping that file unminified without anyone noticing.
// test/e2e/bundle-templates.test.mjs reads the spaces and the chart in the built bundle.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultShouldMinify } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const edge = 'izpTemplateEdge';
const fragmentStrategy = {
  ...defaultStrategy,
  async minifyHTML(html, options) {
    const out = await defaultStrategy.minifyHTML(`${edge}${html}${edge}`, options);
    if (!out.startsWith(edge) || !out.endsWith(edge)) throw new Error(`a template lost its edges when minified: ${html}`);
    return out.slice(edge.length, -edge.length);
  },
};

/** Every custom element's tag name that appears in markup (`<izp-goal …`) in a .ts file under `dir`. */
function customElementTags(dir) {
  const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.ts'));
  const tags = files.flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)[\s>/]/g)].map((m) => m[1]));
  return [...new Set(tags)];
}

/** The rollup plugin for the templates of the .ts files under `dir` (relative to the working directory). */
export function minifyTemplates(dir = 'src') {
  return minifyHtmlLiterals({
    include: [`${dir}/**/*.ts`],
    failOnError: true,
    options: {
      strategy: fragmentStrategy,
      shouldMinify: (template) => defaultShouldMinify(template) && !template.parts.some((part) => /<\/?$/.test(part.text)),
      minifyOptions: { keepClosingSlash: true, removeEmptyAttributes: false, minifyJS: false, inlineCustomElements: customElementTags(dir) },
    },
  });
}
