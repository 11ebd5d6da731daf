import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { Child } from 'hono/jsx';
import type { Kysely } from 'kysely';
import { type AuditEntry, recordAudit } from '../../audit/audit-log.ts';
import type { DB } from '../../db/schema.ts';
import { HttpProblem } from '../../http/http-problem.ts';
import type { DeskEnv } from '../desk-context.ts';
import { defineTexts } from '../desk-texts.ts';
import { CsrfField, Page } from '../layout.tsx';
import { can, type DeskAction } from '../permissions.ts';

/** Texts of the admin area's menu. */
export const adminTexts = defineTexts({
  id: {
    title: 'Admin',
    menu: 'Menu admin',
    staff: 'Akun petugas',
    missions: 'Perwakilan',
    canned: 'Balasan siap pakai',
    channels: 'Kanal',
    audit: 'Log audit',
    staffHint:
      'Tambah petugas, ubah peran dan perwakilan, nonaktifkan, atur ulang kata sandi, wajibkan kode 2 langkah.',
    missionsHint: 'Nama, kota, nomor hotline, dan wilayah yang dicakup setiap KBRI/KJRI.',
    cannedHint: 'Teks balasan dalam bahasa Indonesia dan Inggris yang bisa dipakai petugas.',
    channelsHint: 'Telegram dan WhatsApp: menyala atau tidak, dan menautkan nomor WhatsApp.',
    auditHint: 'Siapa melihat atau mengubah apa, kapan, dan dari mana. Bisa diunduh sebagai CSV.',
  },
  en: {
    title: 'Admin',
    menu: 'Admin menu',
    staff: 'Staff accounts',
    missions: 'Missions',
    canned: 'Canned replies',
    channels: 'Channels',
    audit: 'Audit log',
    staffHint: 'Add staff, change role and mission, disable, reset passwords, require a second factor.',
    missionsHint: 'Name, city, hotline number and the areas each embassy or consulate covers.',
    cannedHint: 'Ready-made replies in Indonesian and English that staff can start from.',
    channelsHint: 'Telegram and WhatsApp: on or off, and linking the WhatsApp number.',
    auditHint: 'Who viewed or changed what, when and from where. Exportable as CSV.',
  },
});

/** The admin area's sections: path, menu text key, and the action that opens them. */
export const ADMIN_SECTIONS = [
  { path: '/desk/admin/staff', key: 'staff', action: 'admin.staff' },
  { path: '/desk/admin/missions', key: 'missions', action: 'admin.missions' },
  { path: '/desk/admin/canned', key: 'canned', action: 'admin.canned' },
  { path: '/desk/admin/channels', key: 'channels', action: 'admin.channels' },
  { path: '/desk/admin/audit', key: 'audit', action: 'audit.view' },
] as const satisfies readonly { path: string; key: keyof (typeof adminTexts)['id']; action: DeskAction }[];

/** Which admin section a page belongs to. */
export type AdminSection = (typeof ADMIN_SECTIONS)[number]['key'];

/** Lets a request through only when the signed-in staff member may do `action` (403 otherwise). */
export function allow(action: DeskAction): MiddlewareHandler<DeskEnv> {
  return async function allow(c, next) {
    if (can(c.get('staff'), action) !== 'allowed') throw new HttpProblem(403, 'admins only');
    await next();
  };
}

/** Guards a section: its page and everything below it need `action`. */
export function guardSection(app: Hono<DeskEnv>, path: string, action: DeskAction): void {
  app.use(path, allow(action));
  app.use(`${path}/*`, allow(action));
}

/**
 * Runs an admin's change and records its one audit entry (who and from where taken from the request) in the
 * same transaction: both are committed, or neither.
 */
export async function auditedChange<T>(
  db: Kysely<DB>,
  c: Context<DeskEnv>,
  entry: Omit<AuditEntry, 'staffId' | 'origin'>,
  work: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const result = await work(trx);
    await recordAudit(trx, { ...entry, staffId: c.get('staff').id, origin: c.get('origin') });
    return result;
  });
}

/**
 * The desk's frame with the admin menu above the page's content. The language, the signed-in admin and the
 * session's CSRF token come from the request's context: every admin page is behind requireStaff.
 */
export function AdminPage(props: {
  context: Context<DeskEnv>;
  title: string;
  section: AdminSection | null;
  /** This page's path and query (after a POST, the page to come back to): see PageProps. */
  path: string;
  children?: Child;
}) {
  const lang = props.context.get('lang');
  const staff = props.context.get('staff');
  const t = adminTexts[lang];
  return (
    <Page
      title={props.title}
      lang={lang}
      staff={staff}
      csrfToken={props.context.get('session').csrfToken}
      section="admin"
      path={props.path}
    >
      <nav class="subnav" aria-label={t.menu}>
        <ul>
          {ADMIN_SECTIONS.filter((s) => can(staff, s.action) === 'allowed').map((s) => (
            <li>
              <a href={s.path} aria-current={props.section === s.key ? 'page' : undefined}>
                {t[s.key]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {props.children}
    </Page>
  );
}

/** A scrolling plain table: one header row of column names (`scope="col"`) above the given rows. */
export function PlainTable(props: { columns: Child[]; class?: string; children?: Child }) {
  return (
    <div class="table-scroll">
      <table class={props.class ? `plain ${props.class}` : 'plain'}>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th scope="col">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}

/** A card with a heading (named by `id` for screen readers) and one POST form ending in its submit button. */
export function FormCard(props: {
  id: string;
  title: string;
  action: string;
  csrfToken: string;
  submit: string;
  hint?: string;
  children?: Child;
}) {
  return (
    <section class="card" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      <form method="post" action={props.action}>
        <CsrfField token={props.csrfToken} />
        {props.children}
        <p>
          <button type="submit">{props.submit}</button>
        </p>
      </form>
    </section>
  );
}
