import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { errorForLog } from '../logging/error-for-log.ts';
import type { Metrics } from './metrics.ts';

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * GET / in Prometheus' text format. With a token, only a scraper presenting it (Authorization: Bearer …) is
 * answered; without one, the caller must serve these routes where only the host reaches them (127.0.0.1).
 * Answers its own errors, so it works on a listener of its own as well as mounted in the app.
 */
export function metricsRoutes(metrics: Metrics, logger: Logger, token?: string) {
  const app = new Hono();
  app.get('/', async (c) => {
    if (token) {
      const given = /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1];
      if (!given || !sameText(given, token)) return c.json({ error: 'missing or wrong metrics token' }, 401);
    }
    let body: string;
    try {
      body = await metrics.render();
    } catch (error) {
      logger.warn({ event: 'metrics_failed', ...errorForLog(error) });
      c.header('Retry-After', '5');
      return c.json({ error: 'metrics unavailable: the database did not answer' }, 503);
    }
    c.header('content-type', metrics.registry.contentType);
    c.header('cache-control', 'no-store');
    return c.body(body);
  });
  return app;
}
