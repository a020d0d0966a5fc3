// custom-elements.json (written by `npm run build`) documents every element for IDEs and Storybook.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => [d.tagName, d]));

const expected = {
  'izp-plan': { attributes: ['patient-id', 'patient-name', 'view', 'lang'], events: ['izp-plan-created', 'izp-plan-closed', 'izp-goal-added', 'izp-error'], slots: ['', 'header-actions'] },
  'izp-goal': { attributes: ['goal-id', 'heading-level'], events: ['izp-goal-closed', 'izp-agreement-added', 'izp-error'], slots: ['actions'] },
  'izp-agreement': { attributes: ['agreement-id', 'heading-level'], events: ['izp-agreement-updated', 'izp-agreement-closed', 'izp-error'], slots: ['actions'] },
  'izp-history': { attributes: ['target-id', 'heading-level'], events: ['izp-error'], slots: [] },
  'izp-care-team': { attributes: ['heading-level'], events: ['izp-access-granted', 'izp-access-revoked', 'izp-error'], slots: ['intro'] },
  'izp-evaluation': { attributes: ['target-kind', 'target-id'], events: ['izp-evaluated', 'izp-error'], slots: [] },
  'izp-consultation': { attributes: ['heading-level'], events: [], slots: [] },
  'izp-overview': { attributes: ['mode', 'group-by', 'include-closed'], events: ['izp-print', 'izp-error'], slots: [] },
  'izp-modules': { attributes: ['heading-level'], events: ['izp-profile-updated', 'izp-measurement-added', 'izp-diary-added', 'izp-error'], slots: [] },
  'izp-profile': { attributes: ['sections'], events: ['izp-profile-updated', 'izp-error'], slots: [] },
  'izp-measurements': { attributes: ['heading-level'], events: ['izp-measurement-added', 'izp-error'], slots: [] },
  'izp-diary': { attributes: [], events: ['izp-diary-added', 'izp-error'], slots: [] },
  'izp-links': { attributes: [], events: ['izp-profile-updated', 'izp-error'], slots: [] },
  'izp-host-data': { attributes: [], events: [], slots: [] },
};

describe('custom-elements.json', () => {
  for (const [tag, want] of Object.entries(expected)) {
    it(`documents <${tag}>: attributes, properties, events, slots, parts and CSS properties`, () => {
      const el = elements.get(tag);
      assert.ok(el, `${tag} is in the manifest`);
      const attributes = (el.attributes ?? []).map((a) => a.name);
      for (const a of want.attributes) assert.ok(attributes.includes(a), `attribute ${a}`);
      assert.ok((el.members ?? []).some((m) => m.kind === 'field' && !m.privacy && m.description), 'documented public properties');
      const events = (el.events ?? []).map((e) => e.name);
      for (const e of want.events) assert.ok(events.includes(e), `event ${e}`);
      const slots = (el.slots ?? []).map((s) => s.name);
      for (const s of want.slots) assert.ok(slots.includes(s), `slot "${s}"`);
      assert.ok((el.cssParts ?? []).length > 0, 'parts');
      assert.ok((el.cssProperties ?? []).some((p) => p.name.startsWith('--izp-')), 'CSS properties');
    });
  }
});
