// custom-elements.json lists the elements' public API only, with typed events; VS Code custom data and JSX types
// come from it. Run `npm run manifest` (or `npm run build`) first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { create, ts as analyzerTs } from '@custom-elements-manifest/analyzer';
import { publicApiOnly, typedEvents } from '../../custom-elements-manifest.config.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, path: m.path })));

/** The members of each class in src/elements that the source keeps out of the public API. */
function hiddenInSource() {
  const hidden = new Map(); // class name -> Set of member names
  const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
  for (const file of walk('src/elements')) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    ts.forEachChild(source, (node) => {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = new Set();
      for (const member of node.members) {
        if (!member.name || !(ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name))) continue;
        const flags = ts.getCombinedModifierFlags(member);
        const internal = ts.getJSDocTags(member).some((t) => t.tagName.text === 'internal');
        if (internal || ts.isPrivateIdentifier(member.name) || flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Static)) {
          names.add(member.name.text);
        }
      }
      hidden.set(node.name.text, names);
    });
  }
  return hidden;
}

/** IzpEventDetails in src/events/events.ts: event name -> detail type text. */
function eventDetails() {
  const source = ts.createSourceFile('events.ts', read('src/events/events.ts'), ts.ScriptTarget.Latest, true);
  const details = new Map();
  ts.forEachChild(source, (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'IzpEventDetails') {
      for (const m of node.members) details.set(m.name.text, m.type.getText(source).replace(/\s+/g, ' '));
    }
  });
  return details;
}

describe('custom-elements.json: the public API only', () => {
  it('lists no private, protected, #private, static or @internal member of any element', () => {
    const hidden = hiddenInSource();
    assert.ok(elements.length >= 9, 'the elements are in the manifest');
    for (const el of elements) {
      for (const m of el.members ?? []) {
        const where = `<${el.tagName}>.${m.name}`;
        assert.equal(m.privacy, undefined, `${where} is ${m.privacy}`);
        assert.ok(!m.static, `${where} is static`);
        assert.ok(!m.name.startsWith('#'), `${where} is #private`);
        const owner = m.inheritedFrom?.name ?? el.name;
        assert.ok(!hidden.get(owner)?.has(m.name), `${where} is private, protected, static or @internal in ${owner}'s source`);
      }
      for (const a of el.attributes ?? []) {
        assert.ok(!a.fieldName || !hidden.get(el.name)?.has(a.fieldName), `<${el.tagName}> attribute ${a.name} belongs to a hidden field`);
      }
    }
  });

  it('types every event with its detail from IzpEventDetails', () => {
    const details = eventDetails();
    for (const el of elements) {
      for (const e of el.events ?? []) {
        assert.ok(e.type?.text, `<${el.tagName}> ${e.name} has a type`);
        assert.equal(e.type.text, details.get(e.name), `<${el.tagName}> ${e.name} is typed by IzpEventDetails`);
      }
    }
  });

  it('the plugins drop what a class hides and type its events (a fixture, independent of the elements)', () => {
    const code = `
      /**
       * @tagname x-demo
       * @event izp-goal-added - A goal was added.
       * @event x-unknown - Not in the event map.
       */
      export class XDemo extends HTMLElement {
        /** Shown. */
        shown = 1;
        /** @internal Used by a helper. */
        helperState = 2;
        private secret = 3;
        protected guarded = 4;
        #hash = 5;
        static styles = [];
        /** @internal */
        load() {}
        reload() {}
      }
      customElements.define('x-demo', XDemo);`;
    const modules = [analyzerTs.createSourceFile('src/x-demo.ts', code, analyzerTs.ScriptTarget.ES2015, true)];
    const out = create({ modules, plugins: [publicApiOnly(), typedEvents()] });
    const demo = out.modules[0].declarations.find((d) => d.name === 'XDemo');
    assert.deepEqual(demo.members.map((m) => m.name).sort(), ['reload', 'shown']);
    assert.deepEqual(demo.events.map((e) => [e.name, e.type?.text]), [['izp-goal-added', '{ goal: Goal }'], ['x-unknown', undefined]]);
  });
});

describe('generated from custom-elements.json', () => {
  it('VS Code custom data: every element with its attributes and their values', () => {
    const data = JSON.parse(read('vscode.html-custom-data.json'));
    assert.equal(data.version, 1.1);
    const tags = new Map(data.tags.map((t) => [t.name, t]));
    for (const el of elements) {
      const tag = tags.get(el.tagName);
      assert.ok(tag, `${el.tagName} is in the custom data`);
      assert.deepEqual(tag.attributes.map((a) => a.name).sort(), (el.attributes ?? []).map((a) => a.name).sort());
    }
    const view = tags.get('izp-plan').attributes.find((a) => a.name === 'view');
    assert.deepEqual(view.values.map((v) => v.name).sort(), ['patient', 'professional']);
    const pkg = JSON.parse(read('package.json'));
    assert.ok(pkg.files.includes('vscode.html-custom-data.json'), 'published');
  });

  it('JSX types: IntrinsicElements entries for every element, events typed by IzpEventDetails', () => {
    const jsx = read('src/jsx/elements.generated.ts');
    for (const el of elements) assert.match(jsx, new RegExp(`"${el.tagName}": Partial<`), el.tagName);
    assert.match(jsx, /"onizp-plan-created"\?: \(e: CustomEvent<IzpEventDetails\["izp-plan-created"\]>\) => void/);
    const pkg = JSON.parse(read('package.json'));
    assert.ok(pkg.exports['./react']?.types && pkg.exports['./jsx']?.types, 'izp-sdk/react and izp-sdk/jsx are exported');
  });
});
