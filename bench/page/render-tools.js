// The bench's tools on the rendering page, beside the timed runs of render.js: update counts
// (bench/count-updates.mjs), both sides' markup (bench/markup.mjs) and a prepared scenario for CPU
// profiles (bench/profile.mjs).
import { scenarioSnapshots, today } from './fixture.js';
import { serialize } from './equal.js';
import { implementations, settle, layout, litTree, litSettled, TAGS } from './render.js';


/**
 * How many SDK elements update when `<izp-plan>` gets the snapshot after one change: counted, not timed,
 * so the figure does not move with the machine's load. Counts every `update()` of every element class
 * registered for the tags in TAGS, per tag, for one move from -> to of each update scenario.
 */
let counts = {};
let spent = {};
export async function countUpdates({ agreements }) {
  const fx = await scenarioSnapshots(agreements);
  const { lit } = implementations(fx, today()).plan;
  // Patched once per page; every call counts into the module's `counts`.
  for (const tag of TAGS.split(', ')) {
    const C = customElements.get(tag);
    if (!C || C.prototype.__counted) continue;
    const update = C.prototype.update;
    C.prototype.update = function (changed) {
      counts[this.localName] = (counts[this.localName] ?? 0) + 1;
      const t0 = performance.now();
      try {
        return update.call(this, changed);
      } finally {
        spent[this.localName] = (spent[this.localName] ?? 0) + performance.now() - t0;
      }
    };
    C.prototype.__counted = true;
  }
  const out = [];
  for (const [scenario, from, to] of [['update one agreement', fx.s0, fx.s1], ['close one goal', fx.closeGoalFrom, fx.s2], ['close one agreement', fx.closeAgreementFrom, fx.closeAgreementTo]]) {
    const m = await lit.mount(from);
    await settle();
    counts = {};
    spent = {};
    const t0 = performance.now();
    await lit.set(m, to);
    const ms = performance.now() - t0;
    await settle();
    const elements = litTree(m.el).length;
    // `spent`: ms inside each tag's own update() (its render and DOM commit, not its children's), an
    // indication of where one run's time goes; `ms`: the whole run, loads from the core included.
    const own = Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, Number(v.toFixed(2))]));
    out.push({ agreements, scenario, counts: { ...counts }, spent: own, ms: Number(ms.toFixed(2)), total: Object.values(counts).reduce((a, b) => a + b, 0), elements });
    lit.unmount(m);
  }
  return out;
}

/**
 * The serialized markup of both sides (bench/page/equal.js) after mounting `state` (s0, s1, s2, s3), for
 * bench/markup.mjs: what vanilla.js must build, and where it differs.
 */
export async function markup({ agreements, state = 's0' }) {
  const fx = await scenarioSnapshots(agreements);
  const { lit, vanilla } = implementations(fx, today()).plan;
  const out = {};
  for (const [k, impl] of [['lit', lit], ['vanilla', vanilla]]) {
    const m = await impl.mount(fx.s0);
    if (state !== 's0') await impl.set(m, fx[state]);
    await settle();
    out[k] = serialize(m.root());
    impl.unmount(m);
  }
  return out;
}

/**
 * For bench/profile.mjs: mounts the Lit side on the scenario's `from` snapshot and returns a function
 * that moves it to `to` and back (`window.__move(forward)`), so a CPU profile can record only updates;
 * for 'first render', forward mounts the plan and back removes it. `side`: 'lit' or 'vanilla'.
 */
export async function prepareMove({ agreements, scenario, side = 'lit' }) {
  const fx = await scenarioSnapshots(agreements);
  const lit = implementations(fx, today()).plan[side];
  if (scenario === 'first render') {
    let m = null;
    globalThis.__move = async (forward) => {
      if (!forward) {
        lit.unmount(m);
        globalThis.gc?.();
        await settle();
        return 0;
      }
      const t0 = performance.now();
      m = await lit.mount(fx.s0);
      layout();
      const ms = performance.now() - t0;
      await settle();
      return ms;
    };
    globalThis.__settledWalk = async () => 0;
    return;
  }
  const [from, to] = { 'update one agreement': [fx.s0, fx.s1], 'close one goal': [fx.closeGoalFrom, fx.s2], 'close one agreement': [fx.closeAgreementFrom, fx.closeAgreementTo] }[scenario];
  const m = await lit.mount(from);
  await settle();
  globalThis.__move = async (forward) => {
    const t0 = performance.now();
    await lit.set(m, forward ? to : from);
    layout();
    const ms = performance.now() - t0;
    await settle();
    return ms;
  };
  globalThis.__settledWalk = async () => {
    const t0 = performance.now();
    await litSettled();
    return performance.now() - t0;
  };
}
