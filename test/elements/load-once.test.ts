/**
 * The shared "load once" of the chunks that load on demand: calls under way share one load, a value that
 * arrived is kept, and a failure is forgotten so the next call tries again.
 */
import { expect } from '@open-wc/testing';
import { LoadOnce } from '../../src/elements/shared/load-once.js';

/** A load the test settles by hand, counting how often it was started. */
function controlled<T>() {
  const settle: { resolve?: (value: T) => void; reject?: (error: unknown) => void } = {};
  const counter = { started: 0 };
  const source = () => {
    counter.started++;
    return new Promise<T>((resolve, reject) => Object.assign(settle, { resolve, reject }));
  };
  return { source, settle, counter };
}

describe('LoadOnce', () => {
  it('shares one load between calls made while it is under way, and keeps what arrived', async () => {
    const { source, settle, counter } = controlled<string>();
    const once = new LoadOnce(source);
    const first = once.load();
    const second = once.load();
    expect(second).to.equal(first);
    expect(counter.started).to.equal(1);
    expect(once.value, 'nothing before it arrives').to.equal(undefined);
    settle.resolve!('chunk');
    expect(await Promise.all([first, second])).to.deep.equal(['chunk', 'chunk']);
    expect(once.value).to.equal('chunk');
    expect(await once.load()).to.equal('chunk');
    expect(counter.started, 'not loaded again after it arrived').to.equal(1);
  });

  it('forgets a failed load: the next call, even one made as the failure is heard, tries again', async () => {
    const { source, settle, counter } = controlled<string>();
    const once = new LoadOnce(source);
    const first = once.load();
    settle.reject!(new TypeError('Failed to fetch dynamically imported module'));
    let retried: Promise<string> | undefined;
    const error = await first.catch((e: unknown) => {
      retried = once.load();
      return e;
    });
    expect(error).to.be.instanceOf(TypeError);
    expect(once.value).to.equal(undefined);
    expect(counter.started, 'a retry from the failure handler is a new load').to.equal(2);
    settle.resolve!('chunk');
    expect(await retried).to.equal('chunk');
    expect(once.value).to.equal('chunk');
  });

  it('turns a source that throws at once into a failed load, forgotten like any other', async () => {
    let calls = 0;
    const once = new LoadOnce<string>(() => {
      calls++;
      if (calls === 1) throw new Error('no loader');
      return Promise.resolve('chunk');
    });
    const error = await once.load().catch((e: unknown) => e);
    expect((error as Error).message).to.equal('no loader');
    expect(await once.load()).to.equal('chunk');
    expect(calls).to.equal(2);
  });
});
