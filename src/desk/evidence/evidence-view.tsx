import type { EvidenceStatus, Ticket } from '../../db/schema.ts';
import { countryName } from '../../places/index.ts';
import type { StaffMember } from '../../staff/staff-roles.ts';
import type { DeskLanguage } from '../desk-texts.ts';
import { formatDateTime } from '../format-time.ts';
import { Page } from '../layout.tsx';
import type { EvidenceShape } from './evidence-presentation.ts';
import { evidenceTexts } from './evidence-texts.ts';
import type { EvidenceOnTicket } from './ticket-evidence.ts';

type T = (typeof evidenceTexts)['id'];

/** The word for a file's shape: "Foto", "Pesan suara"… */
export function shapeWord(shape: EvidenceShape, t: T): string {
  return t[shape];
}

/** A file's path on the desk: its viewer, or one of its byte routes. */
function fileUrl(
  ref: string,
  id: string,
  part?: 'thumbnail' | 'display' | 'stream' | 'copy' | 'original',
): string {
  return `/desk/tickets/${ref}/evidence/${id}${part ? `/${part}` : ''}`;
}

/** "1,2 MB", "340 KB". */
function formatSize(bytes: number | null, lang: DeskLanguage): string {
  if (bytes === null) return '';
  const format = (n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);
  return bytes >= 1024 * 1024
    ? `${format(bytes / 1024 / 1024)} MB`
    : `${format(Math.max(1, bytes / 1024))} KB`;
}

/** "1:05". */
function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Why a file is not there, in plain words. */
function statusWords(status: EvidenceStatus, t: T): string {
  switch (status) {
    case 'pending':
    case 'fetching':
      return t.waiting;
    case 'too_large':
      return t.tooLarge;
    case 'refused_type':
      return t.refusedType;
    case 'failed':
      return t.failed;
    case 'deleted':
      return t.deleted;
    default:
      return '';
  }
}

/** The photo's location hint: country, coordinates, a map link, and that it is only a hint. */
function LocationHint(props: { entry: EvidenceOnTicket; lang: DeskLanguage }) {
  const location = props.entry.facts?.location;
  if (!location) return null;
  const t = evidenceTexts[props.lang];
  const { latitude, longitude } = location;
  return (
    <p class="location-hint">
      <strong>{t.locationHint}:</strong>{' '}
      {location.country ? `${countryName(location.country, props.lang)} · ` : `${t.atSea} · `}
      {latitude.toFixed(5)}, {longitude.toFixed(5)} ·{' '}
      <a
        href={`https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=15/${latitude}/${longitude}`}
        rel="noopener noreferrer"
        target="_blank"
      >
        {t.openMap}
      </a>
      <span class="muted"> {t.locationNote}</span>
    </p>
  );
}

/** The player of a voice note: the original where the browser plays Ogg/Opus, else the WAV copy. */
function Player(props: { entry: EvidenceOnTicket; ticketRef: string; lang: DeskLanguage }) {
  const { item, shape, number } = props.entry;
  const t = evidenceTexts[props.lang];
  const label = `${shapeWord(shape, t)} ${number}`;
  // preload="none": nothing is fetched (nor recorded as a view) until staff press play. No download from the
  // player's menu: a file leaves Suar through the viewer's buttons, which record it as a download.
  if (shape === 'voice')
    return (
      // biome-ignore lint/a11y/useMediaCaption: a person's own recording, kept as evidence: there are no captions to give
      <audio controls controlslist="nodownload" preload="none" aria-label={label}>
        <source src={fileUrl(props.ticketRef, item.id, 'stream')} type="audio/ogg" />
        <source src={fileUrl(props.ticketRef, item.id, 'display')} type="audio/wav" />
        {t.noAudioSupport}
      </audio>
    );
  // A recording or a video, played as it is by the browser's own player (no captions: a person's own
  // recording, kept as evidence, has none to give).
  const Media = shape === 'video' ? 'video' : 'audio';
  return (
    <Media
      controls
      controlslist="nodownload"
      preload="none"
      aria-label={label}
      src={fileUrl(props.ticketRef, item.id, 'stream')}
    >
      {t.noAudioSupport}
    </Media>
  );
}

/** The files that came with one message, as the transcript shows them. */
export function EvidenceInMessage(props: {
  entries: EvidenceOnTicket[];
  ticketRef: string;
  lang: DeskLanguage;
}) {
  const t = evidenceTexts[props.lang];
  const ref = props.ticketRef;
  return (
    <ul class="evidence">
      {props.entries.map((entry) => {
        const { item, shape, number, facts } = entry;
        const word = `${shapeWord(shape, t)} ${number}`;
        if (item.status !== 'stored')
          return (
            <li class={`evidence-missing ${item.status}`} data-evidence={item.id}>
              {word}: {statusWords(item.status, t)}
              {item.reason && item.status !== 'pending' && item.status !== 'fetching' ? (
                <span class="muted"> ({item.reason})</span>
              ) : null}
            </li>
          );
        return (
          <li data-evidence={item.id}>
            {shape === 'image' ? (
              <a href={fileUrl(ref, item.id)} class="thumb">
                <img src={fileUrl(ref, item.id, 'thumbnail')} alt={t.thumbnailOf(number)} loading="lazy" />
              </a>
            ) : null}
            {shape === 'voice' || shape === 'audio' || shape === 'video' ? (
              <Player entry={entry} ticketRef={ref} lang={props.lang} />
            ) : null}
            <span class="evidence-meta">
              <a href={fileUrl(ref, item.id)}>
                {word}
                {shape === 'image' ? '' : ` · ${t.open}`}
              </a>
              {facts?.durationMs ? ` · ${formatDuration(facts.durationMs)}` : ''}
              {item.size ? ` · ${formatSize(item.size, props.lang)}` : ''}
            </span>
            <LocationHint entry={entry} lang={props.lang} />
          </li>
        );
      })}
    </ul>
  );
}

