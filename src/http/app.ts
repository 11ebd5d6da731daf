import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import { webchatPage } from '../channels/webchat/webchat-page.ts';
import { webchatRoutes } from '../channels/webchat/webchat-routes.ts';
import type { Host } from '../conversations/host.ts';
import { InvalidInboundError } from '../conversations/validate-inbound.ts';
import { isMigrated } from '../db/migrate.ts';
import type { DeskEnv } from '../desk/desk-context.ts';
import { HttpProblem } from './http-problem.ts';

/** What the HTTP app serves from. */
export interface AppOptions {
  host: Host;
  logger: Logger;
  /** Called after a message was queued, so the outbox worker can send without waiting for its next poll. */
  onQueued?: () => void;
  /** Further sub-apps to mount (a channel's webhook), each at its path. */
  mounts?: { path: string; app: Hono }[];
  /** The protection desk, mounted at /desk (it sets its own, stricter security headers). */
  desk?: Hono<DeskEnv>;
}

/** The HTTP edge: routes mounted from each feature, and the one place errors become responses. */
export function createApp({ host, logger, onQueued, mounts = [], desk }: AppOptions) {
  const app = new Hono();
  const publicHeaders = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'unsafe-inline'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      connectSrc: ["'self'"],
    },
    referrerPolicy: 'no-referrer',
  });
  app.use((c, next) =>
    c.req.path === '/desk' || c.req.path.startsWith('/desk/') ? next() : publicHeaders(c, next),
  );

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const ready = await isMigrated(host.db).catch(() => false);
    return c.json({ status: ready ? 'ready' : 'not ready' }, ready ? 200 : 503);
  });
  app.get('/', (c) => c.html(webchatPage));
  app.route('/api/webchat', webchatRoutes(host, onQueued));
  for (const mount of mounts) app.route(mount.path, mount.app);
  if (desk) app.route('/desk', desk);

  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return c.json({ error: error.message }, error.status);
    if (error instanceof InvalidInboundError) return c.json({ error: error.message }, 400);
    // Never the message itself: only what failed and where.
    logger.error({
      event: 'request_failed',
      path: c.req.path,
      err: error.message,
      code: (error as { code?: string }).code,
    });
    // Why 503 and not 500: the usual cause is the database; the client (or platform) should retry.
    return c.json({ error: 'temporarily unavailable, please retry' }, 503);
  });
  return app;
}
