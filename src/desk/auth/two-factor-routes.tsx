import { type Context, Hono } from 'hono';
import { raw } from 'hono/html';
import { z } from 'zod';
import { switchOffTotp, switchOnTotp } from '../../staff/manage-staff.ts';
import { checkOwnPassword, checkSecondFactor } from '../../staff/sign-in.ts';
import { groupedSecret, matchTotpStep, newTotpSecret, totpUri } from '../../staff/totp.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { readForm } from '../desk-forms.ts';
import { type DeskLanguage, defineTexts } from '../desk-texts.ts';
import { CsrfField, Flash, Page } from '../layout.tsx';
import { DESK_PATH, TWO_FACTOR_PATH } from './require-staff.ts';
import {
  afterSignIn,
  beginSession,
  recordPasswordCheckFailure,
  recordRefusal,
  SignOutButton,
} from './sign-in-routes.tsx';

/** Texts of the second factor: the code asked after the password, and setting it up in the account. */
export const twoFactorTexts = defineTexts({
  id: {
    codeTitle: 'Kode masuk',
    codeIntro: 'Buka aplikasi autentikator di ponsel Anda, lalu ketik kode 6 angka untuk Suar.',
    code: 'Kode 6 angka',
    next: 'Lanjut',
    wrongCode: 'Kode salah atau sudah dipakai. Tunggu kode berikutnya, lalu coba lagi.',
    locked: 'Terlalu banyak percobaan yang salah. Akun dikunci sebentar: coba lagi beberapa menit lagi.',
    lostPhone: 'Ponsel hilang atau diganti? Minta admin menghapus verifikasi dua langkah akun Anda.',
    title: 'Verifikasi dua langkah',
    what: 'Selain kata sandi, Suar meminta kode 6 angka dari aplikasi di ponsel Anda (misalnya Google Authenticator, Microsoft Authenticator atau FreeOTP). Orang yang tahu kata sandi Anda tetap tidak bisa masuk tanpa ponsel Anda.',
    required: 'Admin mewajibkan verifikasi dua langkah untuk akun Anda. Atur dulu sebelum lanjut.',
    isOn: 'Verifikasi dua langkah aktif.',
    isOff: 'Verifikasi dua langkah belum aktif.',
    start: 'Atur sekarang',
    newPhone: 'Pindah ke ponsel baru',
    scan: '1. Di aplikasi autentikator, tambah akun lalu pindai kode QR ini.',
    qrLabel: 'Kode QR untuk aplikasi autentikator',
    manual: 'Tidak bisa memindai? Ketik kunci ini di aplikasi:',
    type: '2. Ketik kode 6 angka yang muncul di aplikasi.',
    confirm: 'Aktifkan',
    cancel: 'Batal',
    noMatch: 'Kode tidak cocok. Periksa jam di ponsel Anda, tunggu kode berikutnya, lalu coba lagi.',
    enabled: 'Verifikasi dua langkah sudah aktif. Sesi lain dari akun ini sudah dikeluarkan.',
    disabled: 'Verifikasi dua langkah sudah dimatikan. Sesi lain dari akun ini sudah dikeluarkan.',
    offTitle: 'Matikan',
    offHint: 'Ketik kata sandi Anda untuk mematikan verifikasi dua langkah.',
    password: 'Kata sandi',
    off: 'Matikan verifikasi dua langkah',
    cannotOff:
      'Admin mewajibkannya untuk akun Anda, jadi tidak bisa dimatikan. Pindah ke ponsel baru bisa kapan saja.',
    wrongPassword: 'Kata sandi salah.',
  },
  en: {
    codeTitle: 'Sign-in code',
    codeIntro: 'Open the authenticator app on your phone and type the 6-digit code for Suar.',
    code: '6-digit code',
    next: 'Continue',
    wrongCode: 'Wrong code, or one already used. Wait for the next code and try again.',
    locked: 'Too many wrong tries. The account is locked for a while: try again in a few minutes.',
    lostPhone: "Lost or changed your phone? Ask an admin to remove your account's two-step sign-in.",
    title: 'Two-step sign-in',
    what: 'Besides your password, Suar asks for a 6-digit code from an app on your phone (for example Google Authenticator, Microsoft Authenticator or FreeOTP). Someone who knows your password still cannot sign in without your phone.',
    required: 'An admin requires two-step sign-in for your account. Set it up before you go on.',
    isOn: 'Two-step sign-in is on.',
    isOff: 'Two-step sign-in is off.',
    start: 'Set it up',
    newPhone: 'Move to a new phone',
    scan: '1. In the authenticator app, add an account and scan this QR code.',
    qrLabel: 'QR code for the authenticator app',
    manual: 'Cannot scan? Type this key into the app:',
    type: '2. Type the 6-digit code the app shows.',
    confirm: 'Switch on',
    cancel: 'Cancel',
    noMatch: "The code does not match. Check your phone's clock, wait for the next code and try again.",
    enabled: 'Two-step sign-in is on. Other sessions of this account were signed out.',
    disabled: 'Two-step sign-in is off. Other sessions of this account were signed out.',
    offTitle: 'Switch off',
    offHint: 'Type your password to switch two-step sign-in off.',
    password: 'Password',
    off: 'Switch two-step sign-in off',
    cannotOff:
      'An admin requires it for your account, so it cannot be switched off. You can move to a new phone at any time.',
    wrongPassword: 'Wrong password.',
  },
});

