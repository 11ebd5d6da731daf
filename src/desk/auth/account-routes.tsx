import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { changeOwnPassword } from '../../staff/manage-staff.ts';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../staff/passwords.ts';
import { checkOwnPassword } from '../../staff/sign-in.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { readForm } from '../desk-forms.ts';
import { type DeskLanguage, defineTexts } from '../desk-texts.ts';
import { CsrfField, Flash, Page } from '../layout.tsx';
import { TWO_FACTOR_PATH } from './require-staff.ts';
import { recordPasswordCheckFailure, SignOutButton } from './sign-in-routes.tsx';
import { twoFactorRoutes } from './two-factor-routes.tsx';

/** Texts of the account pages. */
export const accountTexts = defineTexts({
  id: {
    title: 'Akun saya',
    passwordTitle: 'Ganti kata sandi',
    mustChange: 'Ini kata sandi sekali pakai. Buat kata sandi baru Anda sendiri dulu.',
    current: 'Kata sandi sekarang',
    fresh: 'Kata sandi baru',
    freshHint: `Minimal ${MIN_PASSWORD_LENGTH} huruf. Kalimat pendek mudah diingat dan sulit ditebak.`,
    repeat: 'Ulangi kata sandi baru',
    save: 'Simpan',
    changed: 'Kata sandi sudah diganti. Sesi lain dari akun ini sudah dikeluarkan.',
    wrongCurrent: 'Kata sandi sekarang salah.',
    mismatch: 'Dua kata sandi baru tidak sama.',
    too_short: `Kata sandi baru terlalu pendek (minimal ${MIN_PASSWORD_LENGTH} huruf).`,
    too_long: 'Kata sandi baru terlalu panjang.',
    like_email: 'Kata sandi baru jangan memakai nama email Anda.',
    same: 'Kata sandi baru harus berbeda dari yang lama.',
    changePassword: 'Ganti kata sandi',
    locked: 'Terlalu banyak percobaan yang salah. Akun dikunci sebentar: coba lagi beberapa menit lagi.',
    twoFactor: 'Verifikasi dua langkah',
    twoFactorOn: 'aktif',
    twoFactorOff: 'belum aktif',
  },
  en: {
    title: 'My account',
    passwordTitle: 'Change password',
    mustChange: 'This is a one-time password. First choose a new password of your own.',
    current: 'Current password',
    fresh: 'New password',
    freshHint: `At least ${MIN_PASSWORD_LENGTH} characters. A short sentence is easy to remember and hard to guess.`,
    repeat: 'Repeat the new password',
    save: 'Save',
    changed: 'Password changed. Other sessions of this account were signed out.',
    wrongCurrent: 'The current password is wrong.',
    mismatch: 'The two new passwords differ.',
    too_short: `The new password is too short (at least ${MIN_PASSWORD_LENGTH} characters).`,
    too_long: 'The new password is too long.',
    like_email: 'The new password must not contain your email name.',
    same: 'The new password must differ from the old one.',
    changePassword: 'Change password',
    locked: 'Too many wrong tries. The account is locked for a while: try again in a few minutes.',
    twoFactor: 'Two-step sign-in',
    twoFactorOn: 'on',
    twoFactorOff: 'off',
  },
});

type PasswordMessage =
  | 'changed'
  | 'wrongCurrent'
  | 'mismatch'
  | 'too_short'
  | 'too_long'
  | 'like_email'
  | 'same'
  | 'locked';

