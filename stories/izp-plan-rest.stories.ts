/**
 * `<izp-plan>` through the REST API: the elements talk to the reference server's HTTP contract with the
 * REST client (`createRestIzp`), and msw runs that very server (the Hono app over a MemoryAdapter) in the
 * browser. What a practice sees on a slow network, when two users change the same agreement, and when
 * the server cannot be reached.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { HttpResponse, http } from 'msw';
import { createRestIzp } from '../src/client/index.js';
import { MemoryAdapter, type User } from '../src/core/index.js';
import { izpHandlers, mockToken } from '../src/msw/index.js';
import { today } from './fixtures/adapters.js';
import { patients, seedExamplePlans, staff } from './fixtures/example-plans.js';

/** The mocked server lives on this page's own origin, so the service worker sees its requests. */
const api = () => `${location.origin}/izp-api`;

const restIzp = (user: User) => createRestIzp({ baseUrl: api(), user, headers: { authorization: mockToken(user) }, retries: 0 });

interface Args { latencyMs: number }

const meta: Meta<Args> = {
  title: 'Elements/izp-plan through the REST API',
  component: 'izp-plan',
  // `live`: the plan keeps a stream open to the server for change notices, so the network is never idle.
  tags: ['live'],
  args: { latencyMs: 0 },
  argTypes: { latencyMs: { control: { type: 'number', min: 0, step: 100 }, description: 'Added to every answer of the server' } },
  async beforeEach({ msw, args }) {
    const adapter = new MemoryAdapter();
    await seedExamplePlans(adapter, today());
    msw.use(...izpHandlers({ baseUrl: api(), adapter, latencyMs: args.latencyMs }));
  },
  render: (_args, { globals }) => html`<izp-plan patient-id=${patients.yildiz.id} patient-name=${patients.yildiz.name}
    lang=${globals.locale ?? 'nl'} .izp=${restIzp(staff.poh)}></izp-plan>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Mw. F. Yıldız's plan, served by the reference server: every function works as with local storage. */
export const ThroughTheServer: Story = {};

/** Every answer takes a second and a half: the plan says it is loading, and forms say they are saving. */
export const SlowNetwork: Story = { args: { latencyMs: 1500 } };

/**
 * Two users, one agreement. Open "Wijzigen" on the walking agreement and type; then let the dietitian save
 * her change first (the button above the plan, through her own REST client). The plan shows her change as
 * it arrives; your save is then refused with a conflict (412), shows her version, and keeps what you typed,
 * to reload or re-apply.
 */
export const TwoUsersOneAgreement: Story = {
  render: (_args, { globals }) => {
    const dietitian = restIzp(staff.dietitian);
    const colleagueSaves = async () => {
      const plan = await dietitian.getPlanForPatient(patients.yildiz.id);
      const snapshot = plan && (await dietitian.getPlan(plan.id));
      const walk = snapshot?.agreements.find((a) => a.description.includes('wandelen'));
      if (snapshot && walk) await dietitian.updateAgreement(snapshot.plan.id, walk.id, { frequency: 'Twee keer per week' }, { reason: 'Besproken met de diëtist' });
    };
    return html`<p><button type="button" @click=${colleagueSaves}>Lotte Kramer (diëtist) slaat eerst een wijziging van de wandelafspraak op</button></p>
      <izp-plan patient-id=${patients.yildiz.id} patient-name=${patients.yildiz.name} lang=${globals.locale ?? 'nl'} .izp=${restIzp(staff.poh)}></izp-plan>`;
  },
};

/** The server cannot be reached: the plan says so and offers to try again; nothing is lost. */
export const ServerUnreachable: Story = {
  async beforeEach({ msw }) {
    msw.use(http.all(`${api()}/*`, () => HttpResponse.error()));
  },
};
