/**
 * 1,000 attach/detach cycles of the whole `<izp-plan>`, most of them cut off mid-load (where leaks hide),
 * every tenth after the plan has loaded. Afterwards nothing may be left behind: no change subscription, no
 * listener on window or document, no interval, no timer that never ends, no extra BroadcastChannel, no
 * node in the document. Counted by wrapping the platform's own functions for the test's duration.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { MemoryAdapter, type Izp } from '../../src/core/index.js';
import { buildPlan, fatma, izpFor, sanne } from './scenarios.js';

const CYCLES = 1000;

/** Counts what is registered on the platform and not yet released. */
function watch() {
  const listeners = new Set<string>();
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const channels = new Set<BroadcastChannel>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (o: object) => ids.get(o) ?? (ids.set(o, ++nextId), nextId);
  const key = (target: EventTarget, type: string, fn: unknown, options?: boolean | EventListenerOptions) =>
    `${target === window ? 'window' : 'document'}:${type}:${idOf(fn as object)}:${typeof options === 'boolean' ? options : !!options?.capture}`;
  const original = {
    add: EventTarget.prototype.addEventListener, remove: EventTarget.prototype.removeEventListener,
    setTimeout: window.setTimeout, clearTimeout: window.clearTimeout, setInterval: window.setInterval, clearInterval: window.clearInterval,
    Channel: window.BroadcastChannel,
  };
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if ((this === window || this === document) && fn && !(typeof options === 'object' && options.once)) listeners.add(key(this, type, fn, options));
    return original.add.call(this, type, fn, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    if ((this === window || this === document) && fn) listeners.delete(key(this, type, fn, options));
    return original.remove.call(this, type, fn, options);
  };
  type Timer = (fn: (...a: unknown[]) => void, ms?: number, ...rest: unknown[]) => number;
  type Clear = (id?: number) => void;
  const later = original.setTimeout as unknown as Timer;
  const every = original.setInterval as unknown as Timer;
  Object.assign(window, {
    setTimeout: ((fn, ms, ...rest) => {
      const id = later.call(window, (...a: unknown[]) => { timeouts.delete(id); fn(...a); }, ms, ...rest);
      timeouts.add(id);
      return id;
    }) satisfies Timer,
    clearTimeout: ((id) => { if (id !== undefined) timeouts.delete(id); (original.clearTimeout as unknown as Clear).call(window, id); }) satisfies Clear,
    setInterval: ((fn, ms, ...rest) => {
      const id = every.call(window, fn, ms, ...rest);
      intervals.add(id);
      return id;
    }) satisfies Timer,
    clearInterval: ((id) => { if (id !== undefined) intervals.delete(id); (original.clearInterval as unknown as Clear).call(window, id); }) satisfies Clear,
  });
  window.BroadcastChannel = class extends original.Channel {
    constructor(name: string) { super(name); channels.add(this); }
    override close() { channels.delete(this); super.close(); }
  };
  return {
    listeners, timeouts, intervals, channels,
    restore() { Object.assign(window, { setTimeout: original.setTimeout, clearTimeout: original.clearTimeout, setInterval: original.setInterval, clearInterval: original.clearInterval, BroadcastChannel: original.Channel }); EventTarget.prototype.addEventListener = original.add; EventTarget.prototype.removeEventListener = original.remove; },
  };
}

/** A core whose change subscriptions are counted. */
function counted(izp: Izp, live: { n: number }): Izp {
  return {
    ...izp,
    subscribe: (planId, listener) => {
      live.n++;
      const stop = izp.subscribe!(planId, listener);
      let stopped = false;
      return () => { if (!stopped) { stopped = true; live.n--; } stop(); };
    },
  };
}

describe('hardening: attach and detach <izp-plan> 1,000 times', () => {
  it('leaves no subscription, listener, interval, timer, channel or node behind', async function () {
    this.timeout(600_000);
    const adapter = new MemoryAdapter();
    await buildPlan(adapter);
    const live = { n: 0 };
    const core = counted(izpFor(adapter, sanne), live);
    const nodesBefore = document.body.querySelectorAll('*').length;
    const w = watch();
    const baseline = { listeners: w.listeners.size, channels: w.channels.size };
    let loaded = 0;
    try {
      for (let i = 0; i < CYCLES; i++) {
        const plan = document.createElement('izp-plan');
        const done = new Promise((resolve) => plan.addEventListener('izp-plan-loaded', resolve, { once: true }));
        Object.assign(plan, { izp: core, user: sanne });
        plan.setAttribute('patient-id', fatma.id);
        document.body.append(plan);
        if (i % 10 === 0) {
          await done;
          await (plan as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          loaded++;
        } else if (i % 2) {
          await Promise.resolve();
        }
        plan.remove();
      }
      // Timers still running end by themselves (an announcement clears after a moment): wait until they have.
      while (w.timeouts.size) await new Promise((resolve) => requestAnimationFrame(resolve));
      console.log(`# attach/detach: ${CYCLES} cycles (${loaded} loaded), ${live.n} subscriptions, ${w.listeners.size - baseline.listeners} listeners, `
        + `${w.intervals.size} intervals, ${w.timeouts.size} timers, ${w.channels.size - baseline.channels} channels left`);
      expect(live.n, 'change subscriptions').to.equal(0);
      expect([...w.listeners].length - baseline.listeners, `listeners on window or document: ${[...w.listeners].join(', ')}`).to.equal(0);
      expect(w.intervals.size, 'intervals').to.equal(0);
      expect(w.channels.size, 'BroadcastChannels open beyond the one per database').to.be.at.most(baseline.channels + 1);
      expect(document.body.querySelectorAll('*').length, 'nodes in the document').to.equal(nodesBefore);
    } finally {
      w.restore();
    }
  });
});
