import { countryName } from '../../places/index.ts';
import type { StaffMember } from '../../staff/staff-roles.ts';
import { CATEGORIES, PRIORITIES } from '../../triage/index.ts';
import {
  CATEGORY_WORDS,
  PRIORITY_WORDS,
  REPORTER_WORDS,
  STATUS_WORDS,
  TICKET_STATUSES,
  wordFor,
} from '../case-vocabulary.ts';
import { type DeskLanguage, defineTexts } from '../desk-texts.ts';
import { formatDue, formatSpan } from '../format-time.ts';
import { CsrfField, Flash, Page } from '../layout.tsx';
import { type QueueFilters, type QueueRow, UNREAD_CAP } from './queue-store.ts';

/** Texts of the queue. */
export const queueTexts = defineTexts({
  id: {
    title: 'Antrean laporan',
    filters: 'Saring',
    moreFilters: 'Saring menurut status, prioritas, negara…',
    status: 'Status',
    active: 'Semua yang belum selesai',
    priority: 'Prioritas',
    category: 'Kategori',
    country: 'Negara',
    mission: 'Perwakilan',
    central: 'Pusat (belum ke perwakilan)',
    assigned: 'Ditangani oleh',
    me: 'Saya',
    unassigned: 'Belum ada',
    any: 'Semua',
    emergency: 'Hanya darurat',
    search: 'Cari nomor laporan, nama, atau nomor HP',
    apply: 'Terapkan',
    clear: 'Hapus saringan',
    takeNext: 'Ambil laporan berikutnya',
    nothingToTake: 'Tidak ada laporan yang belum ditangani.',
    colRef: 'Nomor',
    colPriority: 'Prioritas dan alasan',
    colCategory: 'Kategori',
    colWhere: 'Negara / perwakilan',
    colReporter: 'Pelapor',
    colLanguage: 'Bahasa',
    colAge: 'Umur laporan',
    colSla: 'Target respons',
    colAssignee: 'Petugas',
    colUnread: 'Pesan baru',
    responded: 'Sudah dibalas',
    empty: 'Tidak ada laporan yang cocok.',
    previous: '← Sebelumnya',
    next: 'Berikutnya →',
    page: 'Halaman',
    live: 'Daftar ini diperbarui sendiri.',
    emergencyMark: 'DARURAT',
  },
  en: {
    title: 'Report queue',
    filters: 'Filter',
    moreFilters: 'Filter by status, priority, country…',
    status: 'Status',
    active: 'Everything not closed',
    priority: 'Priority',
    category: 'Category',
    country: 'Country',
    mission: 'Mission',
    central: 'Central (no mission yet)',
    assigned: 'Assigned to',
    me: 'Me',
    unassigned: 'Nobody',
    any: 'Any',
    emergency: 'Emergencies only',
    search: 'Search reference, name or phone number',
    apply: 'Apply',
    clear: 'Clear filters',
    takeNext: 'Take next report',
    nothingToTake: 'No unassigned report is waiting.',
    colRef: 'Reference',
    colPriority: 'Priority and reason',
    colCategory: 'Category',
    colWhere: 'Country / mission',
    colReporter: 'Reporter',
    colLanguage: 'Language',
    colAge: 'Age',
    colSla: 'Response due',
    colAssignee: 'Assignee',
    colUnread: 'New messages',
    responded: 'Responded',
    empty: 'No report matches.',
    previous: '← Previous',
    next: 'Next →',
    page: 'Page',
    live: 'This list updates by itself.',
    emergencyMark: 'EMERGENCY',
  },
});

const LANGUAGE_NAMES: Record<DeskLanguage, Record<string, string>> = {
  id: { id: 'Indonesia', en: 'Inggris', ms: 'Melayu', jv: 'Jawa', su: 'Sunda' },
  en: { id: 'Indonesian', en: 'English', ms: 'Malay', jv: 'Javanese', su: 'Sundanese' },
};

/** The priority's one-line reason, short enough for a row. */
function oneLine(reason: string): string {
  const line = reason.replace(/\s+/g, ' ').trim();
  return line.length > 110 ? `${line.slice(0, 107)}…` : line;
}

