import type { Child } from 'hono/jsx';
import { STATUS_TRANSITIONS } from '../../casework/ticket-actions.ts';
import type { Ticket } from '../../db/schema.ts';
import type { Content, Json, Result } from '../../engine/index.ts';
import { countryName } from '../../places/index.ts';
import type { PersonTimeZone } from '../../safe-contact/person-time-zone.ts';
import { type Delivery, localClock, safeTimeOf } from '../../safe-contact/safe-window.ts';
import type { StaffMember } from '../../staff/staff-roles.ts';
import { PRIORITIES, type TriageResult } from '../../triage/index.ts';
import {
  CATEGORY_WORDS,
  FLAG_WORDS,
  INDICATOR_WORDS,
  PRIORITY_WORDS,
  REPORTER_WORDS,
  SAFE_TIME_WORDS,
  STATUS_WORDS,
  wordFor,
} from '../case-vocabulary.ts';
import type { DeskLanguage } from '../desk-texts.ts';
import { EvidenceInMessage, EvidenceSummary } from '../evidence/evidence-view.tsx';
import type { EvidenceOnTicket } from '../evidence/ticket-evidence.ts';
import { formatDateTime, formatDue } from '../format-time.ts';
import { CsrfField, Flash, Page } from '../layout.tsx';
import { can } from '../permissions.ts';
import type { HeldReply, RelatedTicket, TimelineEntry, TranscriptLine } from './ticket-store.ts';
import { eventTexts, ticketTexts } from './ticket-texts.ts';

/** Everything the ticket page shows. */
export interface TicketPageData {
  ticket: Ticket;
  channel: string;
  assigneeName: string | null;
  missionName: string | null;
  mergedIntoRef: string | null;
  transcript: TranscriptLine[];
  /** The files people sent, of this ticket and those merged into it. */
  evidence: EvidenceOnTicket[];
  timeline: TimelineEntry[];
  held: HeldReply[];
  related: RelatedTicket[];
  assignable: { id: string; name: string }[];
  canned: { id: string; language: string; title: string; body: string }[];
  zone: PersonTimeZone | null;
  delivery: Delivery;
  /** A canned reply chosen without script (?canned=id), to prefill the reply box. */
  replyDraft: string;
  flash: string | null;
}

type T = (typeof ticketTexts)['id'];

/** An answer as the person would recognise it: choice labels in the staff member's language. */
function displayAnswer(name: string, value: Json, content: Content, lang: DeskLanguage, t: T): string {
  if (value === true) return t.yes;
  if (value === false) return t.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    for (const flow of Object.values(content.flows)) {
      const option = flow.nodes
        .find((n) => n.wait?.result === name)
        ?.wait?.options?.find((o) => o.value === value);
      if (option) return content.texts[lang][option.label] ?? content.texts.id[option.label] ?? value;
    }
    return value;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const field of ['text', 'e164', 'city', 'country'] as const) {
      if (typeof value[field] === 'string') return value[field] as string;
    }
  }
  return JSON.stringify(value);
}

function Missing({ result, t }: { result: Result | undefined; t: T }) {
  return <span class="missing">{result?.skipped ? t.skipped : result ? t.notAnswered : t.notAsked}</span>;
}

/** One fact from the person's answers: the answer, or why it is missing. */
function Answer(props: {
  name: string;
  results: Record<string, Result>;
  content: Content;
  lang: DeskLanguage;
  t: T;
}) {
  const result = props.results[props.name];
  if (!result || result.skipped || result.value === null) {
    // An answer the flow could not read is still shown as they wrote it.
    if (result?.input) return <span>{result.input}</span>;
    return <Missing result={result} t={props.t} />;
  }
  return <span>{displayAnswer(props.name, result.value, props.content, props.lang, props.t)}</span>;
}