function PasswordPage(props: {
  lang: DeskLanguage;
  csrfToken: string;
  mustChange: boolean;
  message?: PasswordMessage;
}) {
  const t = accountTexts[props.lang];
  return (
    <Page
      title={t.passwordTitle}
      lang={props.lang}
      csrfToken={props.csrfToken}
      section="account"
      path="/desk/account/password"
    >
      <div class="card narrow">
        {props.mustChange ? <Flash kind="warn">{t.mustChange}</Flash> : null}
        {props.message ? (
          <Flash kind={props.message === 'changed' ? 'ok' : 'error'}>{t[props.message]}</Flash>
        ) : null}
        <form method="post" action="/desk/account/password">
          <CsrfField token={props.csrfToken} />
          <label for="current">{t.current}</label>
          <input id="current" name="current" type="password" autocomplete="current-password" required />
          <label for="fresh">{t.fresh}</label>
          <input
            id="fresh"
            name="fresh"
            type="password"
            autocomplete="new-password"
            minlength={MIN_PASSWORD_LENGTH}
            required
            aria-describedby="fresh-hint"
          />
          <p class="hint" id="fresh-hint">
            {t.freshHint}
          </p>
          <label for="repeat">{t.repeat}</label>
          <input id="repeat" name="repeat" type="password" autocomplete="new-password" required />
          <p>
            <button type="submit">{t.save}</button>
          </p>
        </form>
        {props.mustChange ? <SignOutButton csrfToken={props.csrfToken} lang={props.lang} /> : null}
      </div>
    </Page>
  );
}

const passwordForm = z.object({
  current: z.string().min(1, 'enter your current password').max(256, 'too long'),
  fresh: z.string().max(256, 'too long'),
  repeat: z.string().max(256, 'too long'),
});

/** The signed-in staff member's own account: change password (required after a one-time password). */
export function accountRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();

  const mustChange = async (staffId: string) =>
    (
      await ctx.db
        .selectFrom('staff')
        .select('must_change_password')
        .where('id', '=', staffId)
        .executeTakeFirstOrThrow()
    ).must_change_password;

  app.get('/account/password', async (c) => {
    const staff = c.get('staff');
    return c.html(
      <PasswordPage
        lang={c.get('lang')}
        csrfToken={c.get('session').csrfToken}
        mustChange={await mustChange(staff.id)}
      />,
    );
  });

  app.post('/account/password', async (c) => {
    const staff = c.get('staff');
    const session = c.get('session');
    const form = await readForm(c, passwordForm);
    const row = await ctx.db
      .selectFrom('staff')
      .select(['must_change_password'])
      .where('id', '=', staff.id)
      .executeTakeFirstOrThrow();
    const refuse = (message: PasswordMessage) =>
      c.html(
        <PasswordPage
          lang={c.get('lang')}
          csrfToken={session.csrfToken}
          mustChange={row.must_change_password}
          message={message}
        />,
        400,
      );
    if (form.fresh !== form.repeat) return refuse('mismatch');
    const problem = passwordProblem(form.fresh, staff.email);
    if (problem) return refuse(problem);
    if (form.fresh === form.current) return refuse('same');
    // Checked last, so a typing slip in the new password does not count as a failed attempt.
    const check = await checkOwnPassword(ctx.db, staff.id, form.current, ctx.clock());
    if (check !== 'right') {
      await recordPasswordCheckFailure(c, ctx, check, 'password_change');
      return refuse(check === 'locked' ? 'locked' : 'wrongCurrent');
    }
    await changeOwnPassword(ctx.db, form.fresh, {
      staffId: staff.id,
      origin: c.get('origin'),
      session: session.tokenHash,
      now: ctx.clock(),
    });
    return c.redirect(row.must_change_password ? '/desk' : '/desk/account?password-changed', 303);
  });

  app.get('/account', async (c) => {
    const t = accountTexts[c.get('lang')];
    const staff = c.get('staff');
    const { has_second_factor } = await ctx.db
      .selectFrom('staff')
      .select(sql<boolean>`totp_secret is not null`.as('has_second_factor'))
      .where('id', '=', staff.id)
      .executeTakeFirstOrThrow();
    return c.html(
      <Page
        title={t.title}
        lang={c.get('lang')}
        staff={staff}
        csrfToken={c.get('session').csrfToken}
        section="account"
        path="/desk/account"
      >
        {c.req.query('password-changed') !== undefined ? <Flash kind="ok">{t.changed}</Flash> : null}
        <div class="card">
          <p>
            <strong>{staff.name}</strong> · {staff.email} · {staff.role}
          </p>
          <p>
            <a href="/desk/account/password">{t.changePassword}</a>
          </p>
          <p>
            <a href={TWO_FACTOR_PATH}>{t.twoFactor}</a>: {has_second_factor ? t.twoFactorOn : t.twoFactorOff}
          </p>
        </div>
      </Page>,
    );
  });

  app.route('/', twoFactorRoutes(ctx));
  return app;
}
