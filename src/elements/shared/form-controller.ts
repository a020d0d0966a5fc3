/**
 * One form, one core function. Every form of the elements does the same things in the same order: read
 * the form, check it with the core's own input schema (typed from there, so no cast), call the core,
 * show progress and errors (through SaveController: the typed text stays on any failure), announce the
 * outcome, reset the form, then put focus where the user continues. Writing that out per form is how
 * steps got forgotten; here it is written once.
 *
 * The core checks the input again: the schema here only types the values and names a wrong field before
 * anything is sent, with the same problem codes and words as the core.
 */
import { createRef } from 'lit/directives/ref.js';
import type * as z from 'zod/mini';
import { ValidationError, toFieldIssues, type Izp, type Subject } from '../../core/index.js';
import type { Translation } from '../../i18n/localize.js';
import type { PlanContext } from './context.js';
import { readForm } from './fields.js';
import { SaveController } from './save-controller.js';
import { focusFirstInvalid } from './render.js';

type Host = ConstructorParameters<typeof SaveController>[0] & { readonly updateComplete: Promise<boolean> };

/** What the form's submission needs besides the typed values: the plan, the record and its version, … */
export interface Submission<A> {
  args: A;
  /** One key per submission, kept across retries of the same one: an add is never stored twice. */
  idempotencyKey: string;
}

export interface FormSpec<S extends z.ZodMiniType, R, A = void> {
  /** The function's name, as reported in the `izp-error` event (`addGoal`). */
  action: string;
  /** The core's input schema for this function (`AddGoalInput`), or a part of it. */
  schema: S;
  /** What a failed check is about, for the message's wording (`goal`); `input` when left out. */
  subject?: Subject;
  /**
   * Turns the form's values (`readForm`: empty fields left out, `a.0.b` paths nested) into the schema's
   * input, for forms whose fields are not exactly the function's input (a checkbox read as a boolean,
   * the patient's id added).
   */
  read?(values: Record<string, unknown>, args: A): unknown;
  /** Calls the core with the checked values. */
  call(izp: Izp, input: z.output<S>, submission: Submission<A>): Promise<R>;
  /** What the live region says once it is stored. */
  announce?(t: Translation, result: R): string;
  /**
   * Right after the save, before the plan is re-read: close the dialog while it still exists, dispatch
   * the element's event. The form is reset just before (unless `keep`).
   */
  done?(result: R, args: A): void;
  /** Where focus goes once the plan on screen shows the change (the button that opened the form, a heading). */
  focus?(result: R, args: A): HTMLElement | null | undefined;
  /** Keep the form's values after a successful save (a form that edits a record in place). */
  keep?: boolean;
}

export class FormController<S extends z.ZodMiniType, R, A = void> extends SaveController {
  /** Bind with `${ref(controller.form)}` on the `<form>`. */
  readonly form = createRef<HTMLFormElement>();

  constructor(
    private readonly formHost: Host,
    private readonly planContext: () => PlanContext | undefined,
    private readonly spec: FormSpec<S, R, A>,
  ) {
    super(formHost, planContext);
  }

  /**
   * Submits the form bound to `form`. Resolves to the core's result, or undefined when nothing was stored
   * (the error is then on show, focus on the first field the check named, and the typed text kept).
   */
  async submit(...[args]: A extends void ? [args?: A] : [args: A]): Promise<R | undefined> {
    const form = this.form.value;
    const izp = this.planContext()?.izp;
    if (!form || !izp) return undefined;
    const spec = this.spec;
    const values = readForm(form);
    const result = await this.run(spec.action, async (idempotencyKey) => {
      const input = this.check(spec.read ? spec.read(values, args as A) : values);
      return spec.call(izp, input, { args: args as A, idempotencyKey });
    }, spec.announce && ((stored) => spec.announce!(this.planContext()!.l.t, stored)), (stored) => {
      if (!spec.keep) form.reset();
      spec.done?.(stored, args as A);
    });
    if (result === undefined) {
      await focusFirstInvalid(this.formHost, form);
      return undefined;
    }
    if (spec.focus) {
      await this.formHost.updateComplete;
      spec.focus(result, args as A)?.focus();
    }
    return result;
  }

  /** The `@submit` listener for forms that need no arguments. */
  readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    void (this.submit as (args?: A) => Promise<R | undefined>)();
  };

  /** Forgets the typed text and any error (another plan, record or view is on screen now). */
  reset(): void {
    this.form.value?.reset();
    this.clear();
  }

  private check(input: unknown): z.output<S> {
    const result = this.spec.schema.safeParse(input);
    if (!result.success) throw new ValidationError(toFieldIssues(result.error.issues), this.spec.subject);
    return result.data;
  }
}
