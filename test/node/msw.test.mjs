// izp-sdk/msw: the same Hono app inside msw's handlers, over a MemoryAdapter, intercepting the global
// fetch (here msw/node; in Storybook the service worker): the REST client works against it unchanged.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';

const { izpHandlers, mockToken, unreachableHandlers } = await import('izp-sdk/msw');
const { createRestIzp } = await import('izp-sdk/client');

const BASE = 'https://izp.test/api';
const nurse = { id: 'poh-sanne', name: 'Sanne de Wit', role: 'practice-nurse' };
const dietitian = { id: 'diet-lotte', name: 'Lotte Bakker', role: 'dietitian' };
const client = (user) => createRestIzp({ baseUrl: BASE, user, headers: { authorization: mockToken(user) }, backoffMs: 1 });

describe('izp-sdk/msw handlers', () => {
  const handlers = izpHandlers({ baseUrl: BASE, now: () => new Date('2026-11-23T09:00:00Z') });
  const mock = setupServer(...handlers);
  before(() => mock.listen({ onUnhandledRequest: 'error' }));
  after(() => mock.close());

  it('serves the whole contract to the REST client, access and conflicts included', async () => {
    const sanne = client(nurse);
    const lotte = client(dietitian);
    const plan = await sanne.createPlan({ patientId: 'pat-bosman', careTeam: [{ ...dietitian }] });
    const goal = await sanne.addGoal(plan.id, { description: 'Twee kilo afvallen.', domain: 'somatic' });
    const agreement = await lotte.addAgreement(plan.id, goal.id, { description: 'Drie gesprekken over eten.', performer: { kind: 'provider', name: dietitian.name, role: 'dietitian' } });
    await sanne.updateAgreement(plan.id, agreement.id, { frequency: 'Elke maand' }, { expectedVersion: 1 });
    const error = await lotte.updateAgreement(plan.id, agreement.id, { frequency: 'Elke week' }, { expectedVersion: 1 }).catch((e) => e);
    assert.equal(error.name, 'ConflictError');
    assert.equal(error.current.frequency, 'Elke maand');
    assert.equal((await sanne.getOverview(plan.id)).providersDo.length, 1);
    const stranger = client({ id: 'fysio-ruud', name: 'Ruud Smit', role: 'physiotherapist' });
    assert.equal((await stranger.getOverview(plan.id).catch((e) => e)).code, 'forbidden');
  });

  it('answers 401 to a request without a mock token', async () => {
    const response = await fetch(`${BASE}/patients/pat-x/plan`);
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
  });

  it('plays an unreachable server', async () => {
    mock.use(...unreachableHandlers(BASE));
    const error = await client(nurse).listPlans('pat-bosman').catch((e) => e);
    assert.equal(error.code, 'unavailable');
    mock.resetHandlers();
    assert.equal((await client(nurse).listPlans('pat-bosman')).length, 1);
  });
});
