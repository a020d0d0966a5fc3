/**
 * Script injection, as an attacker with write access would try it: for each known payload, one plan whose
 * every free-text field (names, goals, targets, agreements, notes, reasons, evaluations, modules, decisions,
 * links, diary, access) holds that payload, written through the core. `run(i, view)` shows it in the whole
 * `<izp-plan>` (every element the composition holds) and prints it, then reports what the DOM holds:
 * elements or attributes that only a parsed payload could have made, payload calls that ran, and how often
 * the payload appears as plain text. The test serves this page with and without a strict CSP.
 */
import '../../src/define.js';
import { createIzp, MemoryAdapter } from '../../src/core/index.js';
import type { IzpOverview } from '../../src/elements/overview/izp-overview.js';
import { staff } from '../../stories/fixtures/example-plans.js';

interface RunResult { loaded: boolean; hits: string[]; asText: number; executed: number; printed: boolean }
declare global {
  interface Window {
    izpXss: {
      ready: Promise<number>; stored: number; refused: string[]; violations: string[]; executed: number;
      run(i: number, view: 'professional' | 'patient'): Promise<RunResult>;
    };
  }
}

const TODAY = '2026-03-02';
let executed = 0;
// Every payload calls alert(); a call that ever runs is counted, in the page and in the print frame.
const trap = () => { executed++; };
Object.assign(window, { alert: trap, prompt: trap, confirm: trap });

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample}`));

const adapter = new MemoryAdapter();
const clock = { now: new Date(`${TODAY}T09:00:00`) };
const sanne = createIzp({ adapter, user: staff.poh, now: () => clock.now });
const patientId = (i: number) => `pat-xss-${i}`;
const refused: string[] = [];
let payloads: string[] = [];

/** Writes one plan with payload `p` in every text field the model has. */
async function seed(i: number, p: string): Promise<void> {
  const short = p.slice(0, 200);
  const person = { id: `usr-xss-${i}`, name: short, role: 'dietitian' as const };
  const plan = await sanne.createPlan({
    patientId: patientId(i), patientName: short, title: short, conditions: [short],
    careTeam: [{ id: staff.poh.id, name: staff.poh.name, role: 'practice-nurse', contact: short }, { ...person, contact: short }],
    nextEvaluationDate: '2026-03-16', evaluationSchedule: short,
  });
  const goal = await sanne.addGoal(plan.id, {
    description: p, domain: 'somatic', note: p, priority: 'high',
    targets: [{ measure: short, comparator: '<=', value: 1, unit: p.slice(0, 40), due: '2026-06-01' }, { measure: short, description: short }],
  });
  const other = await sanne.addGoal(plan.id, { description: p, domain: 'social' });
  const self = await sanne.addAgreement(plan.id, goal.id, { description: p, performer: { kind: 'patient' }, support: p, frequency: short, evaluationDate: '2026-03-09' });
  await sanne.addAgreement(plan.id, goal.id, { description: p, performer: { kind: 'provider', name: short, role: 'dietitian' }, support: p });
  await sanne.addAgreement(plan.id, goal.id, { description: p, performer: { kind: 'informal-carer', name: short } });
  const closing = await sanne.addAgreement(plan.id, other.id, { description: p, performer: { kind: 'patient' } });
  await sanne.accordPlan(plan.id);
  await sanne.updateAgreement(plan.id, self.id, { description: `${p} `.trim(), frequency: short, support: p }, { reason: p });
  await sanne.closeAgreement(plan.id, closing.id, { outcome: 'stopped', note: p });
  await sanne.evaluate(plan.id, {
    target: { kind: 'goal', id: goal.id }, withPatient: true, outcome: 'on-track', note: p,
    measurements: [{ measure: short, value: 2, unit: p.slice(0, 40) }],
  });
  await sanne.closeGoal(plan.id, other.id, { outcome: 'not-relevant', note: p });
  await sanne.updateProfile(plan.id, {
    complaints: p, motivation: p, selfManagement: p, functioning: p, riskProfile: p, professionalNote: p,
    inventory: { somatic: p, functional: p, social: p, psychological: p, communicative: p },
    decisions: [{ question: short, options: [short, 'Niets doen'], chosen: short, why: p, priority: short }],
    links: [{ title: short, url: `https://sociale-kaart.example/zoek?q=${encodeURIComponent(short)}` }],
  });
  await sanne.addMeasurement(plan.id, { measure: short, value: 3, unit: p.slice(0, 40), date: '2026-03-01' });
  await sanne.grantAccess(plan.id, { actor: { id: `usr-xss-carer-${i}`, name: short, role: 'informal-carer' }, permission: 'read' });
  const patient = createIzp({ adapter, user: { id: patientId(i), name: short, role: 'patient' }, now: () => clock.now });
  await patient.addDiaryEntry(plan.id, { text: p });
}

async function setup(): Promise<number> {
  payloads = (await (await fetch(new URL('./xss-payloads.txt', import.meta.url))).text()).split('\n').filter((l) => l.trim());
  for (const [i, p] of payloads.entries()) {
    try {
      await seed(i, p);
    } catch (error) {
      // Refused at input is a safe outcome too (nothing stored); the test counts what was stored and shown.
      if ((error as { code?: string }).code !== 'validation') throw error;
      refused.push(p);
    }
  }
  return payloads.length;
}

