/**
 * `GET /plans/{planId}/events`: Server-Sent Events, one `change` event per committed change of the plan
 * (from any server process on the database). The events say only that and what kind of change happened;
 * the client reads the plan again through the guarded routes. Access is checked when the stream opens
 * and again before each event: a person whose access the patient revoked stops hearing at once.
 */
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ChangeFeed, PlanChange } from './feed.js';
import type { HandlerContext } from './handle.js';
import { userOf } from './handle.js';
import { httpProblem, languageOf, problemOf, problemResponse } from './problem.js';

export function eventsHandler(ctx: HandlerContext, feed: ChangeFeed, heartbeatMs: number) {
  return async (c: Context): Promise<Response> => {
    const lang = languageOf(c.req.raw);
    const principal = await userOf(ctx, c.req.raw);
    if (principal instanceof Response) return principal;
    const planId = c.req.param('planId') ?? '';
    const izp = ctx.izpFor(principal);
    const readable = async () => {
      const snap = await izp.getPlan(planId);
      if (!snap) throw Object.assign(new Error('gone'), { status: 404 });
      return snap;
    };
    let version: number;
    try {
      version = (await readable()).plan.version;
    } catch (error) {
      if ((error as { status?: number }).status === 404) return problemResponse(httpProblem(404, 'not-found', { nl: 'Niet gevonden', en: 'Not found' }, lang));
      return problemResponse(problemOf(error, lang, false));
    }
    c.header('cache-control', 'no-store');
    c.header('x-accel-buffering', 'no');
    return streamSSE(c, async (stream) => {
      const queue: PlanChange[] = [];
      let wake: (() => void) | undefined;
      let open = true;
      const unsubscribe = feed.subscribe(planId, (change) => {
        queue.push(change);
        wake?.();
      });
      stream.onAbort(() => {
        open = false;
        wake?.();
      });
      let seq = 0;
      try {
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ planId, version }), retry: 2000 });
        while (open) {
          if (queue.length === 0) {
            let timer: ReturnType<typeof setTimeout> | undefined;
            await new Promise<void>((resolve) => {
              wake = resolve;
              timer = setTimeout(resolve, heartbeatMs);
            });
            clearTimeout(timer);
            wake = undefined;
            // A comment line keeps proxies from closing an idle stream.
            if (queue.length === 0 && open) await stream.write(': keep-alive\n\n');
            continue;
          }
          const change = queue.shift()!;
          try {
            version = (await readable()).plan.version;
          } catch (error) {
            const problem = problemOf(error, lang, false);
            await stream.writeSSE({ event: 'error', data: JSON.stringify({ status: problem.status, code: problem.code }) });
            break;
          }
          await stream.writeSSE({ event: 'change', id: String(++seq), data: JSON.stringify({ ...change, version }) });
        }
      } finally {
        unsubscribe();
      }
    });
  };
}
