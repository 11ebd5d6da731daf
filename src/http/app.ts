import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from 'pino';
import { webchatPage } from '../channels/webchat/webchat-page.ts';
import { webchatRoutes } from '../channels/webchat/webchat-routes.ts';
import type { WebchatEvidence } from '../channels/webchat/webchat-upload.ts';
import type { Host } from '../conversations/host.ts';
import { InvalidInboundError } from '../conversations/validate-inbound.ts';
import { classifyDatabaseFailure } from '../db/database-errors.ts';
import { isMigrated } from '../db/migrate.ts';
import type { DeskEnv } from '../desk/desk-context.ts';
import { RateLimitedError } from '../fairness/rate-limited-error.ts';
import { errorForLog } from '../logging/error-for-log.ts';
import type { ClientIp } from './client-ip.ts';
import { HttpProblem } from './http-problem.ts';

/** How long /readyz waits for the database before it answers "not ready". */
const READY_TIMEOUT_MS = 900;
/** What a 503 asks the client to wait before retrying. */
const RETRY_AFTER_SECONDS = 5;

/** What the HTTP app serves from. */
export interface AppOptions {
  host: Host;
  logger: Logger;
  /** Called after a message was queued, so the outbox worker can send without waiting for its next poll. */
  onQueued?: () => void;
  /** Reads the client's address for per-address limits (default: the socket's peer). */
  clientIp?: ClientIp;
  /** How long a 429 is held before it is sent (default 1 s; at most the Retry-After). */
  rateLimitHoldMs?: number;
  /** Further sub-apps to mount (a channel's webhook), each at its path. */
  mounts?: { path: string; app: Hono }[];
  /** The protection desk, mounted at /desk (it sets its own, stricter security headers). */
  desk?: Hono<DeskEnv>;
  /** Where files uploaded in the web chat go. */
  evidence?: WebchatEvidence;
}

/** The HTTP edge: routes mounted from each feature, and the one place errors become responses. */
export function createApp({
  host,
  logger,
  onQueued,
  clientIp,
  rateLimitHoldMs = 1_000,
  mounts = [],
  desk,
  evidence,
}: AppOptions) {
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
    // Within a second, whatever the database does: a load balancer must not wait on a stalled database.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
    });
    const ready = await Promise.race([isMigrated(host.db).catch(() => false), late]);
    clearTimeout(timer);
    if (!ready) c.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return c.json({ status: ready ? 'ready' : 'not ready' }, ready ? 200 : 503);
  });
  app.get('/', (c) => c.html(webchatPage));
  app.route(
    '/api/webchat',
    webchatRoutes(host, {
      ...(onQueued ? { onQueued } : {}),
      ...(clientIp ? { clientIp } : {}),
      ...(evidence ? { evidence } : {}),
    }),
  );
  for (const mount of mounts) app.route(mount.path, mount.app);
  if (desk) app.route('/desk', desk);

  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) {
      if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
      return c.json({ error: error.message }, error.status);
    }
    if (error instanceof InvalidInboundError) return c.json({ error: error.message }, 400);
    if (error instanceof RateLimitedError) {
      // Only the first refusal of a stretch is logged: a flood must not flood the log.
      if (error.first) logger.info({ event: 'rate_limited', scope: error.scope, path: c.req.path });
      c.header('Retry-After', String(error.retryAfterSeconds));
      // Why wait before refusing: a client that ignores Retry-After and asks again at once would otherwise
      // get thousands of instant refusals a second, and answering them is CPU everyone else needs.
      const hold = Math.min(error.retryAfterMs, rateLimitHoldMs);
      if (hold <= 0) return c.json({ error: error.message }, 429);
      return new Promise<Response>((resolve) =>
        setTimeout(() => resolve(c.json({ error: error.message }, 429)), hold),
      );
    }
    // Never the message itself: only what failed and where.
    const failure = classifyDatabaseFailure(error);
    logger.error({
      event: failure ? 'database_unavailable' : 'request_failed',
      ...(failure ? { cause: failure } : {}),
      path: c.req.path,
      ...errorForLog(error),
    });
    // Why 503 and not 500: the usual cause is the database; the client (or platform) should retry.
    c.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return c.json({ error: 'temporarily unavailable, please retry' }, 503);
  });
  return app;
}
