import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { recordAudit } from '../../audit/audit-log.ts';
import type { Staff } from '../../db/schema.ts';
import { checkSignIn, type SignInResult } from '../../staff/sign-in.ts';
import { createStaffSession, deleteStaffSession, hashSessionToken } from '../../staff/staff-sessions.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { readForm } from '../desk-forms.ts';
import { type DeskLanguage, defineTexts, deskLanguageOf } from '../desk-texts.ts';
import { CsrfField, Flash, Page } from '../layout.tsx';
import { DESK_PATH, LANGUAGE_COOKIE, sessionCookieName } from './require-staff.ts';

/** Texts of the sign-in pages. */
export const signInTexts = defineTexts({
  id: {
    title: 'Masuk',
    email: 'Email',
    password: 'Kata sandi',
    submit: 'Masuk',
    failed:
      'Email atau kata sandi salah. Setelah beberapa kali salah, akun dikunci sebentar: tunggu beberapa menit.',
    signedOut: 'Anda sudah keluar.',
    signOut: 'Keluar',
    expired: 'Silakan masuk dulu.',
  },
  en: {
    title: 'Sign in',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    failed:
      'Wrong email or password. After several wrong tries the account is locked for a while: wait a few minutes.',
    signedOut: 'You are signed out.',
    signOut: 'Sign out',
    expired: 'Please sign in first.',
  },
});

const signInForm = z.object({
  email: z.string().trim().min(3, 'enter your email').max(320, 'too long'),
  password: z.string().min(1, 'enter your password').max(256, 'too long'),
  next: z.string().max(500).optional(),
});

const NOWHERE = 'http://desk.invalid';

/**
 * Where to go after signing in: only a path inside the desk, never another site (an open redirect would lend
 * the desk's name to phishing). Parsed as a browser would (backslashes, dot segments, encoded dots), and
 * given back in its normalised, encoded form.
 */
export function safeNext(next: string | undefined): string {
  if (!next || next.length > 500 || !next.startsWith('/') || /[\\\p{Cc}]/u.test(next)) return DESK_PATH;
  let url: URL;
  try {
    url = new URL(next, NOWHERE);
  } catch {
    return DESK_PATH;
  }
  if (url.origin !== NOWHERE) return DESK_PATH;
  if (url.pathname !== DESK_PATH && !url.pathname.startsWith(`${DESK_PATH}/`)) return DESK_PATH;
  return url.pathname + url.search;
}

function SignInPage(props: {
  lang: DeskLanguage;
  next?: string | undefined;
  message?: 'failed' | 'signedOut' | 'expired' | undefined;
  email?: string | undefined;
}) {
  const t = signInTexts[props.lang];
  return (
    <Page title={t.title} lang={props.lang} path={`${DESK_PATH}/sign-in`}>
      <div class="card narrow">
        {props.message ? (
          <Flash kind={props.message === 'failed' ? 'error' : 'ok'}>{t[props.message]}</Flash>
        ) : null}
        <form method="post" action="/desk/sign-in">
          <input type="hidden" name="next" value={safeNext(props.next)} />
          <label for="email">{t.email}</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            required
            value={props.email ?? ''}
          />
          <label for="password">{t.password}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
          <p>
            <button type="submit">{t.submit}</button>
          </p>
        </form>
      </div>
    </Page>
  );
}

/** The session cookie's attributes: HttpOnly, SameSite=Strict, Secure (and `__Host-`) over https. */
function sessionCookieOptions(ctx: DeskContext) {
  return { path: '/', httpOnly: true, secure: ctx.config.secureCookies, sameSite: 'Strict' as const };
}

/**
 * Starts a session for a staff member (ending `replacing`, the half-signed-in session a code completes: a
 * new token at each step, so a token seen before the code is worth nothing after it), records the audit
 * entry in the same transaction, and sets the cookie.
 */
export async function beginSession(
  c: Context<DeskEnv>,
  ctx: DeskContext,
  staff: Staff,
  options: { secondFactorPending: boolean; action: string; replacing?: string },
): Promise<void> {
  const now = ctx.clock();
  const origin = c.get('origin');
  const { token } = await ctx.db.transaction().execute(async (trx) => {
    if (options.replacing) await deleteStaffSession(trx, options.replacing);
    const session = await createStaffSession(trx, staff.id, {
      now,
      lifetime: ctx.config,
      secondFactorPending: options.secondFactorPending,
      origin,
    });
    await recordAudit(trx, { staffId: staff.id, action: options.action, origin, at: now });
    return session;
  });
  setCookie(c, sessionCookieName(ctx.config.secureCookies), token, {
    ...sessionCookieOptions(ctx),
    maxAge: ctx.config.sessionHours * 3600,
  });
  // The frame shows the staff member's own language from here on.
  deleteCookie(c, LANGUAGE_COOKIE, { path: '/', secure: ctx.config.secureCookies });
}

