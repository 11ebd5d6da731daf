import type { Context } from 'hono';
import type { RequestOrigin } from '../audit/audit-log.ts';

/** Reads the address a request came from (for per-address limits). */
export type ClientIp = (c: Context) => string;

/**
 * The client's address: the socket's peer, or, behind `trustedHops` reverse proxies, the address the
 * outermost trusted proxy saw (counted from the right of X-Forwarded-For, since a client can write anything
 * on the left). Requests without a socket (tests through app.request) share the address 'unknown'.
 */
export function clientIpReader(trustedHops = 0): ClientIp {
  return (c) => {
    const peer =
      (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
        ?.remoteAddress ?? 'unknown';
    if (trustedHops <= 0) return peer;
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    return forwarded[forwarded.length - trustedHops] ?? forwarded[0] ?? peer;
  };
}

/**
 * Where a request came from, as the audit log records it: the client's address (none when it is unknown, as
 * through app.request) and its user agent. One reading for the desk and the partner API alike.
 */
export function requestOrigin(c: Context, clientIp: ClientIp): RequestOrigin {
  const ip = clientIp(c);
  return { ip: ip === 'unknown' ? null : ip, userAgent: c.req.header('user-agent') ?? null };
}
