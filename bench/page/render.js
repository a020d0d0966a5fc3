// Rendering: <izp-plan>'s professional view on its Plan section (section="plan": the header, the tabs
// and the goals as rows with one line per agreement) from the production bundle against the
// hand-written baseline (vanilla.js), measured in the same page, interleaved run by run. The other
// sections are not rendered by the element while the Plan section is shown, so they are not measured.
//
// A run is one task: it starts in a fresh task, does the work, waits (in microtasks, so still in the
// same task) until every element on the Lit side has finished updating, forces style and layout, and
// stops the clock. Paint comes after, in the next frame: it is not in the times, but it is in the
// long-animation-frame column.
// Data comes from an adapter that serves a prepared snapshot without copying, so storage is not in
// these numbers (it has its own table); both sides call the same core functions to get it.
import { IzpElement, localize, isGoalOpen, isAgreementOpen } from '/dist/izp-sdk.bundle.js';
import { benchCore, scenarioSnapshots, today, staff } from './fixture.js';
import { VanillaPlan } from './vanilla.js';
import { census, compare } from './equal.js';
import { summarize } from './stats.js';

// The Plan section renders no element that loads on demand: a row's <izp-evaluation> appears only when
// "Evalueren" is chosen in its menu, which no scenario does. So no run waits for a chunk, and none is
// loaded up front (assertDefined checks after each scenario that nothing was left undefined).

// Long tasks (script, over 50 ms) and long animation frames (tasks plus the style, layout and paint of
// the frame they end in, over 50 ms): the second also sees rendering work, which no task reports.
const longTasks = [];
const longFrames = [];
const observe = (type, into) => {
  try {
    new PerformanceObserver((list) => into.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))))
      .observe({ type, buffered: true });
  } catch {
    // not supported by this browser: the column stays empty
  }
};
observe('longtask', longTasks);
observe('long-animation-frame', longFrames);

const macrotask = () => new Promise((resolve) => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => resolve();
  ch.port2.postMessage(0);
});
const layout = () => document.body.offsetHeight;
const settle = async () => {
  await macrotask();
  layout();
};
const gc = () => globalThis.gc?.();
/** After the next frame has been rendered: a clean frame boundary before a timed run. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** An adapter that serves one snapshot as stored, without copies, so only rendering is measured. */
class PreparedAdapter {
  constructor(snapshot, patient) {
    this.set(snapshot);
    this.patient = patient;
  }
  set(snapshot) {
    this.snapshot = snapshot;
  }
  async get(kind, id) {
    if (kind === 'patient') return id === this.patient.id ? this.patient : null;
    if (kind === 'plan') return id === this.snapshot.plan.id ? this.snapshot.plan : null;
    return this.snapshot[`${kind}s`].find((r) => r.id === id) ?? null;
  }
  async loadPlan(planId) {
    return planId === this.snapshot.plan.id ? this.snapshot : null;
  }
  async commit() {
    throw new Error('read-only');
  }
  async history() {
    return [];
  }
}

const stage = () => document.getElementById('stage');

/** The two implementations of each subject, behind one interface. */
function implementations(fx, day) {
  const patient = { id: fx.patientId };
  return {
    plan: {
      lit: {
        async mount(snap) {
          const adapter = new PreparedAdapter(snap, { ...patient, version: 1, planIds: [snap.plan.id], openPlanId: snap.plan.id });
          const izp = benchCore(adapter);
          const el = document.createElement('izp-plan');
          el.izp = izp;
          el.setAttribute('patient-id', fx.patientId);
          el.setAttribute('section', 'plan');
          stage().append(el);
          await litSettled(() => el.snapshot !== null && !!el.shadowRoot?.querySelector('[role="tabpanel"]'));
          return { el, adapter, root: () => el.shadowRoot };
        },
        async set(m, snap) {
          // As after a change through the core: storage holds the new snapshot.
          m.adapter.set(snap);
          // The plan's own state, set as its reader sets it after a re-read (`snapshot` is read-only to
          // hosts): the measurement is the render, not a read through the core.
          m.el.shown = snap;
          await litSettled();
        },
        unmount(m) {
          m.el.remove();
        },
      },
      vanilla: {
        async mount(snap) {
          const adapter = new PreparedAdapter(snap, { ...patient, version: 1, planIds: [snap.plan.id], openPlanId: snap.plan.id });
          const izp = benchCore(adapter);
          const el = document.createElement('vanilla-plan');
          stage().append(el);
          const v = new VanillaPlan(el, izp);
          const plan = await izp.getPlanForPatient(fx.patientId);
          const loaded = await izp.getPlan(plan.id);
          await v.render(loaded, localize(document.documentElement.lang || 'nl'), day);
          return { el, v, adapter, root: () => el.shadowRoot };
        },
        set(m, snap) {
          m.adapter.set(snap);
          return m.v.update(snap);
        },
        unmount(m) {
          m.el.remove();
        },
      },
    },
  };
}

/**
 * Starts in a fresh task; `fn` does the work and resolves (in microtasks) when it is done; then style
 * and layout are forced and the clock stops, all in the same task. Yields once more so that whatever
 * comes next (gc, the untimed reset) runs in another task and is never counted as this run's.
 */
async function timed(fn) {
  await macrotask();
  const t0 = performance.now();
  const result = await fn();
  layout();
  const t1 = performance.now();
  await macrotask();
  return { ms: t1 - t0, t0, t1, result };
}

const TAGS = 'izp-plan, izp-goal, izp-agreement, izp-evaluation';

