import { type Context, Hono } from 'hono';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import { recordAudit } from '../../audit/audit-log.ts';
import { HttpProblem } from '../../http/http-problem.ts';
import { listStaff } from '../../staff/staff-store.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { isCalendarDay, jakartaDay } from '../desk-days.ts';
import { readForm } from '../desk-forms.ts';
import { defineTexts } from '../desk-texts.ts';
import { formatDateTime } from '../format-time.ts';
import { CsrfField } from '../layout.tsx';
import { AdminPage, allow, guardSection, PlainTable } from './admin-page.tsx';
import { csvLine } from './audit-csv.ts';
import { type AuditFilter, type AuditRow, findAuditEntries } from './audit-entries.ts';

/** Texts of the audit log pages. */
export const auditTexts = defineTexts({
  id: {
    title: 'Log audit',
    staff: 'Petugas',
    anyone: 'Semua',
    action: 'Tindakan',
    actionHint: 'Misalnya staff.disabled, atau staff untuk semua tindakan staff.…',
    ref: 'Nomor laporan',
    from: 'Dari tanggal',
    to: 'Sampai tanggal',
    filter: 'Saring',
    clear: 'Hapus saringan',
    export: 'Unduh CSV',
    exportHint: 'Unduhan ini juga dicatat di log audit.',
    at: 'Waktu (WIB)',
    ticket: 'Laporan',
    subject: 'Tentang',
    detail: 'Rincian',
    ip: 'Alamat IP',
    system: 'Sistem',
    partner: 'Lembaga mitra',
    person: 'Pelapor, lewat',
    none: 'Tidak ada catatan yang cocok.',
    older: 'Lebih lama →',
    newest: '← Terbaru',
    pages: 'Halaman log audit',
  },
  en: {
    title: 'Audit log',
    staff: 'Staff member',
    anyone: 'Anyone',
    action: 'Action',
    actionHint: 'For example staff.disabled, or staff for every staff.… action',
    ref: 'Report reference',
    from: 'From',
    to: 'To',
    filter: 'Filter',
    clear: 'Clear filters',
    export: 'Download CSV',
    exportHint: 'The download is recorded in the audit log too.',
    at: 'Time (WIB)',
    ticket: 'Report',
    subject: 'About',
    detail: 'Details',
    ip: 'IP address',
    system: 'System',
    partner: 'Partner agency',
    person: 'The person, through',
    none: 'No entries match.',
    older: 'Older →',
    newest: '← Newest',
    pages: 'Audit log pages',
  },
});

/** Entries on one page. */
const PAGE_SIZE = 50;
/** Entries read per query while exporting (the export streams; memory stays flat however long the log). */
const EXPORT_BATCH = 500;

const day = z
  .string()
  .trim()
  .refine((v) => v === '' || isCalendarDay(v), 'not a date (YYYY-MM-DD)');

/** The filter fields, as the form and the export send them ('' means not set). */
const filterSchema = z
  .object({
    staff: z.union([z.literal(''), z.uuid('not a staff id')]).default(''),
    action: z
      .string()
      .trim()
      .max(80)
      .regex(/^([a-z][a-z0-9_]*(\.[a-z0-9_]+)*)?$/, 'an action name like staff.disabled')
      .default(''),
    ref: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^(SUAR-[0-9A-Z]{4}-[0-9A-Z]{4})?$/, 'a reference like SUAR-7K3M-9PQ4')
      .default(''),
    from: day.default(''),
    to: day.default(''),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'must not be after to', path: ['from'] });

type FilterFields = z.infer<typeof filterSchema>;

function auditFilterOf(fields: FilterFields): AuditFilter {
  return {
    staffId: fields.staff || undefined,
    action: fields.action || undefined,
    ticketRef: fields.ref || undefined,
    from: fields.from || undefined,
    to: fields.to || undefined,
  };
}

