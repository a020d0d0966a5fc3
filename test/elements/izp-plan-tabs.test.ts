// <izp-plan> open in two tabs on one IndexedDB database: a change in one shows in the other without a
// reload. Two adapters over one database name in one page are two tabs to BroadcastChannel.
import { expect, fixture, html } from '@open-wc/testing';
import { IndexedDbAdapter } from '../../src/adapters/indexeddb/index.js';
import { createIzp } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { FATMA, deepAll, sanne, until, verhoeven } from './helpers.js';

describe('<izp-plan> across tabs', () => {
  const adapters: IndexedDbAdapter[] = [];
  afterEach(async () => {
    for (const adapter of adapters.splice(0)) await adapter.destroy().catch(() => undefined);
  });

  it("shows the other tab's change without a reload", async () => {
    const name = `izp-tabs-${Date.now()}`;
    const tabA = new IndexedDbAdapter({ name });
    const tabB = new IndexedDbAdapter({ name });
    adapters.push(tabB, tabA);
    const other = createIzp({ adapter: tabB, user: verhoeven });
    const plan = await other.createPlan({ patientId: FATMA, patientName: 'Mw. F. Yıldız', careTeam: [{ id: sanne.id, name: sanne.name, role: 'practice-nurse' }] });
    const el = await fixture<IzpPlan>(html`<izp-plan .adapter=${tabA} .user=${sanne} patient-id=${FATMA} lang="nl"></izp-plan>`);
    await until(() => el.snapshot?.plan.id === plan.id, 'the plan in tab A');
    await other.addGoal(plan.id, { description: 'Weer fietsen naar de markt.', domain: 'functional' });
    await until(() => el.snapshot?.goals.length === 1, "tab B's goal in tab A");
    await until(() => deepAll(el.shadowRoot!, 'izp-goal').length === 1, 'the goal on screen');
    expect(el.snapshot!.goals[0]!.description).to.equal('Weer fietsen naar de markt.');
  });
});
