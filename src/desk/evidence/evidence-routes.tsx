import { type Context, Hono } from 'hono';
import { sql } from 'kysely';
import { type AuditEntry, recordAudit } from '../../audit/audit-log.ts';
import { recordProcessing } from '../../audit/processing-log.ts';
import type { Ticket } from '../../db/schema.ts';
import {
  convertVoiceNoteToWav,
  DerivativeError,
  type DerivativeStore,
  type DerivativeVariant,
  loadDerivative,
  makeDisplayImage,
  makeThumbnail,
} from '../../evidence/derivatives/index.ts';
import {
  EvidenceIntegrityError,
  type EvidenceItem,
  EvidenceNotFoundError,
  EvidenceStorageError,
  EvidenceUnavailableError,
  readEvidence,
} from '../../evidence/index.ts';
import { HttpProblem } from '../../http/http-problem.ts';
import type { DeskContext, DeskEnv } from '../desk-context.ts';
import { authorize, refOf } from '../ticket/ticket-routes.tsx';
import {
  type EvidenceShape,
  hasDisplayCopy,
  hasFacts,
  shapeOf,
  streamsAsIs,
  streamType,
} from './evidence-presentation.ts';
import { EvidenceViewerPage } from './evidence-view.tsx';
import { factsOf, listTicketEvidence, ticketIdsWithMerged } from './ticket-evidence.ts';

// The routes that show or give out a person's files. Each answers only to staff who may view the ticket
// (404 outside their mission, as the ticket page; partner accounts never), and records one audit entry per
// view or download. What the page embeds is served inline only as a made copy (or, for players and the PDF
// viewer, the original) with nosniff and a sandboxing CSP; everything else is an attachment.

/** How long a thumbnail seen again by the same staff member in the same desk session is not audited again. */
export const THUMBNAIL_AUDIT_MINUTES = 30;

/** The CSP of every file the desk serves: nothing runs, nothing loads, the document is sandboxed. */
export const FILE_CSP = "default-src 'none'; sandbox";

const ITEM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'image/avif': 'avif',
  'application/pdf': 'pdf',
  'audio/ogg': 'ogg',
  'audio/opus': 'opus',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/aac': 'aac',
  'audio/amr': 'amr',
  'audio/wav': 'wav',
  'audio/webm': 'weba',
  'video/mp4': 'mp4',
  'video/3gpp': '3gp',
  'video/3gpp2': '3g2',
  'video/webm': 'webm',
  'video/quicktime': 'mov',
  'video/ogg': 'ogv',
};