/**
 * The SDK elements with an update pending. Every IZP element passes through `requestUpdate()` when it
 * has something to update (a property, its state, a new context value through its gate), so wrapping it
 * once collects them as they are scheduled: a run waits for these, not for a walk over the whole tree.
 * (A walk over 1,000 shadow roots with querySelectorAll cost about 7 ms per spin at 500 agreements, more
 * than the elements' own work, and was counted against Lit; this costs a Set.add per request.)
 */
const pending = new Set();
const request = IzpElement.prototype.requestUpdate;
IzpElement.prototype.requestUpdate = function (...args) {
  request.apply(this, args);
  if (this.isUpdatePending) pending.add(this);
};

/** Every on-demand tag in the tree is upgraded (checked after a run, untimed: they were loaded up front). */
function assertDefined(el) {
  if (litTree(el).some((e) => e.matches(':not(:defined)'))) throw new Error('an on-demand element was not loaded before the run');
}
/** Every SDK element at or under `el`, through shadow roots. */
function litTree(el, out = []) {
  out.push(el);
  for (const child of el.shadowRoot?.querySelectorAll(TAGS) ?? []) litTree(child, out);
  return out;
}
/**
 * Resolves, in microtasks only, when every SDK element that had an update scheduled has finished
 * updating (those scheduled meanwhile included) and `ready()` holds (the plan has loaded). Lit updates
 * in microtasks and <izp-plan> loads through promises, so this never leaves the task.
 */
async function litSettled(ready = () => true) {
  for (let spins = 0; spins < 100000; spins++) {
    for (const e of pending) if (!e.isUpdatePending || !e.isConnected) pending.delete(e);
    if (!pending.size && ready()) return;
    if (pending.size) await Promise.all([...pending].map((e) => e.updateComplete));
    else await null;
  }
  throw new Error('the elements did not settle');
}

/**
 * Runs every scenario for one plan size. `runs` measured runs after `warmup` runs, Lit and baseline
 * interleaved; returns per scenario the timings of both, their ratio, long tasks and the markup check.
 */
export async function runRendering({ agreements, runs = 15, warmup = 3, subjects = ['plan'], scenarios: only = null }) {
  const fx = await scenarioSnapshots(agreements);
  const day = today();
  const impls = implementations(fx, day);
  const scenarios = [
    { name: 'first render', first: true, to: fx.s0 },
    { name: 'update one agreement', from: fx.s0, to: fx.s1 },
    { name: 'close one goal', from: fx.closeGoalFrom, to: fx.s2 },
    { name: 'close one agreement', from: fx.closeAgreementFrom, to: fx.closeAgreementTo },
  ];
  const results = [];
  for (const subject of subjects) {
    const { lit, vanilla } = impls[subject];
    for (const sc of scenarios.filter((x) => !only || only.includes(x.name))) {
      const times = { lit: [], vanilla: [] };
      const windows = { lit: [], vanilla: [] };
      let check = null;
      // Updates: one mounted instance each, moved from -> to (timed) and back (not timed) every run.
      const mounted = {};
      if (!sc.first) {
        for (const [k, impl] of [['lit', lit], ['vanilla', vanilla]]) {
          mounted[k] = await impl.mount(sc.from);
          await settle();
        }
      }
      for (let i = 0; i < warmup + runs; i++) {
        const order = i % 2 ? [['vanilla', vanilla], ['lit', lit]] : [['lit', lit], ['vanilla', vanilla]];
        // A full collection before each first render (the previous trees are garbage); updates run
        // on live trees, where a forced collection would take longer than the work measured.
        if (sc.first) gc();
        for (const [k, impl] of order) {
          await nextFrame();
          const r = sc.first ? await timed(() => impl.mount(sc.to)) : await timed(() => impl.set(mounted[k], sc.to));
          if (sc.first) mounted[k] = r.result;
          if (i >= warmup) {
            times[k].push(r.ms);
            windows[k].push([r.t0, r.t1]);
          }
        }
        // Both show `to` now: the first time, check that their markup is the same.
        if (i === 0) {
          assertDefined(mounted.lit.el);
          check = { ...compare(mounted.lit.root(), mounted.vanilla.root()), census: census(mounted.lit.root()) };
        }
        for (const [k, impl] of order) {
          if (sc.first) {
            impl.unmount(mounted[k]);
            mounted[k] = null;
          } else {
            impl.set(mounted[k], sc.from);
            await settle();
          }
        }
      }
      if (!sc.first) {
        lit.unmount(mounted.lit);
        vanilla.unmount(mounted.vanilla);
      }
      await macrotask();
      await new Promise((resolve) => setTimeout(resolve, 100)); // let the observers deliver
      // A run's own task starts at t0; the task after it (the untimed reset, gc) starts at t1, so it is
      // left out by starting before t1.
      const within = (list, k) => windows[k].map(([a, b]) => list.filter((t) => t.start >= a - 5 && t.start < b - 1));
      const worst = (list, k) => {
        const per = within(list, k);
        return { runsWith: per.filter((x) => x.length).length, max: Math.max(0, ...per.flat().map((t) => t.duration)) };
      };
      results.push({
        subject, scenario: sc.name, agreements,
        lit: summarize(times.lit), vanilla: summarize(times.vanilla),
        ratio: summarize(times.lit).median / summarize(times.vanilla).median,
        longTasks: { lit: worst(longTasks, 'lit'), vanilla: worst(longTasks, 'vanilla') },
        longFrames: { lit: worst(longFrames, 'lit'), vanilla: worst(longFrames, 'vanilla') },
        markup: check,
      });
    }
  }
  return results;
}

export { isGoalOpen, isAgreementOpen, staff };
// For the tools in render-tools.js (update counts, markup, profiles).
export { implementations, settle, layout, litTree, litSettled, TAGS };
