/**
 * Change notices for `subscribe`: every core over one adapter object in this page shares a hub, so a
 * change by one is heard by all; and when the store has a name shared between tabs (an IndexedDB
 * database), the hub tells other tabs over a BroadcastChannel, which exists in browsers and Node 18+.
 * Only the plan id travels: a listener reads the plan again through its own core, with its own access.
 */
import type { PlanChange } from './api.js';

type Listener = (change: PlanChange) => void;

/** `source` is the core that made the change or listens: its own changes reach it as `local`. */
export interface ChangeHub {
  notify(planId: string, source: object): void;
  subscribe(planId: string, listener: Listener, source: object): () => void;
}

const hubs = new WeakMap<object, ChangeHub>();

export function hubFor(store: object, channelName: string | undefined): ChangeHub {
  let hub = hubs.get(store);
  if (!hub) hubs.set(store, (hub = createHub(channelName)));
  return hub;
}

function createHub(channelName: string | undefined): ChangeHub {
  const listeners = new Set<{ planId: string; listener: Listener; source: object }>();
  let channel: BroadcastChannel | null = null;
  const dispatch = (planId: string, source: object | null) => {
    for (const l of [...listeners]) {
      if (l.planId !== planId) continue;
      // One listener's failure must not keep the others from hearing of the change.
      try { l.listener({ planId, origin: l.source === source ? 'local' : 'remote' }); } catch (error) { queueMicrotask(() => { throw error; }); }
    }
  };
  const open = (): BroadcastChannel | null => {
    if (channel || !channelName || typeof BroadcastChannel === 'undefined') return channel;
    channel = new BroadcastChannel(`izp-sdk:changes:${channelName}`);
    // In Node an open channel would keep the process alive; a notice is never worth that.
    (channel as BroadcastChannel & { unref?: () => void }).unref?.();
    channel.onmessage = (event: MessageEvent) => {
      const planId = (event.data as { planId?: unknown } | null)?.planId;
      if (typeof planId === 'string') dispatch(planId, null);
    };
    return channel;
  };
  return {
    notify(planId, source) {
      dispatch(planId, source);
      open()?.postMessage({ planId });
    },
    subscribe(planId, listener, source) {
      const entry = { planId, listener, source };
      listeners.add(entry);
      open();
      return () => {
        listeners.delete(entry);
      };
    },
  };
}