/** The evidence viewer and the routes that serve file bytes. */
export function evidenceRoutes(ctx: DeskContext) {
  const app = new Hono<DeskEnv>();

  /** The ticket (which the staff member may view) and one of its files, or 404. */
  const findItem = async (
    c: Context<DeskEnv>,
    action: 'evidence.view' | 'evidence.download' = 'evidence.view',
  ): Promise<{ ticket: Ticket; item: EvidenceItem; number: number }> => {
    const ticket = authorize(
      c,
      action,
      await ctx.db.selectFrom('tickets').selectAll().where('ref', '=', refOf(c)).executeTakeFirst(),
    );
    const id = c.req.param('id')?.toLowerCase() ?? '';
    if (!ITEM_ID.test(id)) throw new HttpProblem(404, 'no such file');
    const items = await listTicketEvidence(ctx.db, await ticketIdsWithMerged(ctx.db, ticket));
    const index = items.findIndex((i) => i.id === id);
    if (index < 0) throw new HttpProblem(404, 'no such file');
    return { ticket, item: items[index]!, number: index + 1 };
  };

  const storeOf = (): DerivativeStore => {
    if (!ctx.evidence) throw new HttpProblem(503, 'evidence storage is not configured');
    return ctx.evidence;
  };

  /** The audit entry of a view or a download of a file: who, which ticket, which item, which variant. */
  const fileEntry = (
    c: Context<DeskEnv>,
    action: 'evidence.view' | 'evidence.download',
    ticket: Ticket,
    item: EvidenceItem,
    variant: string,
  ): AuditEntry => ({
    staffId: c.get('staff').id,
    action,
    ticketId: ticket.id,
    subject: item.id,
    detail: { item: item.id, variant },
    origin: c.get('origin'),
  });

  /** A view of a file (the viewer, a thumbnail, a copy or a stream shown in the page): one audit entry. */
  const recordView = (c: Context<DeskEnv>, ticket: Ticket, item: EvidenceItem, variant: string) =>
    recordAudit(ctx.db, fileEntry(c, 'evidence.view', ticket, item, variant));

  /**
   * A thumbnail shown in the conversation: audited once per staff member, item and desk session in
   * THUMBNAIL_AUDIT_MINUTES. Why here and not in the page: each live refresh of the transcript replaces its
   * markup and the browser asks for every thumbnail again (served `no-store`, as every file), so a busy
   * ticket with many photos wrote a row per photo per refresh — rows that record nothing new (the same
   * person seeing the same small picture again). Keeping the markup stable would depend on each browser's
   * image cache and on the refresh never re-rendering, and would still audit every real reload; skipping the
   * repeat row is one indexed lookup and correct whatever the browser does. Opening the viewer, the display
   * copy, a player and every download stay one row each. The session is named in the row by a prefix of its
   * token's hash (never the token), so a new sign-in is audited afresh. Two loads racing may both write a
   * row: a duplicate at worst, never a missing one.
   */
  const recordThumbnailView = async (c: Context<DeskEnv>, ticket: Ticket, item: EvidenceItem) => {
    const entry = fileEntry(c, 'evidence.view', ticket, item, 'thumbnail');
    const session = c.get('session').tokenHash.slice(0, 16);
    if (!(await seenRecently(c, ticket, item, 'thumbnail', session)))
      await recordAudit(ctx.db, { ...entry, detail: { ...entry.detail, session } });
  };

  /** Whether this staff member's view of this variant of the file is in the audit log of the last minutes. */
  const seenRecently = async (
    c: Context<DeskEnv>,
    ticket: Ticket,
    item: EvidenceItem,
    variant: string,
    session?: string,
  ) => {
    let query = ctx.db
      .selectFrom('audit_log')
      .select('id')
      .where('ticket_id', '=', ticket.id)
      .where('staff_id', '=', c.get('staff').id)
      .where('action', '=', 'evidence.view')
      .where('subject', '=', item.id)
      .where(sql<string>`detail->>'variant'`, '=', variant)
      .where('at', '>', sql<Date>`now() - make_interval(mins => ${THUMBNAIL_AUDIT_MINUTES})`);
    if (session) query = query.where(sql<string>`detail->>'session'`, '=', session);
    return (await query.limit(1).executeTakeFirst()) !== undefined;
  };

  /**
   * A piece of a file a player asks for. The request from the start is the view; a later piece is recorded
   * only when no view of it is in the log of the last minutes. Why not skip every later piece: a request for
   * `bytes=1-` is the whole file but one byte, and would otherwise be seen without a trace.
   */
  const recordPiece = async (
    c: Context<DeskEnv>,
    ticket: Ticket,
    item: EvidenceItem,
    variant: 'display' | 'stream',
    range: ByteRange | null,
  ) => {
    if (range === 'unsatisfiable') return;
    if (isFromStart(range)) return recordView(c, ticket, item, variant);
    if (!(await seenRecently(c, ticket, item, variant))) await recordView(c, ticket, item, variant);
  };

  /**
   * A file leaving Suar: one audit entry, and the processing log's export record (UU 27/2022, like every
   * export of a person's data), committed together before a byte is sent.
   */
  const recordDownload = (
    c: Context<DeskEnv>,
    ticket: Ticket,
    item: EvidenceItem,
    variant: 'copy' | 'original',
  ) =>
    ctx.db.transaction().execute(async (trx) => {
      await recordAudit(trx, fileEntry(c, 'evidence.download', ticket, item, variant));
      await recordProcessing(trx, {
        actor: `staff:${c.get('staff').id}`,
        action: 'export.evidence',
        ticketId: ticket.id,
        fields: [variant === 'original' ? 'evidence_original' : 'evidence_display_copy'],
        purpose: 'case_file',
      });
    });

  /** The original's plain bytes; storage trouble becomes a clear answer, never a crash. */
  const original = async (item: EvidenceItem): Promise<Buffer> => {
    const store = storeOf();
    try {
      return (await readEvidence(ctx.db, store.storage, store.keys, item.id)).bytes;
    } catch (error) {
      throw asProblem(error, item);
    }
  };

  /** A made copy, from the encrypted cache or made now. */
  const derivative = async (
    item: EvidenceItem,
    variant: DerivativeVariant,
    make: (bytes: Buffer) => Promise<Uint8Array>,
  ) => {
    try {
      return await loadDerivative(storeOf(), item.id, variant, async () => make(await original(item)));
    } catch (error) {
      throw asProblem(error, item);
    }
  };

  const asProblem = (error: unknown, item: EvidenceItem): unknown => {
    if (error instanceof HttpProblem) return error;
    if (error instanceof DerivativeError)
      return new HttpProblem(415, `no preview can be made of this file (${error.problem})`);
    if (error instanceof EvidenceUnavailableError) return new HttpProblem(404, 'this file is not stored');
    if (error instanceof EvidenceStorageError)
      return new HttpProblem(503, 'evidence storage is unavailable', 30);
    if (error instanceof EvidenceNotFoundError || error instanceof EvidenceIntegrityError) {
      // A stored file that is gone or fails its check is serious: say so in the log (the id, never content).
      ctx.logger.error({ event: 'evidence_unreadable', item: item.id, err: (error as Error).name });
      return new HttpProblem(503, 'this file cannot be read; the administrator has been told in the log');
    }
    return error;
  };

  app.get('/tickets/:ref/evidence/:id', async (c) => {
    const { ticket, item, number } = await findItem(c);
    const shape = shapeOf(item);
    const facts =
      item.status === 'stored' && ctx.evidence && hasFacts(item)
        ? await factsOf(ctx.db, ctx.evidence, item).catch((error: Error) => {
            // The page still shows the file and its downloads; only the location or length is missing.
            ctx.logger.warn({ event: 'evidence_facts_unavailable', item: item.id, err: error.name });
            return null;
          })
        : null;
    await recordView(c, ticket, item, 'viewer');
    return c.html(
      <EvidenceViewerPage
        ticket={ticket}
        entry={{ item, shape, number, facts }}
        staff={c.get('staff')}
        csrfToken={c.get('session').csrfToken}
        lang={c.get('lang')}
      />,
    );
  });

  app.get('/tickets/:ref/evidence/:id/thumbnail', async (c) => {
    const { ticket, item } = await findItem(c);
    if (shapeOf(item) !== 'image') throw new HttpProblem(404, 'this file has no thumbnail');
    const bytes = await derivative(item, 'thumbnail', async (b) => (await makeThumbnail(b)).bytes);
    await recordThumbnailView(c, ticket, item);
    return serveFile(c, bytes, 'image/jpeg', 'inline');
  });

  app.get('/tickets/:ref/evidence/:id/display', async (c) => {
    const { ticket, item } = await findItem(c);
    const bytes = await displayCopy(item, shapeOf(item));
    const range = rangeOf(c, bytes.length);
    await recordPiece(c, ticket, item, 'display', range);
    return serveFile(c, bytes, displayType(shapeOf(item)), 'inline', range);
  });

  app.get('/tickets/:ref/evidence/:id/stream', async (c) => {
    const { ticket, item } = await findItem(c);
    if (!streamsAsIs(shapeOf(item))) throw new HttpProblem(404, 'this file is not played in the desk');
    const bytes = await original(item);
    const range = rangeOf(c, bytes.length);
    await recordPiece(c, ticket, item, 'stream', range);
    return serveFile(c, bytes, streamType(item), 'inline', range);
  });

  // The copy that leaves Suar without the photo's location (a voice note's WAV carries none either).
  app.get('/tickets/:ref/evidence/:id/copy', async (c) => {
    const { ticket, item } = await findItem(c, 'evidence.download');
    const shape = shapeOf(item);
    const bytes = await displayCopy(item, shape);
    await recordDownload(c, ticket, item, 'copy');
    const name = `${ticket.ref}-${item.id.slice(0, 8)}-salinan.${shape === 'image' ? 'jpg' : 'wav'}`;
    return serveFile(c, bytes, displayType(shape), `attachment; filename="${name}"`);
  });

  // The evidence as received, byte for byte (its SHA-256 was checked on reading).
  app.get('/tickets/:ref/evidence/:id/original', async (c) => {
    const { ticket, item } = await findItem(c, 'evidence.download');
    const bytes = await original(item);
    await recordDownload(c, ticket, item, 'original');
    const mime = (item.detectedMime ?? 'application/octet-stream').split(';')[0]!.trim();
    const name = `${ticket.ref}-${item.id.slice(0, 8)}-asli.${EXTENSIONS[mime] ?? 'bin'}`;
    // Always an attachment and a neutral type: a browser saves it, never opens it as a page.
    return serveFile(
      c,
      bytes,
      EXTENSIONS[mime] ? mime : 'application/octet-stream',
      `attachment; filename="${name}"`,
    );
  });

  const displayCopy = (item: EvidenceItem, shape: EvidenceShape): Promise<Buffer> => {
    if (!hasDisplayCopy(shape)) throw new HttpProblem(404, 'this file has no display copy');
    return shape === 'image'
      ? derivative(item, 'display', async (b) => (await makeDisplayImage(b)).bytes)
      : derivative(item, 'wav', async (b) => (await convertVoiceNoteToWav(b)).bytes);
  };

  return app;
}

