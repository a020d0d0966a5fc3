/**
 * The mocha-style globals of whatever runner the suites run under (@web/test-runner, mocha, node:test
 * with them assigned, vitest with globals), looked up when called so that importing a suite needs none.
 */
type Fn = (this: unknown) => void | Promise<void>;
type Globals = {
  describe(name: string, fn: () => void): void;
  it(name: string, fn: Fn): void;
  before(fn: Fn): void;
  afterEach(fn: Fn): void;
};

const runner = () => globalThis as unknown as Globals;

export const describe = (name: string, fn: () => void): void => runner().describe(name, fn);
export const it = (name: string, fn: Fn): void => runner().it(name, fn);
export const before = (fn: Fn): void => runner().before(fn);
export const afterEach = (fn: Fn): void => runner().afterEach(fn);
