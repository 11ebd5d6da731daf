import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { recordAudit } from '../../audit/audit-log.ts';
import { checkSignIn } from '../../staff/sign-in.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { readForm } from '../desk-forms.ts';
import { type DeskLanguage, defineTexts, deskLanguageOf } from '../desk-texts.ts';
import { Flash, Page } from '../layout.tsx';
import { DESK_PATH, LANGUAGE_COOKIE, sessionCookieName } from './require-staff.ts';
import { createStaffSession, deleteStaffSession, hashSessionToken } from './staff-sessions.ts';

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
    expired: 'Please sign in first.',
  },
});

const signInForm = z.object({
  email: z.string().trim().min(3, 'enter your email').max(320, 'too long'),
  password: z.string().min(1, 'enter your password').max(256, 'too long'),
  next: z.string().max(500).optional(),
});

/** Only a path inside the desk: never an absolute URL (an open redirect would help phishing). */
export function safeNext(next: string | undefined): string {
  return next && /^\/desk(\/[\w\-/.]*)?(\?[\w\-=&%.]*)?$/.test(next) && !next.includes('//')
    ? next
    : DESK_PATH;
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

/** Sign-in, sign-out and the language switch: the routes reachable without a session. */
export function signInRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();
  const cookieName = sessionCookieName(ctx.config.secureCookies);
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    secure: ctx.config.secureCookies,
    sameSite: 'Strict' as const,
  };

  app.get('/sign-in', (c) => {
    const message =
      c.req.query('signed-out') !== undefined ? 'signedOut' : c.req.query('next') ? 'expired' : undefined;
    return c.html(<SignInPage lang={c.get('lang')} next={c.req.query('next')} message={message} />);
  });

  app.post('/sign-in', async (c) => {
    const form = await readForm(c, signInForm);
    const now = ctx.clock();
    const origin = c.get('origin');
    const result = await checkSignIn(ctx.db, form.email, form.password, now);
    if (result.type === 'refused') {
      await recordAudit(ctx.db, {
        staffId: result.staff?.id ?? null,
        action: 'staff.sign_in_failed',
        detail: { reason: result.reason },
        origin,
      });
      return c.html(
        <SignInPage lang={c.get('lang')} next={form.next} message="failed" email={form.email} />,
        401,
      );
    }
    const { staff } = result;
    const secondFactor = staff.totp_secret !== null;
    const { token } = await ctx.db.transaction().execute(async (trx) => {
      const session = await createStaffSession(trx, staff.id, {
        now,
        lifetime: ctx.config,
        secondFactorPending: secondFactor,
        origin,
      });
      await recordAudit(trx, {
        staffId: staff.id,
        action: secondFactor ? 'staff.password_accepted' : 'staff.sign_in',
        origin,
      });
      return session;
    });
    setCookie(c, cookieName, token, { ...cookieOptions, maxAge: ctx.config.sessionHours * 3600 });
    // The frame shows the staff member's own language from here on.
    deleteCookie(c, LANGUAGE_COOKIE, { path: '/' });
    if (secondFactor) return c.redirect(`${DESK_PATH}/sign-in/code`, 303);
    if (staff.must_change_password) return c.redirect(`${DESK_PATH}/account/password`, 303);
    return c.redirect(safeNext(form.next), 303);
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