/** The ticket header's line about files: how many still wait, how many failed and why. */
export function EvidenceSummary(props: { entries: EvidenceOnTicket[]; lang: DeskLanguage }) {
  const t = evidenceTexts[props.lang];
  const waiting = props.entries.filter((e) => e.item.status === 'pending' || e.item.status === 'fetching');
  const problems = props.entries.filter(
    (e) => e.item.status === 'too_large' || e.item.status === 'refused_type' || e.item.status === 'failed',
  );
  if (waiting.length === 0 && problems.length === 0) return null;
  return (
    <p class="evidence-summary">
      <strong>{t.files}:</strong> {waiting.length > 0 ? <span>{t.filesWaiting(waiting.length)}</span> : null}
      {waiting.length > 0 && problems.length > 0 ? ' · ' : null}
      {problems.length > 0 ? (
        <span class="overdue">
          {t.filesProblem(problems.length)} (
          {problems
            .map((e) => `${shapeWord(e.shape, t)} ${e.number}: ${statusWords(e.item.status, t)}`)
            .join('; ')}
          )
        </span>
      ) : null}
    </p>
  );
}

/** One file on its own page: the picture, player or document, what is known of it, and its downloads. */
export function EvidenceViewerPage(props: {
  ticket: Ticket;
  entry: EvidenceOnTicket;
  staff: StaffMember;
  csrfToken: string;
  lang: DeskLanguage;
}) {
  const { ticket, entry, lang } = props;
  const { item, shape, facts, number } = entry;
  const t = evidenceTexts[lang];
  const ref = ticket.ref;
  const word = `${shapeWord(shape, t)} ${number}`;
  const stored = item.status === 'stored';
  return (
    <Page
      title={`${word} · ${ref}`}
      lang={lang}
      staff={props.staff}
      csrfToken={props.csrfToken}
      section="queue"
      path={fileUrl(ref, item.id)}
    >
      <p>
        <a href={`/desk/tickets/${ref}`}>← {t.backToTicket}</a>
      </p>
      <div class="card evidence-viewer">
        {!stored ? (
          <p>
            {statusWords(item.status, t)}
            {item.reason ? <span class="muted"> ({item.reason})</span> : null}
          </p>
        ) : shape === 'image' ? (
          <img src={fileUrl(ref, item.id, 'display')} alt={t.photoCopyAlt} class="evidence-image" />
        ) : shape === 'pdf' ? (
          <>
            <iframe src={fileUrl(ref, item.id, 'stream')} title={t.pdfFrameTitle} class="evidence-pdf" />
            <p>
              <a href={fileUrl(ref, item.id, 'stream')} target="_blank" rel="noopener noreferrer">
                {t.openNewTab}
              </a>
            </p>
          </>
        ) : shape === 'file' ? (
          <p>{t.noPreview}</p>
        ) : (
          <Player entry={entry} ticketRef={ref} lang={lang} />
        )}
        <LocationHint entry={entry} lang={lang} />
        <dl class="facts">
          <dt>{t.receivedAt}</dt>
          <dd>{formatDateTime(item.createdAt, lang)}</dd>
          {item.size ? (
            <>
              <dt>{t.size}</dt>
              <dd>{formatSize(item.size, lang)}</dd>
            </>
          ) : null}
          {facts?.durationMs ? (
            <>
              <dt>{t.duration}</dt>
              <dd>{formatDuration(facts.durationMs)}</dd>
            </>
          ) : null}
          {item.declaredName ? (
            <>
              <dt>{t.name}</dt>
              <dd>{item.declaredName}</dd>
            </>
          ) : null}
          {item.sha256 ? (
            <>
              <dt>{t.sha256}</dt>
              <dd>
                <code>{item.sha256}</code>
              </dd>
            </>
          ) : null}
        </dl>
        {stored ? (
          <div class="evidence-downloads">
            {shape === 'image' || shape === 'voice' ? (
              <p>
                <a class="button" href={fileUrl(ref, item.id, 'copy')} download>
                  {shape === 'image' ? t.downloadCopy : t.downloadWav}
                </a>
              </p>
            ) : null}
            <p>
              <a class="button" href={fileUrl(ref, item.id, 'original')} download>
                {t.downloadOriginal}
              </a>{' '}
              <span class="muted">{t.downloadOriginalNote}</span>
            </p>
          </div>
        ) : null}
      </div>
    </Page>
  );
}