function Fact({ label, children }: { label: string; children?: Child }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Value({ value, t }: { value: string | number | boolean | null | undefined; t: T }) {
  if (value === null || value === undefined || value === '')
    return <span class="missing">{t.notAnswered}</span>;
  if (typeof value === 'boolean') return <>{value ? t.yes : t.no}</>;
  return <>{String(value)}</>;
}

function reasonsFor(triage: TriageResult | null, conclusion: string): string {
  return (triage?.reasons ?? [])
    .filter((r) => r.conclusion === conclusion)
    .map((r) => (r.source === 'text' ? `“${r.evidence}”` : `${r.source}: ${r.evidence}`))
    .join('; ');
}

function pinOf(ticket: Ticket): { latitude: number; longitude: number } | null {
  const location = ticket.location as Record<string, unknown> | null;
  return location && typeof location.latitude === 'number' && typeof location.longitude === 'number'
    ? { latitude: location.latitude, longitude: location.longitude }
    : null;
}

function deliveryText(
  delivery: Delivery,
  ticket: Ticket,
  zone: PersonTimeZone | null,
  lang: DeskLanguage,
  now: Date,
  t: T,
): string {
  if (delivery.type === 'when_they_write') return t.windowWhenTheyWrite;
  if (delivery.type === 'at') return t.windowClosed(whenText(delivery.at, zone, lang, now));
  return safeTimeOf(ticket.safe_time) === null ? t.windowUnknown : t.windowOpen;
}

/** "18.00 their time (in 3 hours)". */
function whenText(at: Date, zone: PersonTimeZone | null, lang: DeskLanguage, now: Date): string {
  const local = zone ? localClock(at, zone.timeZone) : null;
  const clock = local
    ? `${String(local.hour).padStart(2, '0')}.${String(local.minute).padStart(2, '0')}`
    : '';
  const span = formatDue(at, now, lang);
  return lang === 'en' ? `at ${clock} their time (${span})` : `jam ${clock} waktu setempat (${span})`;
}

/** The transcript (also the live fragment). */
export function Transcript(props: {
  lines: TranscriptLine[];
  evidence: EvidenceOnTicket[];
  ticketRef: string;
  lang: DeskLanguage;
}) {
  const t = ticketTexts[props.lang];
  const filesOf = new Map<string, EvidenceOnTicket[]>();
  for (const entry of props.evidence) {
    if (entry.item.messageId === null) continue;
    filesOf.set(entry.item.messageId, [...(filesOf.get(entry.item.messageId) ?? []), entry]);
  }
  if (props.lines.length === 0) return <li class="muted">{t.noMessages}</li>;
  return (
    <>
      {props.lines.map((line) => {
        const who =
          line.direction === 'in' ? t.person : line.staffName ? `${t.staff}: ${line.staffName}` : t.bot;
        const extras: string[] = [];
        if (line.payload.location) extras.push(`[${t.location}]`);
        const files = filesOf.get(line.id) ?? [];
        const attachments = line.payload.attachments;
        // Messages from before files were kept have only the count.
        if (files.length === 0 && Array.isArray(attachments) && attachments.length > 0)
          extras.push(`[${t.attachment} ×${attachments.length}]`);
        return (
          <li class={`${line.direction}${line.staffName ? ' staff' : ''}`} data-id={line.id}>
            <span class="meta">
              {who} · {formatDateTime(line.createdAt, props.lang)}
              {line.direction === 'out' && line.delivery ? (
                <>
                  {' · '}
                  <span class={line.delivery === 'failed' ? 'overdue' : undefined}>
                    {t[line.delivery]}
                    {line.delivery === 'failed' && line.deliveryError ? ` (${line.deliveryError})` : ''}
                  </span>
                </>
              ) : null}
            </span>
            {[line.body ?? '', ...extras].filter(Boolean).join(' ')}
            {files.length > 0 ? (
              <EvidenceInMessage entries={files} ticketRef={props.ticketRef} lang={props.lang} />
            ) : null}
          </li>
        );
      })}
    </>
  );
}

/** The timeline and the internal notes (also the live fragment). */
export function Timeline(props: { entries: TimelineEntry[]; lang: DeskLanguage }) {
  const t = ticketTexts[props.lang];
  const e = eventTexts[props.lang];
  return (
    <>
      {props.entries.map((entry) => {
        const who =
          entry.actorName ??
          (entry.actor === 'system' ? e.system : entry.actor === 'contact' ? e.contact : entry.actor);
        const name = (e as Record<string, string>)[entry.type] ?? entry.type;
        const data = entry.data;
        const detail: string[] = [];
        if (typeof data.from === 'string' && typeof data.to === 'string')
          detail.push(`${data.from} → ${data.to}`);
        if (typeof data.reason === 'string') detail.push(`${t.reason}: ${data.reason}`);
        if (typeof data.override === 'string') detail.push(`${t.reason}: ${data.override}`);
        if (typeof data.ref === 'string') detail.push(data.ref);
        if (typeof data.partner === 'string') detail.push(data.partner);
        if (typeof data.note === 'string') detail.push(data.note);
        if (typeof data.until === 'string')
          detail.push(
            data.until === 'when_they_write'
              ? t.heldWhenTheyWrite
              : formatDateTime(new Date(data.until), props.lang),
          );
        return (
          <li data-id={entry.id}>
            <span class="muted">{formatDateTime(entry.createdAt, props.lang)}</span> · <strong>{name}</strong>{' '}
            · {who}
            {detail.length > 0 ? <> · {detail.join(' · ')}</> : null}
            {entry.type === 'note_added' && typeof data.text === 'string' ? (
              <div class="note">{data.text}</div>
            ) : null}
            {entry.type === 'info_added' && typeof data.text === 'string' ? (
              <div class="note">{data.text}</div>
            ) : null}
          </li>
        );
      })}
    </>
  );
}

/** The ticket page: facts grouped as a caseworker reads them, the conversation, the timeline, and actions. */
export function TicketPage(props: {
  data: TicketPageData;
  staff: StaffMember;
  csrfToken: string;
  lang: DeskLanguage;
  now: Date;
  content: Content;
}) {
  const { data, staff, lang, now } = props;
  const { ticket } = data;
  const t = ticketTexts[lang];
  const results = (ticket.answers ?? {}) as Record<string, Result>;
  const triage = ticket.triage as TriageResult | null;
  const scope = { missionId: ticket.mission_id, status: ticket.status, mergedInto: ticket.merged_into };
  const allowed = (action: Parameters<typeof can>[1]) => can(staff, action, scope) === 'allowed';
  const answer = (name: string) => (
    <Answer name={name} results={results} content={props.content} lang={lang} t={t} />
  );
  const pin = pinOf(ticket);
  const base = `/desk/tickets/${ticket.ref}`;
  const csrf = <CsrfField token={props.csrfToken} />;
  const safeTime = safeTimeOf(ticket.safe_time);
  const local = data.zone ? localClock(now, data.zone.timeZone) : null;
  const notes = data.timeline.filter((e) => e.type === 'note_added');
  const indicators = (ticket.indicators ?? []) as string[];
  const flags = (ticket.flags ?? []) as string[];

  return (
    <Page
      title={`${ticket.ref}`}
      lang={lang}
      staff={staff}
      csrfToken={props.csrfToken}
      section="queue"
      path={base}
      script
      live="/desk/api/events"
    >
      {data.flash ? <Flash kind="ok">{data.flash}</Flash> : null}
      {ticket.emergency ? <Flash kind="error">{t.emergency}</Flash> : null}
      {data.mergedIntoRef ? (
        <Flash kind="warn">
          {t.mergedInto} <a href={`/desk/tickets/${data.mergedIntoRef}`}>{data.mergedIntoRef}</a>
        </Flash>
      ) : null}
      <div class="card" id="summary">
        <p>
          <span class={`prio ${ticket.priority}`}>{ticket.priority}</span>{' '}
          <strong>{wordFor(PRIORITY_WORDS, lang, ticket.priority)}</strong> ·{' '}
          <span class="status">{wordFor(STATUS_WORDS, lang, ticket.status)}</span> ·{' '}
          {wordFor(CATEGORY_WORDS, lang, ticket.category)} · {ticket.complete ? t.complete : t.incomplete}
        </p>
        <p>
          <strong>{t.reason}:</strong> {ticket.priority_reason}
        </p>
        <p>
          <strong>{t.due}:</strong>{' '}
          {ticket.first_response_at ? (
            <span class="muted">{t.responded}</span>
          ) : (
            <span
              data-due={ticket.sla_due_at.toISOString()}
              class={ticket.sla_due_at < now ? 'overdue' : undefined}
            >
              {formatDue(ticket.sla_due_at, now, lang)}
            </span>
          )}{' '}
          · <strong>{t.assignee}:</strong> {data.assigneeName ?? <span class="muted">{t.nobody}</span>} ·{' '}
          <strong>{t.created}:</strong> {formatDateTime(ticket.created_at, lang)}
        </p>
        <div
          class="evidence-summary-region"
          data-refresh={`/desk/api/tickets/${ticket.ref}/evidence-summary`}
          data-ticket={ticket.id}
          aria-live="polite"
        >
          <EvidenceSummary entries={data.evidence} lang={lang} />
        </div>
      </div>

      <div class="ticket-grid">
        <div>
          <section class="card" aria-labelledby="h-subject">
            <h2 id="h-subject">{t.subject}</h2>
            <dl class="facts">
              <Fact label={t.name}>{answer('subject_name')}</Fact>
              <Fact label={t.age}>{answer('subject_age')}</Fact>
              <Fact label={t.gender}>{answer('subject_gender')}</Fact>
              <Fact label={t.minor}>
                <Value value={ticket.minor} t={t} />
              </Fact>
              <Fact label={t.reporterType}>{wordFor(REPORTER_WORDS, lang, ticket.reporter)}</Fact>
              {ticket.reporter !== 'self' ? (
                <Fact label={t.reporterName}>{answer('reporter_name')}</Fact>
              ) : null}
            </dl>
          </section>

          <section class="card" aria-labelledby="h-where">
            <h2 id="h-where">{t.whereNow}</h2>
            <dl class="facts">
              <Fact label={t.country}>
                {ticket.country ? (
                  `${countryName(ticket.country, lang)} (${ticket.country})`
                ) : (
                  <Value value={null} t={t} />
                )}
              </Fact>
              <Fact label={t.place}>{answer('location')}</Fact>
              <Fact label={t.area}>{answer('area')}</Fact>
              <Fact label={t.pin}>
                {pin ? (
                  <>
                    {pin.latitude.toFixed(5)}, {pin.longitude.toFixed(5)} ·{' '}
                    <a
                      href={`https://www.openstreetmap.org/?mlat=${pin.latitude}&mlon=${pin.longitude}#map=15/${pin.latitude}/${pin.longitude}`}
                      rel="noopener noreferrer"
                      target="_blank"
                    >
                      {t.openMap}
                    </a>
                  </>
                ) : (
                  <Value value={null} t={t} />
                )}
              </Fact>
              <Fact label={t.mission}>{data.missionName ?? <span class="muted">{t.centralDesk}</span>}</Fact>
            </dl>
          </section>

          <section class="card" aria-labelledby="h-safe">
            <h2 id="h-safe">{t.safeContact}</h2>
            <dl class="facts">
              <Fact label={t.channel}>{data.channel}</Fact>
              <Fact label={t.phone}>
                <Value value={ticket.contact_phone} t={t} />
              </Fact>
              <Fact label={t.safeTime}>
                {safeTime ? wordFor(SAFE_TIME_WORDS, lang, safeTime) : answer('safe_time')}
              </Fact>
              <Fact label={t.localTime}>
                {local && data.zone ? (
                  <>
                    <strong>
                      {String(local.hour).padStart(2, '0')}.{String(local.minute).padStart(2, '0')}
                    </strong>{' '}
                    ({data.zone.timeZone})
                    {data.zone.approximate ? <span class="muted"> — {t.approximate}</span> : null}
                  </>
                ) : (
                  <span class="missing">{t.unknownZone}</span>
                )}
              </Fact>
              <Fact label={t.callsSafe}>{answer('calls_safe')}</Fact>
              <Fact label={t.safeNow}>{answer('safe_now')}</Fact>
            </dl>
          </section>

          <section class="card" aria-labelledby="h-what">
            <h2 id="h-what">{t.whatHappened}</h2>
            <dl class="facts">
              <Fact label={t.dangerNow}>{answer('danger_now')}</Fact>
              <Fact label={t.narrative}>
                {ticket.narrative ? (
                  <div class="note">{ticket.narrative}</div>
                ) : (
                  <Missing result={results.narrative} t={t} />
                )}
              </Fact>
              <Fact label={t.employer}>{answer('employer')}</Fact>
              <Fact label={t.departure}>{answer('departure')}</Fact>
              <Fact label={t.route}>{answer('departure_route')}</Fact>
              <Fact label={t.passportHeld}>{answer('passport_held')}</Fact>
              <Fact label={t.wagesUnpaid}>{answer('wages_unpaid')}</Fact>
              <Fact label={t.freeToLeave}>{answer('free_to_leave')}</Fact>
              <Fact label={t.threats}>{answer('threats_violence')}</Fact>
              <Fact label={t.debt}>{answer('debt')}</Fact>
              {results.corrections ? <Fact label={t.corrections}>{answer('corrections')}</Fact> : null}
            </dl>
          </section>

          <section class="card" aria-labelledby="h-triage">
            <h2 id="h-triage">{t.triage}</h2>
            <dl class="facts">
              <Fact label={t.priority}>
                {ticket.priority} — {ticket.priority_reason}
              </Fact>
              <Fact label={t.category}>
                {wordFor(CATEGORY_WORDS, lang, ticket.category)}
                {ticket.category && reasonsFor(triage, `category:${ticket.category}`) ? (
                  <span class="reason">{reasonsFor(triage, `category:${ticket.category}`)}</span>
                ) : null}
              </Fact>
              <Fact label={t.indicators}>
                {indicators.length === 0 ? (
                  <span class="muted">{t.none}</span>
                ) : (
                  <ul>
                    {indicators.map((i) => (
                      <li>
                        {wordFor(INDICATOR_WORDS, lang, i)}
                        {reasonsFor(triage, `indicator:${i}`) ? (
                          <span class="reason">{reasonsFor(triage, `indicator:${i}`)}</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                )}
              </Fact>
              <Fact label={t.flags}>
                {flags.length === 0 ? (
                  <span class="muted">{t.none}</span>
                ) : (
                  <ul>
                    {flags.map((f) => (
                      <li>
                        <strong>{wordFor(FLAG_WORDS, lang, f)}</strong>
                        {reasonsFor(triage, `flag:${f}`) ? (
                          <span class="reason">{reasonsFor(triage, `flag:${f}`)}</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                )}
              </Fact>
            </dl>
          </section>

          <section class="card" aria-labelledby="h-consent">
            <h2 id="h-consent">{t.consent}</h2>
            <dl class="facts">
              <Fact label={t.consentShare}>{answer('consent_share')}</Fact>
              <Fact label={t.conversationLanguage}>{ticket.language}</Fact>
              <Fact label={t.writtenLanguage}>
                <Value value={ticket.written_language} t={t} />
              </Fact>
            </dl>
            <p>
              <a href={`${base}/referral`}>{t.consentAndReferrals}</a>
            </p>
          </section>

          <section class="card" aria-labelledby="h-transcript">
            <h2 id="h-transcript">{t.transcript}</h2>
            {/* Focusable, so a keyboard can scroll the conversation. */}
            <ol
              class="transcript"
              data-refresh={`/desk/api/tickets/${ticket.ref}/transcript`}
              data-ticket={ticket.id}
              aria-live="polite"
              aria-labelledby="h-transcript"
              tabindex={0}
            >
              <Transcript
                lines={data.transcript}
                evidence={data.evidence}
                ticketRef={ticket.ref}
                lang={lang}
              />
            </ol>
          </section>

          <section class="card" aria-labelledby="h-timeline">
            <h2 id="h-timeline">{t.timeline}</h2>
            <ol
              class="timeline"
              data-refresh={`/desk/api/tickets/${ticket.ref}/timeline`}
              data-ticket={ticket.id}
            >
              <Timeline entries={data.timeline} lang={lang} />
            </ol>
          </section>
        </div>

        <div>
          <section class="card" aria-labelledby="h-reply" id="reply">
            <h2 id="h-reply">{t.reply}</h2>
            {allowed('ticket.reply') ? (
              <>
                <p class={data.delivery.type === 'now' ? 'hint' : 'flash warn'}>
                  {deliveryText(data.delivery, ticket, data.zone, lang, now, t)}
                </p>
                {data.canned.length > 0 ? (
                  <form method="get" action={`${base}#reply`} class="form-row">
                    <div>
                      <label for="canned">{t.canned}</label>
                      <select id="canned" name="canned" data-canned-target="reply-text">
                        {data.canned.map((c) => (
                          <option value={c.id} data-body={c.body}>
                            {`${c.language.toUpperCase()} · ${c.title}`}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div>
                      <button type="submit" class="secondary">
                        {t.useCanned}
                      </button>
                    </div>
                  </form>
                ) : null}
                <form method="post" action={`${base}/reply`}>
                  {csrf}
                  <label for="reply-text">{t.reply}</label>
                  <textarea
                    id="reply-text"
                    name="text"
                    required
                    maxlength={4096}
                    aria-describedby="reply-hint"
                  >
                    {data.replyDraft}
                  </textarea>
                  <p class="hint" id="reply-hint">
                    {t.replyHint}
                  </p>
                  {data.delivery.type !== 'now' && allowed('ticket.reply_outside_window') ? (
                    <>
                      <label for="override">{t.overrideLabel}</label>
                      <input id="override" name="override" type="text" maxlength={4000} />
                    </>
                  ) : null}
                  <p>
                    <button type="submit">{t.send}</button>
                  </p>
                </form>
              </>
            ) : (
              <p class="muted">{t.closedNoReply}</p>
            )}
            {data.held.length > 0 ? (
              <>
                <h3>{t.held}</h3>
                {data.held.map((h) => (
                  <div class="held" data-id={h.id}>
                    <p>{h.body}</p>
                    <p class="muted">
                      {h.staffName} ·{' '}
                      {h.releaseAt
                        ? t.heldUntil(whenText(h.releaseAt, data.zone, lang, now))
                        : t.heldWhenTheyWrite}
                    </p>
                    {allowed('ticket.reply') ? (
                      <div class="form-row">
                        <form method="post" action={`${base}/held/${h.id}/cancel`}>
                          {csrf}
                          <button type="submit" class="secondary">
                            {t.cancelHeld}
                          </button>
                        </form>
                        <form method="post" action={`${base}/held/${h.id}/send`} class="form-row">
                          {csrf}
                          <div>
                            <label for={`held-reason-${h.id}`}>{t.reasonRequired}</label>
                            <input
                              id={`held-reason-${h.id}`}
                              name="reason"
                              type="text"
                              required
                              maxlength={4000}
                            />
                          </div>
                          <div>
                            <button type="submit" class="danger">
                              {t.sendHeldNow}
                            </button>
                          </div>
                        </form>
                      </div>
                    ) : null}
                  </div>
                ))}
              </>
            ) : null}
          </section>

          <section class="card" aria-labelledby="h-actions">
            <h2 id="h-actions">{t.actions}</h2>
            {allowed('ticket.take') && ticket.assignee_id !== staff.id && ticket.assignee_id === null ? (
              <form method="post" action={`${base}/take`}>
                {csrf}
                <button type="submit">{t.take}</button>
              </form>
            ) : null}
            {allowed('ticket.assign') ? (
              <details class="action">
                <summary>{t.assign}</summary>
                <form method="post" action={`${base}/assign`}>
                  {csrf}
                  <label for="assignee">{t.assign}</label>
                  <select id="assignee" name="assignee">
                    <option value="">{t.unassign}</option>
                    {data.assignable.map((s) => (
                      <option value={s.id} selected={s.id === ticket.assignee_id}>
                        {s.name}
                      </option>
                    ))}
                  </select>
                  <label for="assign-reason">{t.reasonOptional}</label>
                  <input id="assign-reason" name="reason" type="text" maxlength={4000} />
                  <p>
                    <button type="submit">{t.save}</button>
                  </p>
                </form>
              </details>
            ) : null}
            {allowed('ticket.status') ? (
              <details class="action" open={ticket.status !== 'closed' ? undefined : true}>
                <summary>{t.changeStatus}</summary>
                <form method="post" action={`${base}/status`}>
                  {csrf}
                  <label for="status-to">{t.to}</label>
                  <select id="status-to" name="to">
                    {STATUS_TRANSITIONS[ticket.status].map((s) => (
                      <option value={s}>{wordFor(STATUS_WORDS, lang, s)}</option>
                    ))}
                  </select>
                  <label for="status-reason">{t.reasonOptional}</label>
                  <input id="status-reason" name="reason" type="text" maxlength={4000} />
                  <p>
                    <button type="submit">{t.save}</button>
                  </p>
                </form>
              </details>
            ) : null}
            {allowed('ticket.priority') ? (
              <details class="action">
                <summary>{t.changePriority}</summary>
                <form method="post" action={`${base}/priority`}>
                  {csrf}
                  <label for="priority-to">{t.to}</label>
                  <select id="priority-to" name="to">
                    {PRIORITIES.filter((p) => p !== ticket.priority).map((p) => (
                      <option value={p}>{wordFor(PRIORITY_WORDS, lang, p)}</option>
                    ))}
                  </select>
                  <label for="priority-reason">{t.reasonRequired}</label>
                  <input id="priority-reason" name="reason" type="text" required maxlength={4000} />
                  <p>
                    <button type="submit">{t.save}</button>
                  </p>
                </form>
              </details>
            ) : null}
            {allowed('ticket.note') ? (
              <details class="action">
                <summary>{t.addNote}</summary>
                <form method="post" action={`${base}/note`}>
                  {csrf}
                  <label for="note-text">{t.addNote}</label>
                  <textarea
                    id="note-text"
                    name="text"
                    required
                    maxlength={4000}
                    aria-describedby="note-hint"
                  />
                  <p class="hint" id="note-hint">
                    {t.noteHint}
                  </p>
                  <p>
                    <button type="submit">{t.save}</button>
                  </p>
                </form>
              </details>
            ) : null}
          </section>

          <section class="card" aria-labelledby="h-notes">
            <h2 id="h-notes">{t.notes}</h2>
            {notes.length === 0 ? <p class="muted">{t.none}</p> : null}
            {notes.map((n) => (
              <div class="note">
                <span class="meta muted">
                  {n.actorName ?? n.actor} · {formatDateTime(n.createdAt, lang)}
                </span>
                <br />
                {String(n.data.text ?? '')}
              </div>
            ))}
          </section>

          <section class="card" aria-labelledby="h-related">
            <h2 id="h-related">{t.related}</h2>
            {data.related.length === 0 ? <p class="muted">{t.noRelated}</p> : null}
            <ul>
              {data.related.map((r) => (
                <li>
                  <a href={`/desk/tickets/${r.ref}`}>{r.ref}</a>{' '}
                  <span class={`prio ${r.priority}`}>{r.priority}</span>{' '}
                  <span class="status">{wordFor(STATUS_WORDS, lang, r.status)}</span> · {t[`kinds_${r.kind}`]}
                  {allowed('ticket.merge') &&
                  ['same_phone', 'same_contact', 'same_name', 'duplicate'].includes(r.kind) &&
                  r.status !== 'closed' ? (
                    <form method="post" action={`${base}/merge`} data-confirm={t.mergeConfirm}>
                      {csrf}
                      <input type="hidden" name="ref" value={r.ref} />
                      <button type="submit" class="secondary">
                        {t.mergeThis}
                      </button>
                    </form>
                  ) : null}
                </li>
              ))}
            </ul>
            {allowed('ticket.link') ? (
              <details class="action">
                <summary>{t.link}</summary>
                <form method="post" action={`${base}/link`}>
                  {csrf}
                  <label for="link-ref">{t.otherRef}</label>
                  <input
                    id="link-ref"
                    name="ref"
                    type="text"
                    required
                    maxlength={20}
                    placeholder="SUAR-XXXX-XXXX"
                  />
                  <label for="link-kind">{t.link}</label>
                  <select id="link-kind" name="kind">
                    <option value="related">{t.linkRelated}</option>
                    <option value="duplicate">{t.linkDuplicate}</option>
                  </select>
                  <p>
                    <button type="submit">{t.save}</button>
                  </p>
                </form>
              </details>
            ) : null}
            {allowed('ticket.merge') ? (
              <details class="action">
                <summary>{t.merge}</summary>
                <form method="post" action={`${base}/merge`} data-confirm={t.mergeConfirm}>
                  {csrf}
                  <p class="hint">{t.mergeHint}</p>
                  <label for="merge-ref">{t.otherRef}</label>
                  <input
                    id="merge-ref"
                    name="ref"
                    type="text"
                    required
                    maxlength={20}
                    placeholder="SUAR-XXXX-XXXX"
                  />
                  <p>
                    <button type="submit" class="danger">
                      {t.mergeThis}
                    </button>
                  </p>
                </form>
              </details>
            ) : null}
          </section>
        </div>
      </div>
    </Page>
  );
}
