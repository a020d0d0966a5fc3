// The demo as a vendor first meets it: create a plan, add a goal and an agreement, reload, and find
// them still there (IndexedDB); an axe scan of the page with zero violations.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axe, browserPages, pageErrors, serveAndLaunch } from './browser.mjs';

/** A date `days` from today in the browser's terms (the demo's clock is the real one). */
function inDays(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** In the page: whether an `<izp-goal>` anywhere (through shadow roots) shows `text`. */
function goalShown(text) {
  const goals = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'izp-goal') goals.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return goals.some((goal) => goal.shadowRoot?.textContent.includes(text));
}

describe('the demo host page', () => {
  const env = serveAndLaunch();

  it('keeps a new plan, goal and agreement across a reload', async () => {
    const page = await env.browser.newPage();
    const errors = pageErrors(page);
    await page.goto(`${env.server.url}/demo/#pat-degroot`);
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
    const page = await env.browser.newPage();
    await page.goto(`${env.server.url}/demo/#pat-yildiz`);
    // A current plan with something due opens on the consultation; the goals are one tab away.
    await page.locator('izp-consultation [part="due"]').first().waitFor();
    assert.deepEqual(await axe(page), []);
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.locator('izp-goal').first().waitFor();
    assert.deepEqual(await axe(page), []);
    await page.selectOption('#role', 'patient');
    await page.locator('izp-overview').first().waitFor();
    assert.deepEqual(await axe(page), []);
    await page.close();
  });

  it('lets the practice nurse run a full cycle: evaluate, adjust, set the next date, and see what is due', async () => {
    const page = await env.browser.newPage();
    const errors = pageErrors(page);
    await page.goto(`${env.server.url}/demo/#pat-yildiz`);
    const walk = 'Eén keer per week een half uur wandelen met de buurvrouw';
    const due = page.locator('izp-consultation [part="due"]');
    await due.getByText(walk).first().waitFor();
    // Evaluated from the due list, where evaluating is the task.
    const item = due.locator('li', { hasText: walk });
    await item.getByRole('button', { name: 'Evalueren' }).click();
    const dialog = item.locator('dialog[open]');
    await dialog.getByLabel('Aanpassen').check();
    await dialog.getByLabel('De afspraak aanpassen').check();
    await dialog.getByLabel('Hoe vaak').fill('Twee keer per week');
    await dialog.getByLabel('Volgende evaluatie').fill(inDays(42));
    await dialog.getByLabel('Toelichting').fill('Gaat goed; het mag vaker.');
    await dialog.getByRole('button', { name: 'Evaluatie opslaan' }).click();
    await page.waitForFunction((text) => {
      const c = document.querySelector('izp-plan')?.shadowRoot?.querySelector('izp-consultation');
      const list = c?.shadowRoot?.querySelector('[part="due"]');
      return list && !list.textContent.includes(text);
    }, walk);
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.locator('izp-goal izp-agreement', { hasText: walk }).getByText('Twee keer per week').first().waitFor();
    await page.getByRole('tab', { name: 'Geschiedenis' }).click();
    await page.locator('izp-history').getByText('Twee keer per week').first().waitFor({ state: 'attached' });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('lets the patient revoke the GP\'s access, after which the GP is refused', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.url}/demo/#pat-elamrani`);
    await page.locator('izp-plan [role="tabpanel"]').first().waitFor();
    await page.selectOption('#role', 'patient');
    const member = page.locator('izp-care-team li', { hasText: 'dr. P. Verhoeven' });
    await member.getByLabel('Geen toegang').check();
    await member.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('izp-care-team dialog[open]').getByRole('button', { name: 'Toegang intrekken' }).click();
    await member.getByText('Geen toegang').first().waitFor();
    await page.selectOption('#role', 'gp');
    // One refusal, said once: a strict locator fails when two elements raise their own alert.
    await page.locator('izp-plan [role="alert"]', { hasText: 'U mag dit niet doen' }).waitFor();
    assert.equal(await page.locator('izp-plan [role="tabpanel"]').count(), 0, 'nothing of the plan stays on screen');
    assert.equal(await page.locator('izp-plan [role="alert"]').count(), 1, 'one message, not one per element');
    await page.selectOption('#role', 'poh');
    await page.locator('izp-plan [role="tabpanel"]').first().waitFor();
    assert.equal(await page.locator('izp-plan [role="alert"]', { hasText: 'U mag dit niet doen' }).count(), 0, 'the refusal is gone');
    await page.close();
  });

  it('restores the example data, also when asked while the first seeding is still under way', async () => {
    const page = await env.browser.newPage();
    const errors = pageErrors(page);
    await page.goto(`${env.server.url}/demo/#pat-degroot`);
    // At once: the page seeds the example plans on its first load, and a reset waits for that seeding.
    await page.getByRole('button', { name: 'Voorbeeldgegevens herstellen' }).click();
    await page.getByText('Voorbeeldgegevens hersteld.').waitFor();
    await page.getByText('Dhr. J. de Groot heeft nog geen zorgplan.').waitFor();
    // Every example plan whole: nothing of a seeding cut short beside the restored ones.
    await page.goto(`${env.server.url}/demo/#pat-yildiz`);
    await page.reload();
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.locator('izp-goal').getByText('In drie maanden vijf kilo afvallen.').first().waitFor();
    await page.locator('izp-goal').getByText('Stoppen met roken.').first().waitFor();
    assert.equal(await page.locator('izp-goal').count(), 3);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('restores the example data in Firefox too, asked at once', async () => {
    const { page, errors, close } = await browserPages.firefox();
    try {
      await page.goto(`${env.server.url}/demo/#pat-degroot`);
      await page.click('#reset');
      await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Voorbeeldgegevens hersteld.', { timeout: 30000 });
      await page.goto(`${env.server.url}/demo/#pat-yildiz`);
      await page.reload();
      const planTab = await page.waitForSelector('izp-plan >>> [role="tab"]');
      assert.equal(await planTab.evaluate((tab) => tab.textContent.trim()), 'Plan');
      await planTab.click();
      for (const goal of ['In drie maanden vijf kilo afvallen.', 'Stoppen met roken.']) {
        await page.waitForFunction(goalShown, { timeout: 30000 }, goal);
      }
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});