/** Records a refused sign-in step: one audit entry, and a log line without what was typed. */
export async function recordRefusal(
  c: Context<DeskEnv>,
  ctx: DeskContext,
  action: 'staff.sign_in_failed' | 'staff.second_factor_failed',
  result: Extract<SignInResult, { type: 'refused' }>,
): Promise<void> {
  const staffId = result.staff?.id ?? null;
  await recordAudit(ctx.db, {
    staffId,
    action,
    detail: { reason: result.reason },
    origin: c.get('origin'),
    at: ctx.clock(),
  });
  // Never the email typed: people type their password into the email field.
  ctx.logger.info({ event: 'desk_sign_in_refused', step: action, reason: result.reason, staff_id: staffId });
  if (result.lockedUntil) {
    ctx.logger.warn({
      event: 'desk_account_locked',
      staff_id: staffId,
      until: result.lockedUntil.toISOString(),
    });
  }
}

/**
 * Records a wrong (or locked-out) password typed by a signed-in staff member before a sensitive change: it
 * counts towards the account's lockout, so admins can see why an account locked.
 */
export async function recordPasswordCheckFailure(
  c: Context<DeskEnv>,
  ctx: DeskContext,
  result: 'wrong' | 'locked',
  during: 'password_change' | 'two_factor_off',
): Promise<void> {
  const staffId = c.get('staff').id;
  await recordAudit(ctx.db, {
    staffId,
    action: 'staff.password_check_failed',
    detail: { reason: result === 'locked' ? 'locked' : 'wrong_password', during },
    origin: c.get('origin'),
    at: ctx.clock(),
  });
  ctx.logger.info({ event: 'desk_password_check_refused', during, reason: result, staff_id: staffId });
}

/** A sign-out button for the pages that show no menu (the code page, forced changes). */
export function SignOutButton({ csrfToken, lang }: { csrfToken: string; lang: DeskLanguage }) {
  return (
    <form method="post" action={`${DESK_PATH}/sign-out`}>
      <CsrfField token={csrfToken} />
      <button type="submit" class="link">
        {signInTexts[lang].signOut}
      </button>
    </form>
  );
}

/** Where a completed sign-in leads: the password change a one-time password requires, or where they were going. */
export function afterSignIn(staff: Staff, next: string | undefined): string {
  return staff.must_change_password ? `${DESK_PATH}/account/password` : safeNext(next);
}

/** Sign-in, sign-out and the language switch: the routes reachable without a session. */
export function signInRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();
  const cookieName = sessionCookieName(ctx.config.secureCookies);

  app.get('/sign-in', (c) => {
    const message =
      c.req.query('signed-out') !== undefined ? 'signedOut' : c.req.query('next') ? 'expired' : undefined;
    return c.html(<SignInPage lang={c.get('lang')} next={c.req.query('next')} message={message} />);
  });

  app.post('/sign-in', async (c) => {
    const form = await readForm(c, signInForm);
    const result = await checkSignIn(ctx.db, form.email, form.password, ctx.clock(), c.get('origin').ip);
    if (result.type === 'refused') {
      await recordRefusal(c, ctx, 'staff.sign_in_failed', result);
      return c.html(
        <SignInPage lang={c.get('lang')} next={form.next} message="failed" email={form.email} />,
        401,
      );
    }
    const { staff } = result;
    if (result.type === 'password_accepted') {
      await beginSession(c, ctx, staff, { secondFactorPending: true, action: 'staff.password_accepted' });
      const next = safeNext(form.next);
      return c.redirect(
        `${DESK_PATH}/sign-in/code${next === DESK_PATH ? '' : `?next=${encodeURIComponent(next)}`}`,
        303,
      );
    }
    await beginSession(c, ctx, staff, { secondFactorPending: false, action: 'staff.sign_in' });
    return c.redirect(afterSignIn(staff, form.next), 303);
  });

  app.post('/sign-out', async (c) => {
    const token = getCookie(c, cookieName);
    if (token) {
      const tokenHash = hashSessionToken(token);
      const session = await ctx.db
        .selectFrom('staff_sessions')
        .select('staff_id')
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      await ctx.db.transaction().execute(async (trx) => {
        await deleteStaffSession(trx, tokenHash);
        if (session)
          await recordAudit(trx, {
            staffId: session.staff_id,
            action: 'staff.sign_out',
            origin: c.get('origin'),
            at: ctx.clock(),
          });
      });
    }
    deleteCookie(c, cookieName, { path: '/', secure: ctx.config.secureCookies });
    return c.redirect(`${DESK_PATH}/sign-in?signed-out`, 303);
  });

  return app;
}

const languageForm = z.object({
  lang: z.enum(['id', 'en']),
  back: z.string().max(500).optional(),
});

/** The language switch: remembered on the account when signed in, in a cookie before. */
export function languageRoute(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();
  app.post('/language', async (c) => {
    const form = await readForm(c, languageForm);
    const lang = deskLanguageOf(form.lang);
    const staff = c.get('staff');
    if (staff) {
      await ctx.db
        .updateTable('staff')
        .set({ language: lang, updated_at: ctx.clock() })
        .where('id', '=', staff.id)
        .execute();
    } else {
      setCookie(c, LANGUAGE_COOKIE, lang, {
        path: '/',
        httpOnly: true,
        sameSite: 'Strict',
        secure: ctx.config.secureCookies,
        maxAge: 365 * 86400,
      });
    }
    return c.redirect(safeNext(form.back), 303);
  });
  return app;
}
