import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { StaffMember } from '../staff/staff-roles.ts';
import { deskAssetUrl } from './desk-assets.ts';
import { type DeskLanguage, defineTexts } from './desk-texts.ts';
import { can } from './permissions.ts';

/** Texts of the frame around every desk page. */
export const layoutTexts = defineTexts({
  id: {
    product: 'Suar — Meja Pelindungan WNI',
    skip: 'Langsung ke isi',
    queue: 'Antrean',
    stats: 'Statistik',
    admin: 'Admin',
    partners: 'Lembaga mitra',
    referrals: 'Rujukan',
    account: 'Akun',
    signOut: 'Keluar',
    otherLanguage: 'English',
    central: 'Pusat (Direktorat PWNI)',
    mainNav: 'Menu utama',
  },
  en: {
    product: 'Suar — Citizen Protection Desk',
    skip: 'Skip to content',
    queue: 'Queue',
    stats: 'Statistics',
    admin: 'Admin',
    partners: 'Partner agencies',
    referrals: 'Referrals',
    account: 'Account',
    signOut: 'Sign out',
    otherLanguage: 'Bahasa Indonesia',
    central: 'Central desk (PWNI)',
    mainNav: 'Main menu',
  },
});

/** Which menu item a page belongs to. */
export type DeskSection = 'queue' | 'stats' | 'admin' | 'account' | null;

/** What every desk page passes to the frame. */
export interface PageProps {
  title: string;
  lang: DeskLanguage;
  /** Absent on the sign-in pages. */
  staff?: StaffMember;
  /** The session's CSRF token, for the sign-out form and for scripts (meta tag). */
  csrfToken?: string;
  section?: DeskSection;
  /** This page's path and query, to come back to after switching language. */
  path?: string;
  /** Loads desk.js (live updates, countdowns). Pages work without it. */
  script?: boolean;
  /** The server-sent events this page listens to (with `script`). */
  live?: string;
  children?: Child;
}

/** A hidden form field carrying the session's CSRF token. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** The frame: header with menu, the page, and the desk's own stylesheet and script (no inline code: strict CSP). */
export function Page({
  title,
  lang,
  staff,
  csrfToken,
  section = null,
  path = '/desk',
  script = false,
  live,
  children,
}: PageProps) {
  const t = layoutTexts[lang];
  const link = (href: string, label: string, own: DeskSection) => (
    <li>
      <a href={href} aria-current={section === own ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="no-referrer" />
          {csrfToken ? <meta name="csrf-token" content={csrfToken} /> : null}
          <title>{`${title} · Suar`}</title>
          {/* No icon file: a browser asking for /favicon.ico would only get a 404. */}
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href={deskAssetUrl('desk.css')} />
          {script ? <script src={deskAssetUrl('desk.js')} defer /> : null}
        </head>
        <body data-lang={lang} data-alert-sound={deskAssetUrl('p1-alert.wav')} data-live={live}>
          <a class="skip-link" href="#main">
            {t.skip}
          </a>
          <header class="top">
            <a class="brand" href="/desk">
              {t.product}
            </a>
            {staff ? (
              <nav aria-label={t.mainNav}>
                <ul>
                  {staff.role === 'partner' ? link('/desk/partner', t.referrals, 'queue') : null}
                  {can(staff, 'queue.view') === 'allowed' ? link('/desk', t.queue, 'queue') : null}
                  {can(staff, 'stats.view') === 'allowed' ? link('/desk/stats', t.stats, 'stats') : null}
                  {can(staff, 'admin.staff') === 'allowed' ? link('/desk/admin', t.admin, 'admin') : null}
                  {can(staff, 'admin.partners') === 'allowed'
                    ? link('/desk/partners', t.partners, 'admin')
                    : null}
                </ul>
              </nav>
            ) : null}
            <div class="who">
              {staff ? (
                <>
                  <a href="/desk/account">{`${staff.name}${staff.missionId || staff.role === 'partner' ? '' : ` · ${t.central}`}`}</a>
                  <form method="post" action="/desk/sign-out">
                    {csrfToken ? <CsrfField token={csrfToken} /> : null}
                    <button type="submit" class="link">
                      {t.signOut}
                    </button>
                  </form>
                </>
              ) : null}
              <form method="post" action="/desk/language">
                {csrfToken ? <CsrfField token={csrfToken} /> : null}
                <input type="hidden" name="lang" value={lang === 'id' ? 'en' : 'id'} />
                <input type="hidden" name="back" value={path} />
                <button type="submit" class="link" lang={lang === 'id' ? 'en' : 'id'}>
                  {t.otherLanguage}
                </button>
              </form>
            </div>
          </header>
          <div id="p1-banner" role="alert" aria-live="assertive" />
          <main id="main">
            <h1>{title}</h1>
            {children}
          </main>
        </body>
      </html>
    </>
  );
}

/** A message above a page's content. */
export function Flash({ kind, children }: { kind: 'error' | 'ok' | 'warn'; children?: Child }) {
  return (
    <div class={`flash ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/**
 * The confirmation a page shows after a change redirected to it with `?done=<what>`: the message for `what`,
 * or nothing for a `what` it does not know (the query is anyone's to edit).
 */
export function DoneFlash({
  done,
  messages,
}: {
  done: string | undefined;
  messages: Record<string, string>;
}) {
  const message = done !== undefined && Object.hasOwn(messages, done) ? messages[done] : undefined;
  return message ? <Flash kind="ok">{message}</Flash> : null;
}
