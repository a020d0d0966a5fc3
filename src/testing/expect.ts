/**
 * A small `expect` with the chai chains the Izp conformance suite uses (`to.equal`, `to.deep.equal`,
 * `to.deep.include`, `to.be.instanceOf`, `to.have.length`, `to.have.property`, `to.contain`, `to.match`,
 * `to.be.a`, `to.be.greaterThan`, `not`), so the suite runs under any mocha-style runner without an
 * assertion library in the vendor's set-up.
 */
import { AssertionError, canonical } from './assert.js';

interface Chain {
  to: Chain;
  be: Chain;
  and: Chain;
  have: Chain;
  not: Chain;
  deep: Chain;
  equal(expected: unknown, message?: string): Chain;
  include(expected: unknown, message?: string): Chain;
  contain(expected: unknown, message?: string): Chain;
  instanceOf(type: abstract new (...args: never[]) => unknown, message?: string): Chain;
  length(n: number, message?: string): Chain;
  property(name: string, message?: string): Chain;
  match(re: RegExp, message?: string): Chain;
  a(type: string, message?: string): Chain;
  greaterThan(n: number, message?: string): Chain;
}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : canonical(v) ?? String(v));

/** Every key of `part` is in `whole` with a deeply equal value. */
function includes(whole: unknown, part: unknown): boolean {
  if (Array.isArray(whole)) return whole.some((item) => canonical(item) === canonical(part));
  if (typeof whole === 'string') return whole.includes(String(part));
  if (!whole || typeof whole !== 'object' || !part || typeof part !== 'object') return false;
  return Object.entries(part).every(([k, v]) => canonical((whole as Record<string, unknown>)[k]) === canonical(v));
}

export function expect(actual: unknown, label?: string): Chain {
  let negate = false;
  let deep = false;
  const check = (pass: boolean, what: string, message?: string) => {
    if (pass === negate) {
      const prefix = [label, message].filter(Boolean).join(': ');
      throw new AssertionError(`${prefix ? `${prefix}: ` : ''}expected ${show(actual)} ${negate ? 'not ' : ''}${what}`);
    }
    return chain;
  };
  const chain: Chain = {
    get to() { return chain; },
    get be() { return chain; },
    get and() { negate = false; return chain; },
    get have() { return chain; },
    get not() { negate = !negate; return chain; },
    get deep() { deep = true; return chain; },
    equal: (expected, message) => check(deep ? canonical(actual) === canonical(expected) : Object.is(actual, expected), `to ${deep ? 'deeply ' : ''}equal ${show(expected)}`, message),
    include: (expected, message) => check(includes(actual, expected), `to include ${show(expected)}`, message),
    contain: (expected, message) => check(includes(actual, expected), `to contain ${show(expected)}`, message),
    instanceOf: (type, message) => check(actual instanceof type, `to be an instance of ${type.name}`, message),
    length: (n, message) => check((actual as { length?: number } | null)?.length === n, `to have length ${n}`, message),
    property: (name, message) => check(typeof actual === 'object' && actual !== null && name in actual, `to have property ${name}`, message),
    match: (re, message) => check(typeof actual === 'string' && re.test(actual), `to match ${re}`, message),
    a: (type, message) => check(typeof actual === type, `to be a ${type}`, message),
    greaterThan: (n, message) => check(typeof actual === 'number' && actual > n, `to be greater than ${n}`, message),
  };
  return chain;
}

/** Fails the test with a message (chai's `expect.fail`). */
expect.fail = (message: string): never => {
  throw new AssertionError(message);
};
