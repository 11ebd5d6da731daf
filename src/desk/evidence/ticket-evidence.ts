import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB, Ticket } from '../../db/schema.ts';
import {
  type DerivativeStore,
  loadDerivative,
  type PhotoLocation,
  readMediaDuration,
  readPhotoLocation,
} from '../../evidence/derivatives/index.ts';
import { type EvidenceItem, listEvidenceForTicket, readEvidence } from '../../evidence/index.ts';
import { bareMime, type EvidenceShape, hasFacts, shapeOf } from './evidence-presentation.ts';

/** What the desk knows of a file beyond its row: read once from the file, cached encrypted. */
export interface EvidenceFacts {
  /** A photo's EXIF GPS position (a hint for staff). */
  location: PhotoLocation | null;
  /** A recording's length. */
  durationMs: number | null;
}

/** One file as a ticket page shows it. */
export interface EvidenceOnTicket {
  item: EvidenceItem;
  shape: EvidenceShape;
  /** Its place among the ticket's files, from 1 ("Foto 3"). */
  number: number;
  /** null: not stored, or its facts could not be read now (storage down). */
  facts: EvidenceFacts | null;
}

/** The tickets whose files a ticket shows: itself and those merged into it (their transcript is shown too). */
export async function ticketIdsWithMerged(db: Kysely<DB>, ticket: Pick<Ticket, 'id'>): Promise<string[]> {
  const merged = await db.selectFrom('tickets').select('id').where('merged_into', '=', ticket.id).execute();
  return [ticket.id, ...merged.map((m) => m.id)];
}

/** Every item of the ticket and of the tickets merged into it, oldest first. */
export async function listTicketEvidence(db: Kysely<DB>, ticketIds: string[]): Promise<EvidenceItem[]> {
  const lists = await Promise.all(ticketIds.map((id) => listEvidenceForTicket(db, id)));
  const seen = new Set<string>();
  return lists
    .flat()
    .filter((item) => !seen.has(item.id) && seen.add(item.id))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

// A page never waits longer than this for the files' facts (a slow bucket): it shows them without.
const FACTS_WAIT_MS = 3000;

/** The ticket's files with what is known of each, for the page and its live transcript (without a store: no facts). */
export async function loadTicketEvidence(
  db: Kysely<DB>,
  store: DerivativeStore | null,
  logger: Logger,
  ticketIds: string[],
): Promise<EvidenceOnTicket[]> {
  const items = await listTicketEvidence(db, ticketIds);
  return Promise.all(
    items.map(async (item, index) => {
      const shape = shapeOf(item);
      const facts =
        store && item.status === 'stored' && hasFacts(item)
          ? await withinTime(factsOf(db, store, item), FACTS_WAIT_MS).catch((error: Error) => {
              // The id and the error's name only: never the file, its name or what it says.
              logger.warn({ event: 'evidence_facts_unavailable', item: item.id, err: error.name });
              return null;
            })
          : null;
      return { item, shape, number: index + 1, facts };
    }),
  );
}

/** The facts of a stored file: from the cache, or read from the original once. */
export async function factsOf(
  db: Kysely<DB>,
  store: DerivativeStore,
  item: EvidenceItem,
): Promise<EvidenceFacts> {
  const mime = bareMime(item.detectedMime);
  const image = mime.startsWith('image/');
  // A length the fetch already measured needs no reading of the file.
  if (!image && item.durationMs !== null) return { location: null, durationMs: item.durationMs };
  const bytes = await loadDerivative(store, item.id, 'facts', async () => {
    const { bytes: original } = await readEvidence(db, store.storage, store.keys, item.id);
    const facts: EvidenceFacts = {
      location: image ? await readPhotoLocation(original) : null,
      durationMs: image ? null : await readMediaDuration(original, mime),
    };
    return Buffer.from(JSON.stringify(facts));
  });
  return JSON.parse(bytes.toString('utf8')) as EvidenceFacts;
}

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timed out'), { name: 'TimeoutError' })), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
