// A storage adapter written from docs/storage-adapter.md alone, as a vendor would: records kept as JSON
// text in one key-value map (the shape of localStorage, Redis or a document table), so every read and
// every write is a copy. test/node/docs-adapter.test.mjs runs the conformance suite against it.
import { ConflictError, StorageError } from 'izp-sdk/core';

export class KeyValueAdapter {
  /** `kind:id` -> the record as JSON text. */
  #records = new Map();
  /** planId -> the plan's audit records as JSON text, in commit order. */
  #audit = new Map();
  /** Set to make every call fail, as an unreachable server would. */
  offline = false;

  async get(kind, id, options) {
    this.#start(options);
    const text = this.#records.get(`${kind}:${id}`);
    return text === undefined ? null : JSON.parse(text);
  }

  async loadPlan(planId, options) {
    this.#start(options);
    const plan = await this.get('plan', planId);
    if (!plan) return null;
    const of = (kind) => [...this.#records]
      .filter(([key]) => key.startsWith(`${kind}:`))
      .map(([, text]) => JSON.parse(text))
      .filter((record) => record.planId === planId);
    return {
      plan,
      goals: of('goal'),
      agreements: of('agreement'),
      evaluations: of('evaluation'),
      profile: await this.get('profile', planId),
      measurements: of('measurement'),
      diary: of('diary'),
    };
  }

  async commit(change, options) {
    this.#start(options);
    // Compare every version first, then write: no await in between, so no other commit interleaves and
    // the change set is stored whole or not at all.
    const expected = [
      ...change.checks,
      ...change.writes.map((w) => ({ kind: w.kind, id: w.record.id, version: w.expectedVersion })),
    ];
    for (const { kind, id, version } of expected) {
      const text = this.#records.get(`${kind}:${id}`);
      const current = text === undefined ? null : JSON.parse(text);
      const actual = current ? current.version : 0;
      if (actual !== version) throw new ConflictError(kind, id, version, current ? current.version : null, current);
    }
    for (const w of change.writes) this.#records.set(`${w.kind}:${w.record.id}`, JSON.stringify(w.record));
    for (const record of change.audit) {
      const list = this.#audit.get(record.planId) ?? [];
      list.push(JSON.stringify(record));
      this.#audit.set(record.planId, list);
    }
  }

  async history(planId, options) {
    this.#start(options);
    return (this.#audit.get(planId) ?? []).map((text) => JSON.parse(text));
  }

  close() {
    this.#records.clear();
    this.#audit.clear();
  }

  /** An aborted signal: reject before touching anything. Unreachable storage: a StorageError. */
  #start(options) {
    options?.signal?.throwIfAborted();
    if (this.offline) throw new StorageError(undefined, { cause: new Error('key-value store unreachable') });
  }
}
