// The script-tag build's chunks (used by rollup.config.js): elements that always load together become one
// chunk per group, so the browser fetches and decompresses one file instead of several (each file gzipped
// alone pays its own header and starts its dictionary empty).
//
// A module goes into a group's chunk only when nothing outside the group uses it: neither the first load
// nor another on-demand element. Rollup moves every static dependency of a module placed in a manual chunk
// into that chunk unless it is placed elsewhere, so what the first load uses is placed in the entry's chunk.
// "Uses" follows imported names through re-exports: `import { ContextEvent } from '@lit/context'` does not
// make the first load use `consume`, which the package's index re-exports too (tree-shaking drops it there).
import { basename, dirname, resolve } from 'node:path';

/**
 * rollup's `output.manualChunks` for the entry `entry` (a path) whose chunk is named `entryName`, with
 * `groups` mapping a chunk name to the on-demand modules (paths) that load together.
 */
export function groupChunks(groups, entryName, entry) {
  const groupOf = new Map(Object.entries(groups).flatMap(([name, files]) => files.map((f) => [resolve(f), name])));
  let owner;
  return (id, { getModuleInfo }) => {
    owner ??= assign(getModuleInfo, groupOf, groups, entryName, resolve(entry));
    return owner.get(id);
  };
}

function assign(getModuleInfo, groupOf, groups, entryName, entry) {
  // A module declared free of side effects (rollup.config.js) that exports nothing is dropped by rollup:
  // it is in no chunk, and neither is what only it imports.
  const dropped = (id) => getModuleInfo(id)?.moduleSideEffects === false && getModuleInfo(id)?.exports?.length === 0;
  const reachers = new Map(); // module id -> who uses it: '<entry>', a group's name, or an on-demand root's id
  const reach = (id, by) => {
    const seen = reachers.get(id) ?? new Set();
    reachers.set(id, seen);
    if (seen.has(by)) return false;
    seen.add(by);
    return true;
  };
  // Follows imports by name from `start` (a re-export is followed only when its name is asked for).
  const follow = (start, by) => {
    const asked = new Map(); // id -> names asked for ('*' = all)
    const queue = [[start, new Set(['*'])]];
    while (queue.length) {
      const [id, names] = queue.pop();
      if (dropped(id)) continue;
      const before = asked.get(id) ?? new Set();
      const fresh = [...names].filter((n) => !before.has(n));
      if (asked.has(id) && !fresh.length) continue;
      for (const n of fresh) before.add(n);
      asked.set(id, before);
      reach(id, by);
      for (const [dep, depNames] of edges(getModuleInfo(id), new Set(fresh.length ? fresh : names))) queue.push([dep, depNames]);
    }
  };
  // The first load.
  follow(entry, '<entry>');
  // Every on-demand root, and every module it uses (rollup drops what an index re-exports that nobody asks for).
  const roots = new Set();
  const followed = new Set();
  const addRoots = () => {
    let grew = false;
    for (const id of reachers.keys()) {
      for (const d of getModuleInfo(id)?.dynamicallyImportedIds ?? []) if (!roots.has(d)) { roots.add(d); grew = true; }
    }
    return grew;
  };
  addRoots();
  do {
    for (const root of [...roots]) {
      if (followed.has(root)) continue;
      followed.add(root);
      follow(root, groupOf.get(root) ?? root);
    }
  } while (addRoots());
  for (const id of groupOf.keys()) if (!roots.has(id)) throw new Error(`bundle chunks: ${id} is not loaded on demand`);
  const owner = new Map();
  const shared = new Map(); // who uses them -> chunk name, for code several on-demand chunks share
  for (const [id, by] of reachers) {
    if (by.has('<entry>')) owner.set(id, entryName);
    else if (by.size === 1 && Object.hasOwn(groups, [...by][0])) owner.set(id, [...by][0]);
    else {
      // Placed explicitly too, or rollup would count it in the first load (through a package's index that
      // the first load imports other names from).
      const key = [...by].sort().join('\n');
      if (!shared.has(key)) shared.set(key, basename(id).replace(/\.[^.]*$/, ''));
      owner.set(id, shared.get(key));
    }
  }
  return owner;
}

/**
 * The static imports of a module that `names` (what importers ask of it) make it use, each with the names
 * asked of it. A module with code of its own uses all its imports; a module that only re-exports passes
 * on the names asked for. When the sources cannot be matched to rollup's resolved ids, every import counts.
 */
function edges(info, names) {
  const ids = info?.importedIds ?? [];
  const body = info?.ast?.body;
  const all = () => ids.map((dep) => [dep, new Set(['*'])]);
  if (!body) return all();
  const sources = [];
  for (const node of body) {
    const source = node.source?.value;
    if (typeof source === 'string' && !sources.includes(source)) sources.push(source);
  }
  if (sources.length !== ids.length || !info.id) return all();
  const idOf = new Map(sources.map((s, i) => [s, ids[i]]));
  const sanity = sources.every((s, i) => !s.startsWith('.') || resolveLoose(info.id, s) === stripExt(ids[i]));
  if (!sanity) return all();
  const onlyReexports = body.every((n) => (n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration') && n.source);
  const out = new Map();
  const add = (source, name) => {
    const dep = idOf.get(source);
    const set = out.get(dep) ?? new Set();
    set.add(name);
    out.set(dep, set);
  };
  for (const node of body) {
    const source = node.source?.value;
    if (typeof source !== 'string') continue;
    if (node.type === 'ImportDeclaration') {
      if (!node.specifiers.length) out.set(idOf.get(source), out.get(idOf.get(source)) ?? new Set());
      for (const s of node.specifiers) add(source, s.type === 'ImportSpecifier' ? nameOf(s.imported) : s.type === 'ImportDefaultSpecifier' ? 'default' : '*');
    } else if (node.type === 'ExportAllDeclaration') {
      if (node.exported) { if (!onlyReexports || names.has('*') || names.has(nameOf(node.exported))) add(source, '*'); } else for (const n of names) add(source, n);
      if (!onlyReexports) add(source, '*');
    } else if (node.type === 'ExportNamedDeclaration') {
      for (const s of node.specifiers) {
        if (!onlyReexports || names.has('*') || names.has(nameOf(s.exported))) add(source, nameOf(s.local));
      }
      if (!node.specifiers.length) out.set(idOf.get(source), out.get(idOf.get(source)) ?? new Set());
    }
  }
  return [...out];
}

const nameOf = (node) => node.name ?? node.value;
const stripExt = (p) => p.replace(/\.[cm]?[jt]sx?$/, '');
const resolveLoose = (from, source) => stripExt(resolve(dirname(from), source));
