/**
 * <izp-care-team>: the care team and the access the patient chose (issue 5). The patient grants and
 * revokes access through the element; the core, asked as the person concerned, is the judge of whether
 * it took effect. Fictional people: Mw. F. Yıldız and the team of Huisartsenpraktijk De Linde.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type User } from '../../src/core/index.js';
import '../../src/define.js';
import type { IzpEvent, IzpEventName } from '../../src/events/events.js';
import type { IzpCareTeam } from '../../src/elements/care-team/izp-care-team.js';
import type { IzpPlan } from '../../src/elements/plan/izp-plan.js';
import { announcements, fatma, sanne, TestAdapter, until, verhoeven, izpAt } from './helpers.js';

const lotte: User = { id: 'diet-lotte', name: 'Lotte Kramer', role: 'dietitian' };
const ruud: User = { id: 'fysio-ruud', name: 'Ruud Smit', role: 'physiotherapist' };

/**
 * Fatma's plan: Sanne (case manager) and the GP from the start, so both may write; the dietitian and
 * Fatma's husband joined the team later and have no access until Fatma gives it.
 */
async function fatmaPlan(adapter: MemoryAdapter, extra: { name?: string; contact?: string } = {}) {
  const izp = izpAt(adapter, sanne);
  const plan = await izp.createPlan({
    patientId: fatma.id, patientName: 'Mw. F. Yıldız', caseManager: sanne,
    careTeam: [{ ...sanne, contact: 'tel:+31201234567' }, { ...verhoeven }],
  });
  const goal = await izp.addGoal(plan.id, { description: 'In drie maanden vijf kilo afvallen.', domain: 'somatic' });
  const talks = await izp.addAgreement(plan.id, goal.id, { description: 'Twee gesprekken over eten en tussendoortjes.', performer: { kind: 'provider', name: lotte.name, role: 'dietitian' } });
  await izp.updatePlan(plan.id, {
    careTeam: [...plan.careTeam, { ...lotte, name: extra.name ?? lotte.name, contact: extra.contact ?? 'mailto:lotte.kramer@example.org' },
      { id: 'mz-yildiz', name: 'Mehmet Yıldız (man)', role: 'informal-carer' }, { name: 'Buurvrouw Ans', role: 'informal-carer' }],
  });
  return { izp, planId: plan.id, talks };
}

/** The next event of this name, typed by its detail. */
const once = <K extends IzpEventName>(target: EventTarget, name: K) => oneEvent<IzpEvent<K>>(target, name);

const as = (adapter: MemoryAdapter, user: User) => izpAt(adapter, user);
const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code: string }) => e.code);

async function mount(adapter: MemoryAdapter, options: { user?: User; view?: 'patient' | 'professional'; lang?: string } = {}) {
  const { user = fatma, view = user.role === 'patient' ? 'patient' : 'professional', lang = '' } = options;
  const plan = await fixture<IzpPlan>(html`<izp-plan .izp=${izpAt(adapter, user)} patient-id=${fatma.id} view=${view} lang=${lang}>
    <izp-care-team heading-level="3"></izp-care-team></izp-plan>`);
  await until(() => plan.snapshot, 'the plan to load');
  const el = plan.querySelector<IzpCareTeam>('izp-care-team')!;
  await until(() => el.shadowRoot?.querySelector('li'), 'the care team');
  const said = announcements(plan);
  return { plan, el, root: el.shadowRoot!, said };
}

/** One person's card, by the name in its heading. */
function person(root: ShadowRoot, name: string): HTMLLIElement {
  const li = [...root.querySelectorAll('li')].find((l) => l.querySelector('h4')?.textContent === name);
  if (!li) throw new Error(`no person "${name}"`);
  return li;
}

function radio(card: Element, label: string): HTMLInputElement {
  const found = [...card.querySelectorAll('label')].find((l) => l.textContent.trim() === label);
  if (!found) throw new Error(`no choice "${label}"`);
  return found.querySelector('input')!;
}

function save(card: Element): HTMLButtonElement {
  return card.querySelector<HTMLButtonElement>('button[type="submit"]')!;
}

function accessText(card: Element): string {
  return card.querySelector('[part="access"]')!.textContent;
}

async function choose(card: Element, label: string): Promise<void> {
  radio(card, label).click();
}

function dialogButton(root: ShadowRoot, text: string): HTMLButtonElement {
  return [...root.querySelectorAll('dialog button')].find((b) => b.textContent.trim() === text) as HTMLButtonElement;
}

