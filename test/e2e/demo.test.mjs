// The demo as a vendor first meets it: create a plan, add a goal and an agreement, reload, and find
// them still there (IndexedDB); an axe scan of the page with zero violations.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axe, launch, serve } from './browser.mjs';

describe('the demo host page', () => {
  let browser;
  let server;
  before(async () => {
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('keeps a new plan, goal and agreement across a reload', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/demo/#pat-degroot`);
    await page.getByText('Dhr. J. de Groot heeft nog geen zorgplan.').waitFor();
    await page.getByLabel('Wanneer evalueren we').fill('Elke drie maanden');
    await page.getByRole('button', { name: 'Zorgplan maken' }).click();
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByLabel('Wat wil de patiënt bereiken?').fill('Weer de trap op kunnen zonder te stoppen.');
    await page.locator('#add-goal').getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.locator('izp-goal').getByText('Weer de trap op kunnen zonder te stoppen.').first().waitFor();
    await page.locator('izp-goal').getByRole('button', { name: 'Afspraak toevoegen' }).first().click();
    await page.locator('izp-goal').getByLabel('Wat is er afgesproken?').fill('Elke dag tien minuten traplopen.');
    await page.locator('izp-goal form').getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await page.locator('izp-agreement').getByText('Elke dag tien minuten traplopen.').first().waitFor();

    await page.reload();
    await page.locator('izp-goal').getByText('Weer de trap op kunnen zonder te stoppen.').first().waitFor();
    await page.locator('izp-agreement').getByText('Elke dag tien minuten traplopen.').first().waitFor();
    assert.equal(await page.getByText('Elke drie maanden').count() > 0, true);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('has no accessibility violations, as practice nurse and as patient', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/demo/#pat-yildiz`);
    await page.locator('izp-goal').first().waitFor();
    assert.deepEqual(await axe(page), []);
    await page.selectOption('#role', 'patient');
    await page.locator('izp-overview').first().waitFor();
    assert.deepEqual(await axe(page), []);
    await page.close();
  });

  it('restores the example data', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/demo/#pat-degroot`);
    await page.getByRole('button', { name: 'Voorbeeldgegevens herstellen' }).click();
    await page.getByText('Voorbeeldgegevens hersteld.').waitFor();
    await page.getByText('Dhr. J. de Groot heeft nog geen zorgplan.').waitFor();
    await page.close();
  });
});
