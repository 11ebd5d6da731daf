import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { HttpProblem } from '../http/http-problem.ts';
import { errorForLog } from '../logging/error-for-log.ts';
import { accountRoutes } from './auth/account-routes.tsx';
import { describeRequest, isDeskApi, protectFromForgery, requireStaff } from './auth/require-staff.ts';
import { languageRoute, signInRoutes } from './auth/sign-in-routes.tsx';
import { deskAsset } from './desk-assets.ts';
import type { DeskContext, DeskEnv } from './desk-context.ts';
import { DESK_BODY_LIMIT } from './desk-forms.ts';
import { defineTexts } from './desk-texts.ts';
import { Page } from './layout.tsx';

/** Texts of the error page. */
export const errorTexts = defineTexts({
  id: {
    title: 'Tidak bisa',
    400: 'Isian tidak bisa diterima. Tidak ada yang diubah.',
    401: 'Silakan masuk dulu.',
    403: 'Anda tidak punya izin untuk ini.',
    404: 'Tidak ditemukan.',
    409: 'Ada perubahan lain lebih dulu. Muat ulang halaman dan coba lagi.',
    back: 'Kembali ke antrean',
    detail: 'Rincian',
  },
  en: {
    title: 'Not possible',
    400: 'The form could not be accepted. Nothing was changed.',
    401: 'Please sign in first.',
    403: 'You are not allowed to do this.',
    404: 'Not found.',
    409: 'Something else changed first. Reload the page and try again.',
    back: 'Back to the queue',
    detail: 'Details',
  },
});

/** A further area of the desk, mounted behind sign-in (the queue, a ticket, stats, admin…). */
export type DeskArea = (ctx: DeskContext) => Hono<DeskEnv>;

/**
 * The protection desk: a Hono sub-app for `/desk`. Sign-in pages and assets are open; everything else needs
 * a signed-in staff member, and every state change a CSRF token.
 */
export function createDeskApp(ctx: DeskContext, areas: DeskArea[] = []) {
  const app = new Hono<DeskEnv>();
  app.use(
    secureHeaders({
      // Strict: the desk runs no inline script or style, and loads nothing from anywhere but Suar.
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        mediaSrc: ["'self'"],
        // The evidence viewer embeds a PDF from the desk itself (served with its own sandboxing CSP).
        frameSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      strictTransportSecurity: ctx.config.secureCookies ? 'max-age=31536000' : false,
      // A route that sets its own header keeps it: files from the desk carry a stricter, sandboxing CSP.
      overwrite: false,
    }),
  );
  app.use(async (c, next) => {
    await next();
    // Pages carry personal data: never kept in a browser's or a proxy's cache.
    if (!c.req.path.startsWith('/desk/assets/')) c.header('cache-control', 'no-store');
  });
  app.use(describeRequest(ctx));
  app.use(
    bodyLimit({
      maxSize: DESK_BODY_LIMIT,
      onError: () => {
        throw new HttpProblem(400, `the form is larger than ${DESK_BODY_LIMIT} bytes; nothing was changed`);
      },
    }),
  );

  app.get('/assets/:name', (c) => {
    const asset = deskAsset(c.req.param('name'));
    if (!asset) throw new HttpProblem(404, 'not found');
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': asset.type,
      // URLs carry the content's hash: a changed file is a new URL.
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });

  app.use('/sign-in', protectFromForgery(ctx));
  app.use('/sign-out', requireStaff(ctx, { optional: true }), protectFromForgery(ctx));
  app.route('/', signInRoutes(ctx));
  app.use('/language', requireStaff(ctx, { optional: true }), protectFromForgery(ctx));
  app.route('/', languageRoute(ctx));

  app.use('*', requireStaff(ctx), protectFromForgery(ctx));
  app.route('/', accountRoutes(ctx));
  for (const area of areas) app.route('/', area(ctx));

  // Why a route and not notFound: a mounted sub-app's notFound is not used; this one answers in the desk's way.
  app.all('*', () => {
    throw new HttpProblem(404, 'not found');
  });
  app.onError((error, c) => {
    let status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503;
    let message: string;
    if (error instanceof HttpProblem) {
      status = error.status;
      message = error.message;
      if (error.retryAfterSeconds !== undefined) c.header('retry-after', String(error.retryAfterSeconds));
    } else if (error instanceof HTTPException && error.status === 403) {
      status = 403;
      message = 'cross-site request refused';
    } else {
      ctx.logger.error({
        event: 'desk_request_failed',
        path: c.req.routePath,
        ...errorForLog(error),
      });
      status = 503;
      message = 'temporarily unavailable, please retry';
    }
    if (isDeskApi(c.req.path) || c.req.header('accept')?.includes('application/json')) {
      return c.json({ error: message }, status);
    }
    const lang = c.get('lang') ?? 'id';
    const t = errorTexts[lang];
    const known = status in t ? t[status as keyof typeof t] : message;
    return c.html(
      <Page title={t.title} lang={lang} staff={c.get('staff')} csrfToken={c.get('session')?.csrfToken}>
        <div class="card" role="alert">
          <p>{known}</p>
          {known !== message ? (
            <p class="muted">
              {t.detail}: {message}
            </p>
          ) : null}
          <p>
            <a href="/desk">{t.back}</a>
          </p>
        </div>
      </Page>,
      status,
    );
  });
  return app;
}
