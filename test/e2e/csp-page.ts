/**
 * A host page under the strictest CSP a hospital would set, Trusted Types included: Mw. F. Yıldız's plan
 * (example 1) in the whole default composition of `<izp-plan>`. The test prints from it and counts every
 * CSP violation the page reports. The browser's print dialog is replaced, so the test gets the exact
 * document the print button produced.
 */
import '../../src/define.js';
import { MemoryAdapter } from '../../src/core/index.js';
import type { IzpOverview } from '../../src/elements/overview/izp-overview.js';
import { patients, seedExamplePlans, staff } from '../../stories/fixtures/example-plans.js';

declare global {
  interface Window {
    izpCsp: {
      ready: Promise<void>;
      violations: string[];
      print(): Promise<{ printed: boolean; heading: string; styled: boolean; fontSize: string; errors: string[] }>;
    };
  }
}

const TODAY = '2026-03-02';
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));

async function until<T>(find: () => T | null | undefined): Promise<T> {
  for (;;) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

async function setup(): Promise<IzpOverview> {
  const adapter = new MemoryAdapter();
  await seedExamplePlans(adapter, TODAY);
  const plan = document.createElement('izp-plan');
  Object.assign(plan, { adapter, user: staff.poh });
  plan.setAttribute('patient-id', patients.yildiz.id);
  plan.setAttribute('patient-name', patients.yildiz.name);
  document.getElementById('app')!.append(plan);
  await until(() => plan.snapshot);
  // The whole plan, section by section: each section's elements load on demand (chunks fetched under the
  // same policy) and render; the overview's section comes last, to print from.
  const sections = { consult: 'izp-consultation', modules: 'izp-modules', team: 'izp-care-team', history: 'izp-history', plan: 'izp-evaluation', overview: 'izp-overview' } as const;
  for (const [section, tag] of Object.entries(sections)) {
    plan.section = section as keyof typeof sections;
    // A goal's row renders its evaluate element (on demand) once "Evalueren" is chosen in its menu.
    if (section === 'plan') (await evaluateItem(plan)).click();
    await until(() => [...plan.shadowRoot!.querySelectorAll(`${tag}, izp-goal`)].some((el) => (el.localName === tag ? el : el.shadowRoot?.querySelector(tag))?.shadowRoot?.firstElementChild));
  }
  return plan.shadowRoot!.querySelector('izp-overview') as IzpOverview;
}

/**
 * The first "Evalueren" in a goal row's menu, the menus opened one by one as a user looks through them
 * (a menu's items exist only while it is open); the menu that offers it stays open.
 */
async function evaluateItem(plan: Element): Promise<HTMLButtonElement> {
  const goals = await until(() => {
    const all = [...plan.shadowRoot!.querySelectorAll('izp-goal')];
    return all.length > 0 && all.every((goal) => goal.shadowRoot?.querySelector('article')) ? all : undefined;
  });
  for (const goal of goals) {
    const trigger = goal.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]');
    if (!trigger) continue;
    trigger.click();
    await (goal as Element & { updateComplete: Promise<unknown> }).updateComplete;
    const item = [...goal.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].find((i) => i.textContent?.trim() === 'Evalueren');
    if (item) return item;
    trigger.click();
  }
  throw new Error('no goal row offers "Evalueren"');
}

const ready = setup();
window.izpCsp = {
  ready: ready.then(() => undefined),
  violations,
  async print() {
    const overview = await ready;
    const errors: string[] = [];
    overview.addEventListener('izp-error', (e) => errors.push(String((e as CustomEvent).detail.error?.message)));
    let result = { heading: '', styled: false, fontSize: '' };
    (overview as unknown as { printDocument(doc: Document): void }).printDocument = (doc) => {
      const h1 = doc.querySelector('h1');
      result = {
        heading: h1?.textContent?.trim() ?? '',
        styled: doc.adoptedStyleSheets.length > 0 || doc.styleSheets.length > 0,
        fontSize: doc.defaultView!.getComputedStyle(doc.documentElement).fontSize,
      };
    };
    const printed = await overview.print();
    return { printed: !!printed, ...result, errors };
  },
};
