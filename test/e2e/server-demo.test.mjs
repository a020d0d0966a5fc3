// The demo on the server (`npm run server`): two windows on the practice's server, the practice nurse and
// the patient. A goal the patient proposes appears in the nurse's window without a reload (SSE), within two
// seconds of the patient seeing it saved; and it is still there after a reload (PGlite in a data folder).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { startServerProcess } from '../node/server-process.mjs';

describe('the demo on the practice\'s server, in two windows', () => {
  let dataDir;
  let server;
  let browser;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'izp-demo-'));
    server = startServerProcess({ DATA_DIR: dataDir });
    await server.url;
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('shows the patient\'s new goal in the nurse\'s window without a reload', async () => {
    const url = `${await server.url}/demo/?storage=server`;
    // Two contexts: two people at two machines, nothing shared but the server.
    const nurse = await (await browser.newContext()).newPage();
    const patient = await (await browser.newContext()).newPage();
    const errors = [];
    for (const page of [nurse, patient]) page.on('pageerror', (e) => errors.push(e.message));
    const onServer = (page) => page.waitForFunction(() => document.querySelector('#storage')?.value === 'server');
    await nurse.goto(url);
    await patient.goto(url);
    await Promise.all([onServer(nurse), onServer(patient)]);
    await patient.selectOption('#role', 'patient');
    const plan = (page) => page.locator('izp-plan');
    // Both windows show Mw. Yıldız's plan from the server (seeded at its first start).
    await plan(nurse).getByText('In drie maanden vijf kilo afvallen.').first().waitFor();
    await plan(patient).getByText('Mijn eigen doel toevoegen').first().waitFor();
    // The nurse opens the Plan section (the plan opens on the consultation when something is due).
    await plan(nurse).getByRole('tab', { name: 'Plan' }).click();
    await plan(nurse).locator('izp-goal').first().waitFor();

    const text = 'Weer zelf de boodschappen doen bij de markt.';
    await plan(patient).getByLabel('Wat wilt u bereiken?').fill(text);
    await plan(patient).getByRole('button', { name: 'Mijn eigen doel toevoegen' }).click();
    await plan(patient).getByText(text).filter({ visible: true }).first().waitFor();
    // The nurse's window hears of it through the server's event stream: no reload, within two seconds.
    await plan(nurse).locator('izp-goal').getByText(text).first().waitFor({ timeout: 2000 });

    await nurse.reload();
    await onServer(nurse);
    await plan(nurse).getByRole('tab', { name: 'Plan' }).click();
    await plan(nurse).locator('izp-goal').getByText(text).first().waitFor();
    assert.deepEqual(errors, []);
  });
});