/** A player asks for a file in pieces: one view is the request from its start, not every piece. */
function isFromStart(range: ByteRange | null): boolean {
  return range === null || (range !== 'unsatisfiable' && range.start === 0);
}

function displayType(shape: EvidenceShape): string {
  return shape === 'image' ? 'image/jpeg' : 'audio/wav';
}

/** A part of a file a player asked for; `unsatisfiable` when it lies outside the file. */
export type ByteRange = { start: number; end: number } | 'unsatisfiable';

/** One byte range asked for (`bytes=0-`, `bytes=100-199`, `bytes=-500`), null for the whole file. */
export function rangeOf(c: Context, size: number): ByteRange | null {
  const header = c.req.header('range');
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  // Several ranges, or another unit: answered with the whole file, which the standard allows.
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/** Sends file bytes with the headers every file from the desk carries. */
function serveFile(
  c: Context,
  bytes: Buffer,
  type: string,
  disposition: string,
  range: ByteRange | null = null,
) {
  const headers: Record<string, string> = {
    'content-type': type,
    'content-disposition': disposition,
    'x-content-type-options': 'nosniff',
    'content-security-policy': FILE_CSP,
    'cache-control': 'no-store',
    'accept-ranges': 'bytes',
  };
  if (!range) return c.body(new Uint8Array(bytes), 200, headers);
  if (range === 'unsatisfiable') {
    headers['content-range'] = `bytes */${bytes.length}`;
    return c.body(null, 416, headers);
  }
  headers['content-range'] = `bytes ${range.start}-${range.end}/${bytes.length}`;
  return c.body(new Uint8Array(bytes.subarray(range.start, range.end + 1)), 206, headers);
}
