/**
 * Minimal assertions, so that the conformance suite runs under any mocha-style runner without pulling
 * an assertion library into a vendor's test set-up.
 */
export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, message: string): void {
  if (!Object.is(actual, expected)) throw new AssertionError(`${message}: expected ${String(expected)}, got ${String(actual)}`);
}

export function deepEqual(actual: unknown, expected: unknown, message: string): void {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a !== e) throw new AssertionError(`${message}:\n  expected ${e}\n  got      ${a}`);
}

/** Resolves to the error the promise rejected with; fails when it resolves. */
export async function rejects(promise: Promise<unknown>, message: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new AssertionError(`${message}: expected a rejection, but it resolved`);
}

/** JSON with sorted keys: storage may reorder keys, which is not a difference. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)))
      : v,
  );
}