/** Every node of the composed tree: light DOM, open shadow roots, and same-origin frames. */
function* walk(root: Node): Generator<Node> {
  yield root;
  if (root instanceof Element && root.shadowRoot) yield* walk(root.shadowRoot);
  if (root instanceof HTMLIFrameElement && root.contentDocument) yield* walk(root.contentDocument);
  for (const child of Array.from(root.childNodes)) yield* walk(child);
}

/** Tags and URLs only a parsed payload could have put here; the SDK itself renders none of them. */
const FOREIGN = new Set(['SCRIPT', 'IMG', 'IMAGE', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'SOURCE', 'XSS', 'X', 'MARQUEE', 'BGSOUND',
  'ISINDEX', 'KEYGEN', 'FRAMESET', 'BASE', 'META', 'LINK', 'MATH', 'NOSCRIPT', 'DETAILS-X']);
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background', 'dynsrc', 'lowsrc', 'srcdoc'];

function inspect(root: Node, payload: string): { hits: string[]; asText: number } {
  const hits: string[] = [];
  let asText = 0;
  for (const node of walk(root)) {
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.includes(payload.trim())) asText++;
    if (!(node instanceof Element)) continue;
    const tag = node.tagName.toUpperCase();
    const printFrame = tag === 'IFRAME' && node.classList.contains('print-frame');
    if (FOREIGN.has(tag) || (tag === 'IFRAME' && !printFrame)) hits.push(`<${tag.toLowerCase()}>`);
    for (const attr of Array.from(node.attributes)) {
      if (/^on/i.test(attr.name)) hits.push(`${tag.toLowerCase()}[${attr.name}]`);
      if (URL_ATTRS.includes(attr.name.toLowerCase()) && !/^(https:|mailto:|tel:|#|$)/i.test(attr.value.trim())) {
        hits.push(`${tag.toLowerCase()}[${attr.name}=${attr.value.slice(0, 40)}]`);
      }
    }
  }
  return { hits, asText };
}

async function until(ok: () => boolean): Promise<void> {
  while (!ok()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Every element in `node`, through every shadow root. */
function everyElement(node: ParentNode): Element[] {
  return [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? everyElement(el.shadowRoot) : [])]);
}

/** The plan's section has rendered: no element left to load on demand, and no update pending. */
async function settled(plan: HTMLElement): Promise<void> {
  for (;;) {
    await until(() => !everyElement(plan.shadowRoot!).some((el) => el.localName.startsWith('izp-') && !el.matches(':defined')));
    const pending = [plan, ...everyElement(plan.shadowRoot!)].filter((el) => (el as Partial<{ isUpdatePending: boolean }>).isUpdatePending);
    if (!pending.length) return;
    await Promise.all(pending.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  }
}

const ready = setup();
let host: HTMLElement | null = null;

window.izpXss = {
  ready,
  get stored() { return payloads.length - refused.length; },
  get executed() { return executed; },
  refused,
  violations,
  async run(i, view) {
    await ready;
    const payload = payloads[i]!;
    if (refused.includes(payload)) return { loaded: false, hits: [], asText: 0, executed: 0, printed: false };
    host?.remove();
    const plan = document.createElement('izp-plan');
    const loaded = new Promise((resolve) => plan.addEventListener('izp-plan-loaded', resolve, { once: true }));
    const user = view === 'patient' ? { id: patientId(i), name: payload.slice(0, 200), role: 'patient' as const } : staff.poh;
    Object.assign(plan, { izp: createIzp({ adapter, user, now: () => clock.now }), user, view });
    plan.setAttribute('patient-id', patientId(i));
    document.getElementById('app')!.append(plan);
    host = plan;
    await loaded;
    const root = plan.shadowRoot!;
    // The professional view shows one section at a time: every section is shown and inspected in turn,
    // the overview's last (to print from). The patient's view is one page.
    const sections: (string | null)[] = view === 'patient' ? [null] : [...root.querySelectorAll('[role="tab"]')].map((tab) => tab.id.replace('tab-', ''));
    sections.push(...(view === 'patient' ? [] : ['overview']));
    const seenHits: string[] = [];
    let seenAsText = 0;
    for (const section of sections) {
      if (section) plan.setAttribute('section', section);
      await settled(plan);
      // The history fetches its own data: loaded when it shows the records.
      if (section === 'history') await until(() => !!root.querySelector('izp-history')?.shadowRoot?.querySelector('li'));
      const seen = inspect(plan, payload);
      seenHits.push(...seen.hits.map((h) => (section ? `${section}: ${h}` : h)));
      seenAsText += seen.asText;
    }
    await until(() => !!root.querySelector('izp-overview')?.shadowRoot?.childElementCount);
    const overview = root.querySelector<IzpOverview>('izp-overview')!;
    let printedDoc: Document | null = null;
    (overview as unknown as { printDocument(doc: Document): void }).printDocument = (doc) => {
      Object.assign(doc.defaultView!, { alert: trap, prompt: trap, confirm: trap });
      printedDoc = doc;
    };
    const printed = !!(await overview.print());
    const frame = printedDoc ? inspect(printedDoc, payload) : { hits: ['no printout'], asText: 0 };
    return { loaded: true, hits: [...seenHits, ...frame.hits.map((h) => `print: ${h}`)], asText: seenAsText + frame.asText, executed, printed };
  },
};
