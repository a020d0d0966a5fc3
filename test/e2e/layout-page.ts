/**
 * The page the layout check and the screenshots measure: Mw. F. Yıldız's plan of three goals (the
 * example plans of De Linde, seeded on a fixed day) in `<izp-plan>`, as the practice nurse sees it.
 * `?section=plan` (or consult, modules, ...) picks the section; `?view=patient` the patient's view.
 * `window.izpLayout.ready` settles once every goal and agreement has rendered.
 */
import { html, render } from 'lit';
import '../../src/define.js';
import { MemoryAdapter, createIzp } from '../../src/core/index.js';
import { patients, seedExamplePlans, staff } from '../../stories/fixtures/example-plans.js';

declare global {
  interface Window {
    izpLayout: { ready: Promise<{ goals: number; agreements: number }> };
  }
}

const TODAY = '2026-11-30';
const params = new URLSearchParams(location.search);

/** Every element below `root`, through shadow roots. */
function deepAll(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.shadowRoot) out.push(...deepAll(root.shadowRoot, selector));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...deepAll(el.shadowRoot, selector));
  return out;
}

async function setup() {
  const adapter = new MemoryAdapter();
  await seedExamplePlans(adapter, TODAY);
  const p = patients.yildiz;
  const view = params.get('view') === 'patient' ? 'patient' : 'professional';
  const user = view === 'patient' ? p.user : staff.poh;
  const izp = createIzp({ adapter, user, now: () => new Date(2026, 10, 30, 12) });
  const snapshot = (await izp.getPlan((await izp.getPlanForPatient(p.id))!.id))!;
  render(html`<izp-plan .izp=${izp} patient-id=${p.id} patient-name=${p.name} view=${view} today=${TODAY} lang="nl"
    section=${params.get('section') ?? 'plan'}></izp-plan>`, document.getElementById('app')!);
  const plan = document.querySelector('izp-plan')!;
  const agreements = snapshot.agreements.length;
  const rendered = () => view === 'patient'
    ? deepAll(plan, 'izp-overview').some((o) => o.shadowRoot?.querySelector('.printout'))
    : params.get('section') && params.get('section') !== 'plan'
      ? !!plan.shadowRoot?.querySelector('[role="tabpanel"]')
      : deepAll(plan, 'izp-agreement').filter((a) => a.shadowRoot?.querySelector('article')).length === agreements;
  for (let i = 0; i < 1200 && !rendered(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!rendered()) throw new Error('the plan did not render');
  // Every element has finished its last update before anything is measured.
  await Promise.all(deepAll(document, '*').flatMap((el) => {
    const done = (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
    return done ? [done] : [];
  }));
  return { goals: snapshot.goals.length, agreements };
}

window.izpLayout = { ready: setup() };
