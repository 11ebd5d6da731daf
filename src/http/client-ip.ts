import type { Context } from 'hono';

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
