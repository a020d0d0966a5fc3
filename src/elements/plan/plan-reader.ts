/**
 * How `<izp-plan>` reads the patient's plan, through `@lit/task`: by itself when the core or the patient
 * changes (`restart()`), by hand to read it from scratch (`load()`) or to read the plan on screen again
 * (`refresh()`), and again whenever it changed elsewhere (`follow()`). A newer read aborts the one in
 * flight (its signal goes to the core's reads) and only the newest one's result or error is handled, so
 * a slow answer for an earlier patient never shows.
 *
 * The reader gets what it needs as values and callbacks (`PlanReaderInputs`), never the element itself.
 */
import { Task, TaskStatus } from '@lit/task';
import type { PropertyDeclaration, ReactiveControllerHost } from 'lit';
import { isIzpError, type Izp, type PlanSnapshot } from '../../core/index.js';

export interface PlanReaderInputs {
  core: () => Izp | null;
  patientId: () => string;
  /** The plan on screen: `refresh()` reads that plan again. */
  shown: () => PlanSnapshot | null;
  /** Puts the plan that was read on screen, or takes it off (null). */
  show: (snapshot: PlanSnapshot | null) => void;
  /** A read from scratch is done: the patient's plan, or null when they have none. */
  loaded: (patientId: string, snapshot: PlanSnapshot | null) => void;
  /** A read failed; `afterSave` when it read the plan again right after a stored change. */
  failed: (error: unknown, afterSave: boolean) => void;
}

/** A read of the plan on screen (by `refresh()`), as opposed to the patient's plan from scratch. */
interface ReadAgain {
  planId: string;
  afterSave: boolean;
}

type ReadResult = { patientId: string; snapshot: PlanSnapshot | null } | null;

export class PlanReader {
  /** Counts the moments the plan must be read from scratch (another patient, user or core). */
  private generation = 0;
  /** Set by `refresh()` for the read it starts. */
  private again: ReadAgain | null = null;
  /** What the newest read was started as (only the newest read's result or error is handled). */
  private current: ReadAgain | null = null;
  private readonly task: Task<readonly [Izp | null, string, number], ReadResult>;

  constructor(host: ReactiveControllerHost & { requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void }, private readonly inputs: PlanReaderInputs) {
    // The task asks for an update at each step of a read. Asked as `reader`, so that the plan can tell a
    // read under way from a change of what its template shows (see IzpPlan.requestUpdate); `hasChanged`,
    // because `reader` is no reactive property whose value Lit could compare.
    const asReader: ReactiveControllerHost = {
      addController: (controller) => host.addController(controller),
      removeController: (controller) => host.removeController(controller),
      requestUpdate: () => host.requestUpdate('reader', undefined, { hasChanged: () => true }),
      get updateComplete() {
        return host.updateComplete;
      },
    };
    this.task = new Task(asReader, {
      args: () => [inputs.core(), inputs.patientId(), this.generation] as const,
      task: ([core, patientId], { signal }) => this.read(core, patientId, signal),
      onComplete: (result) => this.done(result),
      onError: (error) => this.failed(error),
    });
  }

  /** A read of the patient's plan (not a re-read of the one on screen) is under way. */
  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING && !this.current && !!this.inputs.core() && !!this.inputs.patientId();
  }

  /** Another patient, user or core: the plan is read from scratch when the host's controllers run next (this update). */
  restart(): void {
    this.generation++;
  }

  /** Reads the patient's plan from scratch; resolves when the newest read has been handled. */
  load(): Promise<void> {
    this.again = null;
    return this.run();
  }

  /** Reads the plan on screen again (or the patient's plan, when none is on screen). */
  refresh(afterSave: boolean): Promise<void> {
    const shown = this.inputs.shown();
    if (!this.inputs.core() || !shown) return this.load();
    this.again = { planId: shown.plan.id, afterSave };
    return this.run();
  }

  private following: { core: Izp; planId: string; stop: () => void } | null = null;

  /**
   * Shows a change made elsewhere (another tab on the same database, a colleague via the server) at once:
   * follows `planId` through `core`; null for either stops following.
   */
  follow(core: Izp | null, planId: string | null): void {
    if (this.following?.core === core && this.following?.planId === planId) return;
    this.following?.stop();
    this.following = null;
    if (!core?.subscribe || !planId) return;
    const stop = core.subscribe(planId, (change) => {
      if (change.origin === 'remote') void this.refresh(false);
    });
    this.following = { core, planId, stop };
  }

  private async run(): Promise<void> {
    void this.task.run();
    await this.task.taskComplete.catch(() => undefined);
  }

  private async read(core: Izp | null, patientId: string, signal: AbortSignal): Promise<ReadResult> {
    const again = (this.current = this.again);
    this.again = null;
    if (!core || !patientId) return null;
    if (again) return { patientId, snapshot: await core.getPlan(again.planId, { signal }) };
    const plan = await core.getPlanForPatient(patientId, { signal });
    return { patientId, snapshot: plan ? await core.getPlan(plan.id, { signal }) : null };
  }

  private done(result: ReadResult): void {
    this.inputs.show(result?.snapshot ?? null);
    if (!result || this.current) return;
    this.inputs.loaded(result.patientId, result.snapshot);
  }

  private failed(error: unknown): void {
    const again = this.current;
    // Never leave an earlier user's plan on screen for a user who may not see it; a refresh that failed
    // for another reason (storage unavailable) keeps the plan on screen and says so.
    if (!again || (isIzpError(error) && (error.code === 'forbidden' || error.code === 'not-found'))) this.inputs.show(null);
    this.inputs.failed(error, again?.afterSave ?? false);
  }
}
