// `npm run cycles` (and a step of `npm test`): fails when the modules under the given folders (default: src) import
// each other in a cycle, and prints each cycle as a path of files.
//
// Every static import counts, `import type` too: a type-only cycle costs nothing at run time, but it means two
// modules know each other (a helper reaching back into its element), which is what "no import cycles" forbids.
// Edges that are type-only are marked `(type)` in the report. Dynamic `import()` does not count: loading on
// demand is how an element reaches a chunk that may import shared code back.
// The TypeScript compiler API reads the imports (no regular expressions over source text).
import ts from 'typescript';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = process.cwd();
const folders = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const sourceFile = /\.(ts|tsx|mts|js|mjs)$/;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (sourceFile.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

/** `./x.js` from `dir` to the file on disk: TypeScript's `.js`-for-`.ts` convention, then folder indexes. */
function resolveSpecifier(dir, specifier) {
  if (!specifier.startsWith('.')) return null; // a package: not part of this graph
  const base = resolve(dir, specifier);
  const stem = base.replace(/\.(js|mjs|ts|mts|tsx)$/, '');
  for (const candidate of [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, `${stem}.js`, `${stem}.mjs`, join(base, 'index.ts'), join(base, 'index.js')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Whether an import or export declaration brings in types only (`import type`, or every specifier `type`). */
function typeOnly(node) {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return false; // a side-effect import runs the module
    if (clause.isTypeOnly) return true;
    if (clause.name) return false;
    const bindings = clause.namedBindings;
    return !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
  }
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

/** The static imports and re-exports of one file, with whether each is type-only. Unresolvable ones are listed. */
function importsOf(file, unresolved) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const edges = [];
  const add = (specifier, isType) => {
    const target = resolveSpecifier(dirname(file), specifier);
    if (target) edges.push({ target, type: isType });
    else if (specifier.startsWith('.')) unresolved.push(`${relative(root, file)}: ${specifier}`);
  };
  for (const statement of source.statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      add(statement.moduleSpecifier.text, typeOnly(statement));
    }
    // `import x = require('./y')` and `declare module` blocks do not occur here; `import('./y').T` in a type
    // position is a type-only edge.
  }
  const visit = (node) => {
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** Tarjan's strongly connected components: every component of more than one file (or a file importing itself) holds a cycle. */
function components(graph) {
  let index = 0;
  const stack = [];
  const state = new Map();
  const result = [];
  const strong = (v) => {
    state.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const { target: w } of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!state.has(w)) {
        strong(w);
        state.get(v).low = Math.min(state.get(v).low, state.get(w).low);
      } else if (state.get(w).onStack) {
        state.get(v).low = Math.min(state.get(v).low, state.get(w).index);
      }
    }
    if (state.get(v).low === state.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        state.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).some((e) => e.target === v)) result.push(component);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!state.has(v)) strong(v);
  return result;
}

/** One shortest cycle through `start` inside its component, as a list of edges. */
function cycleThrough(graph, members, start) {
  const previous = new Map();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const edge of graph.get(v) ?? []) {
      if (!members.has(edge.target)) continue;
      if (edge.target === start) {
        const path = [{ from: v, ...edge }];
        for (let at = v; at !== start;) {
          const step = previous.get(at);
          path.unshift(step);
          at = step.from;
        }
        return path;
      }
      if (!previous.has(edge.target)) {
        previous.set(edge.target, { from: v, ...edge });
        queue.push(edge.target);
      }
    }
  }
  return [];
}

const graph = new Map();
const unresolved = [];
for (const folder of folders.length ? folders : ['src']) {
  for (const file of walk(resolve(root, folder))) graph.set(file, importsOf(file, unresolved));
}

const found = components(graph);
const name = (file) => relative(root, file);
if (unresolved.length) {
  console.error(`import cycles: ${unresolved.length} relative import(s) do not resolve to a file:\n  ${unresolved.join('\n  ')}`);
}
if (found.length === 0) {
  console.log(`import cycles: none among ${graph.size} modules`);
  process.exit(unresolved.length ? 1 : 0);
}
console.error(`import cycles: ${found.length} group(s) of modules import each other`);
for (const component of found) {
  const members = new Set(component);
  const start = [...component].sort()[0];
  const cycle = cycleThrough(graph, members, start);
  const allTypes = cycle.every((e) => e.type);
  console.error(`\n  ${component.length} module(s)${allTypes ? ', through type-only imports' : ''}; one cycle:`);
  console.error(`    ${name(start)}`);
  for (const edge of cycle) console.error(`    -> ${name(edge.target)}${edge.type ? '  (type)' : ''}`);
  if (component.length > cycle.length) {
    console.error(`    (the group also holds: ${component.filter((f) => !cycle.some((e) => e.target === f)).map(name).sort().join(', ')})`);
  }
}
process.exit(1);