/** The query string of a set of filters (without defaults), for links and live refreshes. */
export function filtersQuery(filters: QueueFilters, page = filters.page): string {
  const params = new URLSearchParams();
  if (filters.status !== 'active') params.set('status', filters.status);
  if (filters.priority) params.set('priority', filters.priority);
  if (filters.category) params.set('category', filters.category);
  if (filters.country) params.set('country', filters.country);
  if (filters.mission) params.set('mission', filters.mission);
  if (filters.assigned) params.set('assigned', filters.assigned);
  if (filters.emergency) params.set('emergency', '1');
  if (filters.q) params.set('q', filters.q);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The rows of the queue table (also the live fragment). */
export function QueueRows(props: {
  rows: QueueRow[];
  lang: DeskLanguage;
  now: Date;
  missionNames: Map<string, string>;
}) {
  const t = queueTexts[props.lang];
  if (props.rows.length === 0) {
    return (
      <tr>
        <td colspan={10} class="muted">
          {t.empty}
        </td>
      </tr>
    );
  }
  return (
    <>
      {props.rows.map((row) => {
        const href = `/desk/tickets/${row.ref}`;
        const where = [
          row.country ? countryName(row.country, props.lang) : null,
          row.missionId ? (props.missionNames.get(row.missionId) ?? row.missionName) : null,
        ]
          .filter(Boolean)
          .join(' · ');
        const language = row.writtenLanguage ?? row.language;
        return (
          <tr class={row.priority} data-id={row.id}>
            <td data-label={t.colRef}>
              <a href={href}>{row.ref}</a>
              {row.emergency ? (
                <>
                  {' '}
                  <strong class="overdue">{t.emergencyMark}</strong>
                </>
              ) : null}
              <br />
              <span class="status">{wordFor(STATUS_WORDS, props.lang, row.status)}</span>
            </td>
            <td data-label={t.colPriority}>
              <span class={`prio ${row.priority}`} title={wordFor(PRIORITY_WORDS, props.lang, row.priority)}>
                {row.priority}
              </span>
              <span class="reason">{oneLine(row.priorityReason)}</span>
            </td>
            <td data-label={t.colCategory}>{wordFor(CATEGORY_WORDS, props.lang, row.category)}</td>
            <td data-label={t.colWhere}>{where}</td>
            <td data-label={t.colReporter}>{wordFor(REPORTER_WORDS, props.lang, row.reporter)}</td>
            <td data-label={t.colLanguage}>{LANGUAGE_NAMES[props.lang][language] ?? language}</td>
            <td data-label={t.colAge}>
              <span data-since={row.createdAt.toISOString()}>
                {formatSpan(props.now.getTime() - row.createdAt.getTime(), props.lang)}
              </span>
            </td>
            <td data-label={t.colSla}>
              {row.firstResponseAt ? (
                <span class="muted">{t.responded}</span>
              ) : (
                <span
                  data-due={row.slaDueAt.toISOString()}
                  class={row.slaDueAt < props.now ? 'overdue' : undefined}
                >
                  {formatDue(row.slaDueAt, props.now, props.lang)}
                </span>
              )}
            </td>
            <td data-label={t.colAssignee}>{row.assigneeName ?? <span class="muted">—</span>}</td>
            <td data-label={t.colUnread}>
              {row.unread > 0 ? (
                <span class="badge">{row.unread >= UNREAD_CAP ? `${UNREAD_CAP}+` : row.unread}</span>
              ) : null}
            </td>
          </tr>
        );
      })}
    </>
  );
}

function Select(props: { id: string; label: string; value: string | null; options: [string, string][] }) {
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.id}>
        {props.options.map(([value, label]) => (
          <option value={value} selected={(props.value ?? '') === value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The queue page: filters, "take next", the table (live when desk.js runs), paging. */
export function QueuePage(props: {
  staff: StaffMember;
  csrfToken: string;
  lang: DeskLanguage;
  filters: QueueFilters;
  rows: QueueRow[];
  hasMore: boolean;
  now: Date;
  missions: readonly { id: string; name: string }[];
  countries: string[];
  flash?: 'nothingToTake' | undefined;
}) {
  const { lang, filters } = props;
  const t = queueTexts[lang];
  const missionNames = new Map(props.missions.map((m) => [m.id, m.name]));
  const query = filtersQuery(filters);
  const filtered = filtersQuery({ ...filters, q: null }, 1) !== '';
  return (
    <Page
      title={t.title}
      lang={lang}
      staff={props.staff}
      csrfToken={props.csrfToken}
      section="queue"
      path={`/desk${query}`}
      script
      live={`/desk/api/events`}
    >
      {props.flash ? <Flash kind="warn">{t[props.flash]}</Flash> : null}
      <div class="card">
        <search>
          <form method="get" action="/desk" aria-label={t.filters}>
            <div class="filters">
              <div>
                <label for="q">{t.search}</label>
                <input id="q" name="q" type="search" value={filters.q ?? ''} maxlength={100} />
              </div>
              <div>
                <button type="submit">{t.apply}</button>
              </div>
            </div>
            {/* Closed unless a filter is in use: on a phone the queue itself comes first. */}
            <details class="more-filters" open={filtered || undefined}>
              <summary>{t.moreFilters}</summary>
              <div class="filters">
                <Select
                  id="status"
                  label={t.status}
                  value={filters.status}
                  options={[
                    ['active', t.active],
                    ...TICKET_STATUSES.map((s) => [s, wordFor(STATUS_WORDS, lang, s)] as [string, string]),
                  ]}
                />
                <Select
                  id="priority"
                  label={t.priority}
                  value={filters.priority}
                  options={[
                    ['', t.any],
                    ...PRIORITIES.map((p) => [p, wordFor(PRIORITY_WORDS, lang, p)] as [string, string]),
                  ]}
                />
                <Select
                  id="category"
                  label={t.category}
                  value={filters.category}
                  options={[
                    ['', t.any],
                    ...CATEGORIES.map((c) => [c, wordFor(CATEGORY_WORDS, lang, c)] as [string, string]),
                  ]}
                />
                <Select
                  id="country"
                  label={t.country}
                  value={filters.country}
                  options={[
                    ['', t.any],
                    ...props.countries
                      .map((c) => [c, countryName(c, lang)] as [string, string])
                      .sort((a, b) => a[1].localeCompare(b[1], lang)),
                  ]}
                />
                {props.staff.missionId === null ? (
                  <Select
                    id="mission"
                    label={t.mission}
                    value={filters.mission}
                    options={[
                      ['', t.any],
                      ['central', t.central],
                      ...props.missions.map((m) => [m.id, m.name] as [string, string]),
                    ]}
                  />
                ) : null}
                <Select
                  id="assigned"
                  label={t.assigned}
                  value={filters.assigned}
                  options={[
                    ['', t.any],
                    ['me', t.me],
                    ['unassigned', t.unassigned],
                  ]}
                />
                <div>
                  <label>
                    <input type="checkbox" name="emergency" value="1" checked={filters.emergency} />{' '}
                    {t.emergency}
                  </label>
                </div>
                <div>
                  <button type="submit">{t.apply}</button> <a href="/desk">{t.clear}</a>
                </div>
              </div>
            </details>
          </form>
        </search>
      </div>
      <div class="form-row">
        <form method="post" action="/desk/take-next">
          <CsrfField token={props.csrfToken} />
          <button type="submit">{t.takeNext}</button>
        </form>
        <span id="live-status" class="muted" aria-live="polite">
          {''}
        </span>
      </div>
      <table class="queue" aria-describedby="live-status">
        <thead>
          <tr>
            <th scope="col">{t.colRef}</th>
            <th scope="col">{t.colPriority}</th>
            <th scope="col">{t.colCategory}</th>
            <th scope="col">{t.colWhere}</th>
            <th scope="col">{t.colReporter}</th>
            <th scope="col">{t.colLanguage}</th>
            <th scope="col">{t.colAge}</th>
            <th scope="col">{t.colSla}</th>
            <th scope="col">{t.colAssignee}</th>
            <th scope="col">{t.colUnread}</th>
          </tr>
        </thead>
        <tbody id="queue-rows" data-refresh={`/desk/api/queue${query}`}>
          <QueueRows rows={props.rows} lang={lang} now={props.now} missionNames={missionNames} />
        </tbody>
      </table>
      <nav class="pager" aria-label={t.page}>
        {filters.page > 1 ? (
          <a href={`/desk${filtersQuery(filters, filters.page - 1)}`}>{t.previous}</a>
        ) : null}
        <span>
          {t.page} {filters.page}
        </span>
        {props.hasMore ? <a href={`/desk${filtersQuery(filters, filters.page + 1)}`}>{t.next}</a> : null}
      </nav>
    </Page>
  );
}