type Texts = (typeof twoFactorTexts)[DeskLanguage];

function CodePage(props: {
  lang: DeskLanguage;
  csrfToken: string;
  next: string | undefined;
  message?: 'wrongCode' | 'locked' | undefined;
}) {
  const t = twoFactorTexts[props.lang];
  return (
    <Page
      title={t.codeTitle}
      lang={props.lang}
      csrfToken={props.csrfToken}
      path={`${DESK_PATH}/sign-in/code`}
    >
      <div class="card narrow">
        {props.message ? <Flash kind="error">{t[props.message]}</Flash> : null}
        <form method="post" action={`${DESK_PATH}/sign-in/code`}>
          <CsrfField token={props.csrfToken} />
          {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
          <p>{t.codeIntro}</p>
          <label for="code">{t.code}</label>
          <CodeInput />
          <p>
            <button type="submit">{t.next}</button>
          </p>
        </form>
        <p class="hint">{t.lostPhone}</p>
        <SignOutButton csrfToken={props.csrfToken} lang={props.lang} />
      </div>
    </Page>
  );
}

function CodeInput() {
  return (
    <input
      id="code"
      name="code"
      type="text"
      inputmode="numeric"
      autocomplete="one-time-code"
      pattern="[0-9 ]{6,7}"
      maxlength={7}
      required
    />
  );
}

/** What the set-up page shows: the state of the account's second factor. */
interface TwoFactorState {
  enabled: boolean;
  required: boolean;
  /** The secret being set up (shown as a QR code until a code confirms it). */
  pending: string | null;
}

type SetUpMessage = 'enabled' | 'disabled' | 'noMatch' | 'wrongPassword' | 'locked' | 'cannotOff';

function SetUpPage(props: {
  lang: DeskLanguage;
  csrfToken: string;
  state: TwoFactorState;
  /** The pending secret as a QR code (SVG), when a set-up is under way. */
  qrSvg: string | null;
  /** Set up before anything else opens: no menu, only sign-out. */
  forced: boolean;
  staff: Parameters<typeof Page>[0]['staff'];
  message?: SetUpMessage | undefined;
}) {
  const t = twoFactorTexts[props.lang];
  const { state } = props;
  const ok = props.message === 'enabled' || props.message === 'disabled';
  return (
    <Page
      title={t.title}
      lang={props.lang}
      csrfToken={props.csrfToken}
      section="account"
      path={TWO_FACTOR_PATH}
      {...(props.forced ? {} : { staff: props.staff })}
    >
      {props.message ? <Flash kind={ok ? 'ok' : 'error'}>{t[props.message]}</Flash> : null}
      {props.forced ? <Flash kind="warn">{t.required}</Flash> : null}
      <div class="card narrow">
        <p>
          <strong>{state.enabled ? t.isOn : t.isOff}</strong>
        </p>
        <p>{t.what}</p>
        {state.pending && props.qrSvg ? (
          <Enrolment t={t} csrfToken={props.csrfToken} secret={state.pending} qrSvg={props.qrSvg} />
        ) : (
          <form method="post" action={`${TWO_FACTOR_PATH}/setup`}>
            <CsrfField token={props.csrfToken} />
            <button type="submit">{state.enabled ? t.newPhone : t.start}</button>
          </form>
        )}
        {props.forced ? <SignOutButton csrfToken={props.csrfToken} lang={props.lang} /> : null}
      </div>
      {state.enabled ? <SwitchOff t={t} csrfToken={props.csrfToken} required={state.required} /> : null}
    </Page>
  );
}

function Enrolment(props: { t: Texts; csrfToken: string; secret: string; qrSvg: string }) {
  const { t } = props;
  return (
    <>
      <p>{t.scan}</p>
      <div class="qr" role="img" aria-label={t.qrLabel}>
        {raw(props.qrSvg)}
      </div>
      <p class="hint">{t.manual}</p>
      <p>
        <code class="secret">{groupedSecret(props.secret)}</code>
      </p>
      <form method="post" action={`${TWO_FACTOR_PATH}/confirm`}>
        <CsrfField token={props.csrfToken} />
        <label for="code">{t.type}</label>
        <CodeInput />
        <p>
          <button type="submit">{t.confirm}</button>
        </p>
      </form>
      <form method="post" action={`${TWO_FACTOR_PATH}/cancel`}>
        <CsrfField token={props.csrfToken} />
        <button type="submit" class="link">
          {t.cancel}
        </button>
      </form>
    </>
  );
}

function SwitchOff(props: { t: Texts; csrfToken: string; required: boolean }) {
  const { t } = props;
  return (
    <div class="card narrow">
      <h2>{t.offTitle}</h2>
      {props.required ? (
        <p>{t.cannotOff}</p>
      ) : (
        <form method="post" action={`${TWO_FACTOR_PATH}/off`}>
          <CsrfField token={props.csrfToken} />
          <p class="hint" id="off-hint">
            {t.offHint}
          </p>
          <label for="off-password">{t.password}</label>
          <input
            id="off-password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            aria-describedby="off-hint"
          />
          <p>
            <button type="submit">{t.off}</button>
          </p>
        </form>
      )}
    </div>
  );
}

const codeForm = z.object({
  code: z.string().max(20, 'too long'),
  next: z.string().max(500).optional(),
});

const passwordForm = z.object({
  password: z.string().min(1, 'enter your password').max(256, 'too long'),
});

/**
 * The second factor: the code page after the password (for a session still owing its code), and the account
 * page that sets a second factor up (confirmed by a code before it is on), moves it to a new phone, or
 * switches it off with the password.
 */
export function twoFactorRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();

  app.get('/sign-in/code', (c) => {
    if (!c.get('session').secondFactorPending) return c.redirect(DESK_PATH, 303);
    return c.html(
      <CodePage lang={c.get('lang')} csrfToken={c.get('session').csrfToken} next={c.req.query('next')} />,
    );
  });

  app.post('/sign-in/code', async (c) => {
    const session = c.get('session');
    if (!session.secondFactorPending) return c.redirect(DESK_PATH, 303);
    const form = await readForm(c, codeForm);
    const result = await checkSecondFactor(ctx.db, c.get('staff').id, form.code, ctx.clock());
    if (result.type === 'refused') {
      await recordRefusal(c, ctx, 'staff.second_factor_failed', result);
      return c.html(
        <CodePage
          lang={c.get('lang')}
          csrfToken={session.csrfToken}
          next={form.next}
          message={result.reason === 'locked' ? 'locked' : 'wrongCode'}
        />,
        401,
      );
    }
    if (result.type !== 'signed_in') throw new Error('a code completes a sign-in or refuses it');
    await beginSession(c, ctx, result.staff, {
      secondFactorPending: false,
      action: 'staff.sign_in',
      replacing: session.tokenHash,
    });
    return c.redirect(afterSignIn(result.staff, form.next), 303);
  });

  const stateOf = async (staffId: string): Promise<TwoFactorState & { email: string }> => {
    const row = await ctx.db
      .selectFrom('staff')
      .select(['email', 'totp_secret', 'totp_pending_secret', 'totp_required'])
      .where('id', '=', staffId)
      .executeTakeFirstOrThrow();
    return {
      email: row.email,
      enabled: row.totp_secret !== null,
      required: row.totp_required,
      pending: row.totp_pending_secret,
    };
  };

  const render = async (c: Context<DeskEnv>, message?: SetUpMessage) => {
    const staff = c.get('staff');
    const state = await stateOf(staff.id);
    // Inline SVG: an element, not a script or a style, so the strict CSP allows it; nothing is fetched. The
    // library loads on the first set-up page, not at every start.
    const qrSvg = state.pending
      ? await (await import('qrcode')).default.toString(totpUri(state.pending, state.email), {
          type: 'svg',
          margin: 1,
          errorCorrectionLevel: 'M',
        })
      : null;
    return c.html(
      <SetUpPage
        lang={c.get('lang')}
        csrfToken={c.get('session').csrfToken}
        state={state}
        qrSvg={qrSvg}
        forced={state.required && !state.enabled}
        staff={staff}
        message={message}
      />,
      message && message !== 'enabled' && message !== 'disabled' ? 400 : 200,
    );
  };

  app.get('/account/two-factor', (c) => {
    const done = c.req.query('done');
    return render(c, done === 'enabled' || done === 'disabled' ? done : undefined);
  });

  // Why a pending secret apart from the one in use: a half-done set-up (a reload, a scan that failed, a
  // move to a new phone) never locks anyone out; only a code from the new secret switches it on.
  app.post('/account/two-factor/setup', async (c) => {
    await ctx.db
      .updateTable('staff')
      .set({ totp_pending_secret: newTotpSecret() })
      .where('id', '=', c.get('staff').id)
      .execute();
    return c.redirect(TWO_FACTOR_PATH, 303);
  });

  app.post('/account/two-factor/cancel', async (c) => {
    await ctx.db
      .updateTable('staff')
      .set({ totp_pending_secret: null })
      .where('id', '=', c.get('staff').id)
      .execute();
    return c.redirect(TWO_FACTOR_PATH, 303);
  });

  app.post('/account/two-factor/confirm', async (c) => {
    const staff = c.get('staff');
    const session = c.get('session');
    const form = await readForm(c, codeForm);
    const before = await stateOf(staff.id);
    if (!before.pending) return c.redirect(TWO_FACTOR_PATH, 303);
    const now = ctx.clock();
    const step = matchTotpStep(before.pending, form.code, now);
    if (step === null) return render(c, 'noMatch');
    const confirmed = await switchOnTotp(ctx.db, before.pending, step, {
      staffId: staff.id,
      origin: c.get('origin'),
      session: session.tokenHash,
      now,
    });
    if (!confirmed) return c.redirect(TWO_FACTOR_PATH, 303);
    // A set-up that was required before anything else: on to the desk.
    return c.redirect(
      before.required && !before.enabled ? DESK_PATH : `${TWO_FACTOR_PATH}?done=enabled`,
      303,
    );
  });

  app.post('/account/two-factor/off', async (c) => {
    const staff = c.get('staff');
    const session = c.get('session');
    const form = await readForm(c, passwordForm);
    const before = await stateOf(staff.id);
    if (!before.enabled) return c.redirect(TWO_FACTOR_PATH, 303);
    if (before.required) return render(c, 'cannotOff');
    const now = ctx.clock();
    const check = await checkOwnPassword(ctx.db, staff.id, form.password, now);
    if (check !== 'right') {
      await recordPasswordCheckFailure(c, ctx, check, 'two_factor_off');
      return render(c, check === 'locked' ? 'locked' : 'wrongPassword');
    }
    await switchOffTotp(ctx.db, {
      staffId: staff.id,
      origin: c.get('origin'),
      session: session.tokenHash,
      now,
    });
    return c.redirect(`${TWO_FACTOR_PATH}?done=disabled`, 303);
  });

  return app;
}
