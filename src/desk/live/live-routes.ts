import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { HttpProblem } from '../../http/http-problem.ts';
import { findStaffSessionByHash } from '../../staff/staff-sessions.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import type { LiveEvent } from './desk-live.ts';

/** How often an open stream says it is alive (proxies close silent connections) and re-checks the session. */
export const HEARTBEAT_MS = 25_000;

function dataOf(event: LiveEvent): string {
  return JSON.stringify(
    event.type === 'tickets' ? { ids: event.ids } : { id: event.id, ref: event.ref, reason: event.reason },
  );
}

/**
 * Server-sent events for open desks: `tickets` (these changed: refresh what shows them), `p1` (a new
 * emergency) and `signed-out` (the session ended; the stream closes). The stream does not keep a session
 * alive: idle expiry counts what the staff member does, not an open tab.
 */
export function liveRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();
  app.get('/api/events', (c) => {
    const live = ctx.live;
    if (!live) throw new HttpProblem(503, 'live updates are not running');
    const staff = c.get('staff');
    const session = c.get('session');
    return streamSSE(c, async (stream) => {
      let open = true;
      let closed: () => void = () => {};
      const aborted = new Promise<void>((resolve) => {
        closed = resolve;
      });
      stream.onAbort(() => {
        open = false;
        closed();
      });
      // Writes are chained so events never interleave on the wire.
      let writing: Promise<void> = Promise.resolve();
      const disconnect = live.connect({
        staff,
        send: (event) => {
          if (!open) return;
          writing = writing
            .then(() => stream.writeSSE({ event: event.type, data: dataOf(event) }))
            .catch(() => {
              open = false;
            });
        },
      });
      try {
        await stream.writeSSE({ event: 'ready', data: '{}' });
        while (open) {
          // A closed tab leaves at once, not at the next heartbeat.
          await Promise.race([stream.sleep(HEARTBEAT_MS), aborted]);
          if (!open) break;
          const still = await findStaffSessionByHash(ctx.db, session.tokenHash, ctx.clock(), ctx.config);
          if (!still) {
            await stream.writeSSE({ event: 'signed-out', data: '{}' });
            break;
          }
          await writing;
          await stream.write(': alive\n\n');
        }
      } finally {
        disconnect();
      }
    });
  });
  return app;
}
