/**
 * A load that runs once: every call while it is under way shares it, and its value is kept once it has
 * arrived. A load that failed (the network) is forgotten, so the next call tries again instead of
 * repeating the old failure. The chunks that load on demand (elements, the printout) use it; the core and
 * the adapters keep their own, as they may not import from the elements.
 */
export class LoadOnce<T> {
  private pending: Promise<T> | undefined;
  private arrived: T | undefined;

  /** `source` is called at each real attempt, so a test that swaps what it calls is seen by the next one. */
  constructor(private readonly source: () => Promise<T>) {}

  /** The value once it has arrived; undefined before (and after a failed load). */
  get value(): T | undefined {
    return this.arrived;
  }

  load(): Promise<T> {
    this.pending ??= new Promise<T>((resolve) => resolve(this.source())).then(
      (value) => (this.arrived = value),
      (error: unknown) => {
        // Forgotten before any caller hears of the failure, so a caller that retries at once loads again.
        this.pending = undefined;
        throw error;
      },
    );
    return this.pending;
  }
}
