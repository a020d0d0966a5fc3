// A minimal host page for the headless core; the elements replace this hand-written rendering later.
import { IndexedDbAdapter } from '../src/adapters/indexeddb/index.js';
import { createIzp, type Overview } from '../src/core/index.js';
import { seedFatma, PATIENT_ID, sanne } from './seed.js';

const adapter = new IndexedDbAdapter({ name: 'izp-demo' });
const izp = createIzp({ adapter, user: sanne });
const $ = (id: string) => document.getElementById(id)!;

function el(tag: string, text: string, children: Node[] = []): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text; // patient-written text is always rendered as text
  node.append(...children);
  return node;
}

async function render(): Promise<void> {
  let plan = await izp.getPlanForPatient(PATIENT_ID);
  if (!plan) plan = await seedFatma(izp);
  const overview: Overview = await izp.getOverview(plan.id);
  const goals = overview.goals.map((g) =>
    el('li', `${g.goal.description} (${g.goal.status})`, [
      el('ul', '', g.agreements.map((a) => el('li', `${a.description} — ${a.performer.name ?? a.performer.kind} (${a.status})`))),
    ]),
  );
  $('plan').replaceChildren(
    el('p', `Status: ${overview.plan.status} · casemanager: ${overview.plan.caseManager.name} · volgende evaluatie: ${overview.plan.nextEvaluationDate ?? '—'}`),
    el('ul', '', goals),
  );
  const history = await izp.history(plan.id);
  $('history').replaceChildren(...history.map((r) => el('li', `${new Date(r.at).toLocaleString('nl-NL')} · ${r.user.name} · ${r.action}`)));
  $('status').textContent = `${overview.counts.openGoals} open doelen, ${overview.counts.openAgreements} open afspraken`;
}

$('reset').addEventListener('click', async () => {
  await adapter.destroy();
  await render();
  $('status').textContent = 'Voorbeeldgegevens hersteld.';
});

render().catch((error: unknown) => {
  $('status').textContent = `Er ging iets mis: ${(error as Error).message}`;
});