const accessActions = async (adapter: MemoryAdapter, planId: string) =>
  (await as(adapter, fatma).history(planId)).map((r) => r.action).filter((a) => a.startsWith('access.'));

describe('<izp-care-team>', () => {
  it('is accessible in the patient view and the professional view, and with the confirmation open', async () => {
    const adapter = new MemoryAdapter();
    await fatmaPlan(adapter);
    const patient = await mount(adapter);
    await expect(patient.plan).to.be.accessible();
    fixtureCleanup();
    const gp = await mount(adapter, { user: verhoeven });
    await expect(gp.plan).to.be.accessible();
    fixtureCleanup();
    const professional = await mount(adapter, { user: sanne });
    await expect(professional.plan).to.be.accessible();
    const card = person(professional.root, 'dr. P. Verhoeven');
    await choose(card, 'Geen toegang');
    save(card).click();
    await until(() => professional.root.querySelector('dialog')?.open, 'the confirmation');
    await expect(professional.plan).to.be.accessible();
  });

  it('shows each person with role, contact, the fixed contact person and what they may do', async () => {
    const adapter = new MemoryAdapter();
    await fatmaPlan(adapter);
    const { root } = await mount(adapter, { user: verhoeven });
    const names = [...root.querySelectorAll('li h4')].map((h) => h.textContent);
    expect(names).to.deep.equal(['Sanne de Wit', 'dr. P. Verhoeven', 'Lotte Kramer', 'Mehmet Yıldız (man)', 'Buurvrouw Ans']);
    const sanneCard = person(root, 'Sanne de Wit');
    expect(sanneCard.textContent).to.contain('Vaste contactpersoon').and.contain('Praktijkondersteuner (POH)');
    expect(sanneCard.querySelector('a')!.getAttribute('href')).to.equal('tel:+31201234567');
    expect(sanneCard.querySelector('a')!.textContent, 'as people write it').to.equal('020 123 45 67');
    expect(accessText(sanneCard)).to.equal('Mag lezen en wijzigen');
    expect(person(root, 'dr. P. Verhoeven').textContent).to.contain('Huisarts').and.not.contain('Vaste contactpersoon');
    const lotteCard = person(root, 'Lotte Kramer');
    expect(lotteCard.textContent).to.contain('Diëtist');
    expect(lotteCard.querySelector('a')!.getAttribute('href')).to.equal('mailto:lotte.kramer@example.org');
    expect(accessText(lotteCard)).to.equal('Geen toegang');
    expect(person(root, 'Mehmet Yıldız (man)').textContent).to.contain('Mantelzorger');
    expect(accessText(person(root, 'Buurvrouw Ans'))).to.equal('Geen toegang');
    expect(root.textContent).to.contain('De patiënt bepaalt wie dit zorgplan mag zien.');
  });

  it('lets the patient grant the dietitian read, then read and write, then revoke it; the core follows', async () => {
    const adapter = new MemoryAdapter();
    const { planId, talks } = await fatmaPlan(adapter);
    const { plan, root, said } = await mount(adapter);
    expect(root.textContent).to.contain('U bepaalt wie uw zorgplan mag zien.');
    const dietitian = as(adapter, lotte);
    expect(await code(dietitian.getPlan(planId))).to.equal('forbidden');

    let card = person(root, 'Lotte Kramer');
    expect(radio(card, 'Geen toegang').checked).to.equal(true);
    await choose(card, 'Mag lezen');
    let granted = once(plan, 'izp-access-granted');
    save(card).click();
    let { detail } = await granted;
    expect(detail).to.include({ actorId: lotte.id, permission: 'read' });
    expect(detail.plan.access!.find((g) => g.actor.id === lotte.id)).to.deep.include({ actor: { ...lotte }, permission: 'read' });
    await until(() => accessText(person(root, 'Lotte Kramer')) === 'Mag lezen', 'the new access shown');
    expect((await dietitian.getPlan(planId))!.plan.id).to.equal(planId);
    expect(await code(dietitian.updateAgreement(planId, talks.id, { frequency: 'Eén keer per maand' }))).to.equal('forbidden');
    await until(() => said.includes('Lotte Kramer mag het zorgplan nu lezen.'), 'the announcement');

    card = person(root, 'Lotte Kramer');
    await choose(card, 'Mag lezen en wijzigen');
    granted = once(plan, 'izp-access-granted');
    save(card).click();
    ({ detail } = await granted);
    expect(detail.permission).to.equal('write');
    await until(() => accessText(person(root, 'Lotte Kramer')) === 'Mag lezen en wijzigen', 'write access shown');
    expect((await dietitian.updateAgreement(planId, talks.id, { frequency: 'Eén keer per maand' })).version).to.equal(2);

    card = person(root, 'Lotte Kramer');
    await choose(card, 'Geen toegang');
    save(card).click();
    const dialog = await until(() => root.querySelector<HTMLDialogElement>('dialog[open]'), 'the confirmation');
    expect(dialog.textContent).to.contain('Lotte Kramer kan uw zorgplan daarna niet meer zien.');
    expect(root.activeElement).to.equal(dialogButton(root, 'Annuleren'));
    expect(await accessActions(adapter, planId)).to.deep.equal(['access.denied', 'access.grant', 'access.denied', 'access.grant']);
    const revoked = once(plan, 'izp-access-revoked');
    dialogButton(root, 'Toegang intrekken').click();
    const gone = await revoked;
    expect(gone.detail.actorId).to.equal(lotte.id);
    expect(gone.detail.plan.access!.some((g) => g.actor.id === lotte.id)).to.equal(false);
    expect(dialog.open).to.equal(false);
    await until(() => accessText(person(root, 'Lotte Kramer')) === 'Geen toegang', 'no access shown');
    await until(() => root.activeElement === save(person(root, 'Lotte Kramer')), 'focus back on the save button');
    expect(await code(dietitian.getPlan(planId))).to.equal('forbidden');
    await until(() => said.includes('Lotte Kramer heeft geen toegang meer.'), 'the announcement');
    expect(await accessActions(adapter, planId)).to.deep.equal(['access.denied', 'access.grant', 'access.denied', 'access.grant', 'access.revoke', 'access.denied']);
    const denials = (await as(adapter, fatma).history(planId)).filter((r) => r.action === 'access.denied');
    expect(denials.map((r) => r.user.id)).to.deep.equal([lotte.id, lotte.id, lotte.id]);
  });

  it('keeps access when the confirmation is cancelled, and puts focus back', async () => {
    const adapter = new MemoryAdapter();
    const { planId } = await fatmaPlan(adapter);
    const { root } = await mount(adapter);
    const card = person(root, 'dr. P. Verhoeven');
    await choose(card, 'Geen toegang');
    save(card).focus();
    save(card).click();
    const dialog = await until(() => root.querySelector<HTMLDialogElement>('dialog[open]'), 'the confirmation');
    dialogButton(root, 'Annuleren').click();
    expect(dialog.open).to.equal(false);
    await until(() => radio(person(root, 'dr. P. Verhoeven'), 'Mag lezen en wijzigen').checked, 'the stored choice back');
    expect(root.activeElement).to.equal(save(person(root, 'dr. P. Verhoeven')));
    expect((await as(adapter, verhoeven).getPlan(planId))!.plan.id).to.equal(planId);
    expect(await accessActions(adapter, planId)).to.deep.equal([]);
  });

  it('lets the case manager record the patient\'s choice, but not change her own access', async () => {
    const adapter = new MemoryAdapter();
    const { planId } = await fatmaPlan(adapter);
    const { plan, root } = await mount(adapter, { user: sanne });
    expect(root.textContent).to.contain('Als casemanager legt u hier vast wat de patiënt heeft gekozen.');
    const self = person(root, 'Sanne de Wit');
    expect(self.querySelector('form')).to.equal(null);
    expect(self.textContent).to.contain('Dit bent u.');
    expect(person(root, 'Buurvrouw Ans').querySelector('form')).to.equal(null);
    expect(person(root, 'Buurvrouw Ans').textContent).to.contain('Heeft geen eigen account');
    const card = person(root, 'Mehmet Yıldız (man)');
    await choose(card, 'Mag lezen');
    const granted = once(plan, 'izp-access-granted');
    save(card).click();
    expect((await granted).detail).to.include({ actorId: 'mz-yildiz', permission: 'read' });
    const history = await as(adapter, fatma).history(planId);
    expect(history.at(-1)).to.deep.include({ action: 'access.grant' });
    expect(history.at(-1)!.user.id).to.equal(sanne.id);
  });

  it('offers the patient no way to shut out the case manager, whose access the core keeps', async () => {
    const adapter = new MemoryAdapter();
    await fatmaPlan(adapter);
    const { root } = await mount(adapter);
    const sanneCard = person(root, 'Sanne de Wit');
    expect(sanneCard.querySelector('input[type="radio"]')).to.equal(null);
    expect(sanneCard.textContent).to.contain('Dit is uw vaste contactpersoon; die houdt altijd toegang.');
    expect(person(root, 'dr. P. Verhoeven').querySelector('input[type="radio"]'), 'others keep their controls').to.not.equal(null);
  });

  it('offers access controls exactly to whom the core allows it (the patient, the case manager, a manager role), to no one else', async () => {
    const adapter = new MemoryAdapter();
    const { izp, planId } = await fatmaPlan(adapter);
    await izp.grantAccess(planId, { actor: { id: lotte.id, name: lotte.name, role: 'dietitian' }, permission: 'write' });
    const dietitian: User = { id: lotte.id, name: lotte.name, role: 'dietitian' };
    for (const options of [{ user: dietitian }, { user: verhoeven }, { user: sanne }, { user: fatma, view: 'patient' as const }]) {
      const { root } = await mount(adapter, options);
      const plan = (await izp.getPlan(planId))!.plan;
      const allowed = as(adapter, options.user).can('access.manage', plan);
      expect(root.querySelectorAll('form').length > 0, `${options.user.name}: controls iff izp.can('access.manage')`).to.equal(allowed);
      expect(accessText(person(root, 'dr. P. Verhoeven'))).to.equal('Mag lezen en wijzigen');
    }
    expect(as(adapter, dietitian).can('access.manage', (await izp.getPlan(planId))!.plan), 'a dietitian does not manage access').to.equal(false);
  });

  it('keeps the chosen value and shows the error when saving fails', async () => {
    const adapter = new TestAdapter();
    const { planId } = await fatmaPlan(adapter);
    const { plan, root, said } = await mount(adapter);
    adapter.failCommits = true;
    let card = person(root, 'Lotte Kramer');
    await choose(card, 'Mag lezen');
    let failed = once(plan, 'izp-error');
    save(card).click();
    let { detail } = await failed;
    expect(detail.action).to.equal('grantAccess');
    expect(detail.error.code).to.equal('unavailable');
    const alert = await until(() => person(root, 'Lotte Kramer').querySelector('[role="alert"]'), 'the error');
    expect(alert.textContent).to.contain('De opslag is niet bereikbaar');
    expect(radio(person(root, 'Lotte Kramer'), 'Mag lezen').checked).to.equal(true);
    expect(accessText(person(root, 'Lotte Kramer'))).to.equal('Geen toegang');
    await until(() => said.some((m) => m.includes('De opslag is niet bereikbaar')), 'the announcement');
    expect(await code(as(adapter, lotte).getPlan(planId))).to.equal('forbidden');

    card = person(root, 'dr. P. Verhoeven');
    await choose(card, 'Geen toegang');
    save(card).click();
    await until(() => root.querySelector('dialog[open]'), 'the confirmation');
    failed = once(plan, 'izp-error');
    dialogButton(root, 'Toegang intrekken').click();
    ({ detail } = await failed);
    expect(detail.action).to.equal('revokeAccess');
    await until(() => person(root, 'dr. P. Verhoeven').querySelector('[role="alert"]'), 'the error');
    expect(radio(person(root, 'dr. P. Verhoeven'), 'Geen toegang').checked).to.equal(true);
    expect(root.querySelector('dialog')!.open).to.equal(false);
    expect(root.activeElement).to.equal(save(person(root, 'dr. P. Verhoeven')));

    adapter.failCommits = false;
    const granted = once(plan, 'izp-access-granted');
    save(person(root, 'Lotte Kramer')).click();
    expect((await granted).detail.permission).to.equal('read');
  });

  it('on a conflict with another change, keeps the choice and saves it again on request', async () => {
    const adapter = new MemoryAdapter();
    const { planId } = await fatmaPlan(adapter);
    const { plan, root } = await mount(adapter);
    await as(adapter, sanne).grantAccess(planId, { actor: { ...ruud }, permission: 'read' });
    const card = person(root, 'Lotte Kramer');
    await choose(card, 'Mag lezen en wijzigen');
    const failed = once(plan, 'izp-error');
    save(card).click();
    expect((await failed).detail.error.code).to.equal('conflict');
    const reapply = await until(() => [...person(root, 'Lotte Kramer').querySelectorAll('button')].find((b) => b.textContent.trim() === 'Mijn wijziging toch opslaan'), 'the way out');
    expect(radio(person(root, 'Lotte Kramer'), 'Mag lezen en wijzigen').checked).to.equal(true);
    const granted = once(plan, 'izp-access-granted');
    reapply.click();
    expect((await granted).detail.plan.access!.map((g) => g.actor.id)).to.include.members([ruud.id, lotte.id]);
    // Someone the patient granted access outside the care team is listed too, so she sees everyone.
    await until(() => [...root.querySelectorAll('li h4')].some((h) => h.textContent === 'Ruud Smit'), 'Ruud listed');
    expect(person(root, 'Ruud Smit').textContent).to.contain('Staat niet in het zorgteam');
  });

  it('grants and revokes with the keyboard alone', async () => {
    const adapter = new MemoryAdapter();
    const { planId } = await fatmaPlan(adapter);
    const { plan, root } = await mount(adapter);
    radio(person(root, 'Lotte Kramer'), 'Geen toegang').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(radio(person(root, 'Lotte Kramer'), 'Mag lezen').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(save(person(root, 'Lotte Kramer')));
    const granted = once(plan, 'izp-access-granted');
    await sendKeys({ press: 'Enter' });
    expect((await granted).detail.permission).to.equal('read');
    await until(() => accessText(person(root, 'Lotte Kramer')) === 'Mag lezen', 'read access shown');
    expect(root.activeElement).to.equal(save(person(root, 'Lotte Kramer')));

    radio(person(root, 'Lotte Kramer'), 'Mag lezen').focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(radio(person(root, 'Lotte Kramer'), 'Geen toegang').checked).to.equal(true);
    await sendKeys({ press: 'Enter' }); // submits the form from the radio
    const dialog = await until(() => root.querySelector<HTMLDialogElement>('dialog[open]'), 'the confirmation');
    await until(() => root.activeElement === dialogButton(root, 'Annuleren'), 'focus on cancel');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'the confirmation to close');
    expect(root.activeElement).to.equal(save(person(root, 'Lotte Kramer')));
    expect(radio(person(root, 'Lotte Kramer'), 'Mag lezen').checked).to.equal(true);

    radio(person(root, 'Lotte Kramer'), 'Mag lezen').focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => dialog.open && root.activeElement === dialogButton(root, 'Annuleren'), 'the confirmation again');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root.activeElement).to.equal(dialogButton(root, 'Toegang intrekken'));
    const revoked = once(plan, 'izp-access-revoked');
    await sendKeys({ press: ' ' });
    expect((await revoked).detail.actorId).to.equal(lotte.id);
    await until(() => root.activeElement === save(person(root, 'Lotte Kramer')), 'focus back on the save button');
    expect(await code(as(adapter, lotte).getPlan(planId))).to.equal('forbidden');
  });

  it('shows script in a name as text and never links a javascript: contact', async () => {
    const adapter = new MemoryAdapter();
    const evil = '<img src=x onerror="window.__izpPwned=1"><script>window.__izpPwned=2</script>';
    await fatmaPlan(adapter, { name: `Lotte ${evil}`, contact: 'javascript:window.__izpPwned=3' });
    const { plan, root } = await mount(adapter);
    const card = person(root, `Lotte ${evil}`);
    expect(card.querySelector('h4')!.textContent).to.equal(`Lotte ${evil}`);
    expect(card.querySelectorAll('img, script, a')).to.have.length(0);
    expect(card.querySelector('[part="contact"]')!.textContent).to.equal('javascript:window.__izpPwned=3');
    expect(card.querySelector('legend')!.textContent).to.equal(`Wat mag Lotte ${evil}?`);
    await choose(card, 'Mag lezen');
    const granted = once(plan, 'izp-access-granted');
    save(card).click();
    expect((await granted).detail.plan.access!.find((g) => g.actor.id === lotte.id)!.actor.name).to.equal(`Lotte ${evil}`);
    expect((window as { __izpPwned?: number }).__izpPwned).to.equal(undefined);
  });

  it('speaks English', async () => {
    const adapter = new MemoryAdapter();
    await fatmaPlan(adapter);
    const { plan, root } = await mount(adapter, { lang: 'en' });
    expect(root.textContent).to.contain('You decide who may see your care plan.').and.contain('Fixed contact person').and.contain('Dietitian');
    expect(accessText(person(root, 'Lotte Kramer'))).to.equal('No access');
    await choose(person(root, 'Lotte Kramer'), 'May read and change');
    const granted = once(plan, 'izp-access-granted');
    save(person(root, 'Lotte Kramer')).click();
    await granted;
    await until(() => accessText(person(root, 'Lotte Kramer')) === 'May read and change', 'the new access shown');
    await expect(plan).to.be.accessible();
  });
});
