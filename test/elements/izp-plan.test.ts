import { expect, fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';

const sanne = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' } as const;

describe('<izp-plan>', () => {
  it('is accessible with no plan yet', async () => {
    const el = await fixture<IzpPlan>(html`<izp-plan patient-id="pat-degroot" patient-name="Dhr. J. de Groot" .adapter=${new MemoryAdapter()} .user=${sanne}></izp-plan>`);
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('heeft nog geen zorgplan');
    await expect(el).to.be.accessible();
  });
});
