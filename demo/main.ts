// The demo host: a fictional GP system that embeds the IZP module, with IndexedDB as its storage.
import { IndexedDbAdapter } from '../src/adapters/indexeddb/index.js';
import type { User } from '../src/core/index.js';
import '../src/define.js';
import type { IzpPlan } from '../src/elements/plan/izp-plan.js';
import { patients, seedExamplePlans, staff, type ExamplePatient } from '../stories/fixtures/example-plans.js';
import { serverAvailable, serverIzp } from './storage.js';

const adapter = new IndexedDbAdapter({ name: 'izp-demo' });
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const plan = $<IzpPlan>('izp');
const role = $<HTMLSelectElement>('role');
const lang = $<HTMLSelectElement>('lang');
const storage = $<HTMLSelectElement>('storage');
const list = Object.values(patients);
let current: ExamplePatient = list.find((p) => `#${p.id}` === location.hash) ?? patients.yildiz;

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Seeds the example plans once; after that the practice's own work is what IndexedDB holds. */
async function ensureSeeded(): Promise<void> {
  if (await adapter.get('patient', patients.yildiz.id)) return;
  await seedExamplePlans(adapter, today());
}

function renderPatients(): void {
  $('patients').replaceChildren(...list.map((p) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-current', String(p === current));
    const small = document.createElement('small');
    small.textContent = `${p.age} jaar · ${p.conditions.join(', ')}`;
    button.append(p.listName, small);
    button.addEventListener('click', () => select(p));
    const item = document.createElement('li');
    item.append(button);
    return item;
  }));
}

function renderBanner(): void {
  const h1 = document.createElement('h1');
  h1.textContent = current.name;
  const p = document.createElement('p');
  p.textContent = `${current.age} jaar · ${current.conditions.join(' · ')}`;
  $('banner').replaceChildren(h1, p);
}

function userFor(value: string): User {
  if (value === 'gp') return staff.gp;
  if (value === 'patient') return current.user;
  return staff.poh;
}

function apply(): void {
  const user = userFor(role.value);
  plan.user = user;
  plan.view = role.value === 'patient' ? 'patient' : 'professional';
  plan.lang = lang.value;
  plan.patientName = current.name;
  plan.patientId = current.id;
  plan.medication = current.medication;
  plan.diagnoses = current.diagnoses;
  // The server's plans are the practice's, shared by every window; the browser's stay in this browser.
  if (storage.value === 'server') plan.izp = serverIzp(user);
  else {
    plan.izp = undefined;
    // While a reset deletes and seeds, the plan stays without storage; the reset gives it back when done
    // (given back earlier, the plan would read a half-seeded database and not read again after).
    if (!resetRun) plan.adapter = adapter;
  }
  $('reset').hidden = storage.value === 'server';
  document.documentElement.lang = lang.value;
}

function select(p: ExamplePatient): void {
  current = p;
  history.replaceState(null, '', `#${p.id}`);
  renderPatients();
  renderBanner();
  apply();
  $('main').focus();
}

role.addEventListener('change', apply);
storage.addEventListener('change', () => {
  localStorage.setItem('izp-demo-storage', storage.value);
  apply();
});
lang.addEventListener('change', apply);
/**
 * The seeding under way: the first (the page may be clicked before it is done) or a reset's. A reset
 * waits for it: deleting the database under a seeding would let its remaining writes land in the new
 * one, half a plan beside the restored ones, and fail on the records the deletion took.
 */
let seeding: Promise<void> = ensureSeeded();
/** The reset under way, if any: a second click joins it, and the page's start waits for it. */
let resetRun: Promise<void> | null = null;

/** Read through a function: TypeScript would take the module's own `null` for the value at the page's start. */
function pendingReset(): Promise<void> | null {
  return resetRun;
}

function reset(): Promise<void> {
  return (resetRun ??= restore().finally(() => {
    resetRun = null;
    apply();
  }));
}

async function restore(): Promise<void> {
  const button = $('reset');
  button.setAttribute('aria-disabled', 'true');
  $('status').textContent = 'Voorbeeldgegevens herstellen…';
  try {
    plan.adapter = undefined;
    await seeding.catch(() => undefined);
    seeding = adapter.destroy().then(ensureSeeded);
    await seeding;
    $('status').textContent = 'Voorbeeldgegevens hersteld.';
  } catch (error) {
    console.error(error);
    $('status').textContent = 'Herstellen is niet gelukt. Probeer het opnieuw.';
  } finally {
    button.removeAttribute('aria-disabled');
  }
}
$('reset').addEventListener('click', () => void reset());
for (const name of ['izp-plan-created', 'izp-goal-added', 'izp-agreement-added', 'izp-agreement-updated', 'izp-evaluated', 'izp-access-granted', 'izp-access-revoked', 'izp-plan-closed'] as const) {
  plan.addEventListener(name, () => ($('status').textContent = `Gebeurtenis ${name} ontvangen door het HIS.`));
}

await seeding;
// A reset clicked during the first seeding restores the data itself: the page starts on what it restored.
for (let run = pendingReset(); run; run = pendingReset()) await run;
if (await serverAvailable()) {
  storage.querySelector<HTMLOptionElement>('option[value="server"]')!.disabled = false;
  storage.value = new URLSearchParams(location.search).get('storage') ?? localStorage.getItem('izp-demo-storage') ?? 'browser';
}
renderPatients();
renderBanner();
apply();