function readQuery(c: Context<DeskEnv>): { fields: FilterFields; before: string | undefined } {
  const query = c.req.query();
  const parsed = filterSchema.safeParse(query);
  if (!parsed.success) {
    throw new HttpProblem(
      400,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  const before = query.before;
  if (before !== undefined && !/^\d{1,19}$/.test(before))
    throw new HttpProblem(400, 'before: not an entry id');
  return { fields: parsed.data, before };
}

/** Who acted, as the page shows it: the staff member, the partner agency, the person's channel, or the system. */
function actorText(row: AuditRow, t: (typeof auditTexts)['id']): string {
  if (row.staff_email) return `${row.staff_name} · ${row.staff_email}`;
  if (row.partner_name) return `${t.partner}: ${row.partner_name}`;
  if (row.actor?.startsWith('contact:')) return `${t.person} ${row.actor.slice('contact:'.length)}`;
  return t.system;
}

function detailText(detail: Record<string, unknown>): string {
  return Object.keys(detail).length === 0 ? '' : JSON.stringify(detail);
}

/** The CSV's columns, in order. */
const CSV_HEADER = [
  'id',
  'at_utc',
  'at_wib',
  'staff_email',
  'staff_name',
  'action',
  'ticket_ref',
  'subject',
  'subject_staff_email',
  'detail',
  'ip',
  'user_agent',
  'actor',
  'partner_name',
];

function csvRow(row: AuditRow): string {
  return csvLine([
    row.id,
    row.at.toISOString(),
    formatDateTime(row.at, 'en'),
    row.staff_email,
    row.staff_name,
    row.action,
    row.ticket_ref,
    row.subject,
    row.subject_email,
    detailText(row.detail),
    row.ip,
    row.user_agent,
    row.actor,
    row.partner_name,
  ]);
}

/** `/desk/admin/audit`: the audit log, filtered and paged, and its CSV export (admins only; the export is itself audited). */
export function auditRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();
  guardSection(app, '/admin/audit', 'audit.view');

  app.get('/admin/audit', async (c) => {
    const { fields, before } = readQuery(c);
    const lang = c.get('lang');
    const t = auditTexts[lang];
    const [rows, staff] = await Promise.all([
      findAuditEntries(ctx.db, auditFilterOf(fields), { before, limit: PAGE_SIZE + 1 }),
      listStaff(ctx.db),
    ]);
    const shown = rows.slice(0, PAGE_SIZE);
    const older = rows.length > PAGE_SIZE ? shown[shown.length - 1]?.id : undefined;
    const filterQuery = new URLSearchParams(
      Object.entries(fields).filter(([, v]) => v !== '') as [string, string][],
    );
    const pageLink = (cursor: string | undefined) => {
      const q = new URLSearchParams(filterQuery);
      if (cursor) q.set('before', cursor);
      const text = q.toString();
      return `/desk/admin/audit${text ? `?${text}` : ''}`;
    };
    const csrfToken = c.get('session').csrfToken;
    return c.html(
      <AdminPage context={c} title={t.title} section="audit" path={pageLink(before)}>
        <form method="get" action="/desk/admin/audit" class="card filters">
          <div>
            <label for="staff">{t.staff}</label>
            <select id="staff" name="staff">
              <option value="">{t.anyone}</option>
              {staff.map((s) => (
                <option value={s.id} selected={s.id === fields.staff}>
                  {`${s.name} · ${s.email}`}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="action">{t.action}</label>
            <input
              id="action"
              name="action"
              type="text"
              value={fields.action}
              aria-describedby="action-hint"
              autocomplete="off"
            />
            <p class="hint" id="action-hint">
              {t.actionHint}
            </p>
          </div>
          <div>
            <label for="ref">{t.ref}</label>
            <input id="ref" name="ref" type="text" value={fields.ref} autocomplete="off" />
          </div>
          <div>
            <label for="from">{t.from}</label>
            <input id="from" name="from" type="date" value={fields.from} />
          </div>
          <div>
            <label for="to">{t.to}</label>
            <input id="to" name="to" type="date" value={fields.to} max={jakartaDay(ctx.clock())} />
          </div>
          <div>
            <button type="submit">{t.filter}</button> <a href="/desk/admin/audit">{t.clear}</a>
          </div>
        </form>
        <form method="post" action="/desk/admin/audit/export" class="export">
          <CsrfField token={csrfToken} />
          {Object.entries(fields).map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <button type="submit" class="secondary">
            {t.export}
          </button>{' '}
          <span class="hint">{t.exportHint}</span>
        </form>
        {shown.length === 0 ? (
          <p class="muted">{t.none}</p>
        ) : (
          <PlainTable class="audit" columns={[t.at, t.staff, t.action, t.ticket, t.subject, t.detail, t.ip]}>
            {shown.map((row) => (
              <tr>
                <td>{formatDateTime(row.at, lang)}</td>
                <td>{actorText(row, t)}</td>
                <td>
                  <code>{row.action}</code>
                </td>
                <td>
                  {row.ticket_ref ? <a href={`/desk/tickets/${row.ticket_ref}`}>{row.ticket_ref}</a> : ''}
                </td>
                <td>{row.subject_email ?? row.subject ?? ''}</td>
                <td class="detail">{detailText(row.detail)}</td>
                <td>{row.ip ?? ''}</td>
              </tr>
            ))}
          </PlainTable>
        )}
        <nav class="pager" aria-label={t.pages}>
          {before ? <a href={pageLink(undefined)}>{t.newest}</a> : null}
          {older ? <a href={pageLink(older)}>{t.older}</a> : null}
        </nav>
      </AdminPage>,
    );
  });

  app.post('/admin/audit/export', allow('audit.export'), async (c) => {
    const fields = await readForm(c, filterSchema);
    const filter = auditFilterOf(fields);
    const staff = c.get('staff');
    await recordAudit(ctx.db, {
      staffId: staff.id,
      action: 'audit.exported',
      detail: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== '')),
      origin: c.get('origin'),
    });
    const stamp = jakartaDay(ctx.clock());
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', `attachment; filename="suar-audit-${stamp}.csv"`);
    c.header('cache-control', 'no-store');
    return stream(c, async (out) => {
      // A byte-order mark: Excel reads the file as UTF-8 only with one.
      await out.write(`\ufeff${csvLine(CSV_HEADER)}`);
      let before: string | undefined;
      for (;;) {
        const rows = await findAuditEntries(ctx.db, filter, { before, limit: EXPORT_BATCH });
        if (rows.length > 0) await out.write(rows.map(csvRow).join(''));
        if (rows.length < EXPORT_BATCH) break;
        before = rows[rows.length - 1]!.id;
      }
    });
  });

  return app;
}
