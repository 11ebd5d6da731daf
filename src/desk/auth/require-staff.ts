import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { requestOrigin } from '../../http/client-ip.ts';
import { HttpProblem } from '../../http/http-problem.ts';
import { findStaffSession, touchStaffSession } from '../../staff/staff-sessions.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { deskLanguageOf } from '../desk-texts.ts';

/** The session cookie's name: `__Host-` binds it to this origin when cookies are Secure. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-suar_desk' : 'suar_desk';
}

/** The cookie that remembers the desk language before anyone signs in. */
export const LANGUAGE_COOKIE = 'suar_desk_lang';

/** Where the desk lives; pages and their API under it. */
export const DESK_PATH = '/desk';

/** True for the desk's machine-facing routes (JSON, fragments, live events): 401 instead of a redirect. */
export function isDeskApi(path: string): boolean {
  return path.startsWith(`${DESK_PATH}/api/`);
}

// Why only once a minute: touching the session on every request would be one more write per page view.
const TOUCH_EVERY_MS = 60_000;

/** Sets the client's address and browser for the audit log, and the page language (before any session). */
export function describeRequest(ctx: DeskContext): MiddlewareHandler<DeskEnv> {
  return async function describeRequest(c, next) {
    c.set('origin', requestOrigin(c, ctx.clientIp));
    c.set('lang', deskLanguageOf(getCookie(c, LANGUAGE_COOKIE) ?? c.req.header('accept-language')));
    await next();
  };
}

/** Where a staff member sets up their second factor. */
export const TWO_FACTOR_PATH = `${DESK_PATH}/account/two-factor`;

// What a half-signed-in session may use: the code page while the second factor is due, the password page
// while a change is due, the set-up pages while a required second factor is missing — and always sign-out and
// the language switch (a person who reads no Indonesian must be able to read the page that stops them).
const ALWAYS_OPEN = [`${DESK_PATH}/sign-out`, `${DESK_PATH}/language`];
const SECOND_FACTOR_PATHS = new Set([`${DESK_PATH}/sign-in/code`, ...ALWAYS_OPEN]);
const PASSWORD_CHANGE_PATHS = new Set([`${DESK_PATH}/account/password`, ...ALWAYS_OPEN]);
const SET_UP_PATHS = new Set([
  TWO_FACTOR_PATH,
  `${TWO_FACTOR_PATH}/setup`,
  `${TWO_FACTOR_PATH}/confirm`,
  `${TWO_FACTOR_PATH}/cancel`,
  ...ALWAYS_OPEN,
]);

function refuse(c: Context, where: string): Response {
  if (isDeskApi(c.req.path)) throw new HttpProblem(401, 'sign in first');
  return c.redirect(where, 303);
}

/**
 * Lets a request through only with a live session: pages without one go to sign-in (303), the API answers
 * 401. A session still owing its second factor, a password change or a required second factor's set-up
 * reaches only the page that settles it.
 * With `optional`, a request without a session goes on as anonymous (the language switch on sign-in pages).
 */
export function requireStaff(
  ctx: DeskContext,
  options: { optional?: boolean } = {},
): MiddlewareHandler<DeskEnv> {
  const cookieName = sessionCookieName(ctx.config.secureCookies);
  return async function requireStaff(c, next) {
    const token = getCookie(c, cookieName);
    const now = ctx.clock();
    const found = token ? await findStaffSession(ctx.db, token, now, ctx.config) : undefined;
    if (!found && options.optional) return next();
    if (!found) {
      const { pathname, search } = new URL(c.req.url);
      const back = c.req.method === 'GET' ? `?next=${encodeURIComponent(pathname + search)}` : '';
      return refuse(c, `${DESK_PATH}/sign-in${back}`);
    }
    if (found.secondFactorPending && !SECOND_FACTOR_PATHS.has(c.req.path)) {
      return refuse(c, `${DESK_PATH}/sign-in/code`);
    }
    if (!found.secondFactorPending && found.mustChangePassword && !PASSWORD_CHANGE_PATHS.has(c.req.path)) {
      return refuse(c, `${DESK_PATH}/account/password`);
    }
    if (
      !found.secondFactorPending &&
      !found.mustChangePassword &&
      found.mustSetUpSecondFactor &&
      !SET_UP_PATHS.has(c.req.path)
    ) {
      return refuse(c, TWO_FACTOR_PATH);
    }
    if (now.getTime() - found.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await touchStaffSession(ctx.db, found.tokenHash, now);
    }
    c.set('staff', found.staff);
    c.set('session', {
      tokenHash: found.tokenHash,
      csrfToken: found.csrfToken,
      secondFactorPending: found.secondFactorPending,
    });
    c.set('lang', found.staff.language);
    await next();
  };
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * CSRF protection for every state change: the browser's Origin (or Sec-Fetch-Site) must be the desk's own,
 * and signed-in requests must carry the session's token (form field `_csrf` or header `x-csrf-token`).
 * A post without either is refused with 403 before anything is read or changed.
 */
export function protectFromForgery(ctx: DeskContext): MiddlewareHandler<DeskEnv> {
  const sameOrigin = csrf(ctx.config.publicUrl ? { origin: [ctx.config.publicUrl] } : {});
  return async function protectFromForgery(c, next) {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    // hono/csrf checks only form-like content types; the token below covers the rest.
    await sameOrigin(c, async () => {});
    const session = c.get('session');
    if (session) {
      const header = c.req.header('x-csrf-token');
      let sent = header;
      if (
        !sent &&
        /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(c.req.header('content-type') ?? '')
      ) {
        let form: Record<string, unknown>;
        try {
          form = await c.req.parseBody();
        } catch {
          // A broken form (a multipart body without its boundary) is the sender's mistake, not ours.
          throw new HttpProblem(400, 'the form could not be read');
        }
        sent = typeof form._csrf === 'string' ? form._csrf : undefined;
      }
      if (!sent || !sameToken(sent, session.csrfToken))
        throw new HttpProblem(403, 'missing or wrong CSRF token');
    }
    await next();
  };
}
