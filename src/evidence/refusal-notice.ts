import { type Kysely, sql } from 'kysely';
import { sendOrHoldSuarMessage } from '../casework/staff-replies.ts';
import type { ChannelName } from '../channels/inbound-message.ts';
import type { DB } from '../db/schema.ts';
import type { Content } from '../engine/index.ts';
import { logAndEnqueueReplies } from '../outbox/enqueue-outbound.ts';

// Telling the person, once and discreetly, that a file they sent could not be kept after its download (its
// bytes are no accepted type, it is over Suar's cap, or the platform no longer has it). Runs in the
// transaction that records the outcome: the message is queued at least once, and never without the outcome.

/** The text keys (locales/), by what became of the file; none names the file or says "evidence". */
export const FILE_REFUSED_KEYS = {
  unreadable: 'host.file_refused.unreadable',
  too_large: 'host.file_refused.too_large',
  lost: 'host.file_refused.lost',
} as const;

/** At most one such message per person in this long: an album of refused files is told once. */
export const FILE_REFUSED_QUIET_MS = 5 * 60_000;

/**
 * Within this long of the file's arrival, the message is a direct answer to what the person just sent, and
 * goes out like the bot's own replies (never held: the person is in the chat now, the bot answered them a
 * moment ago). A later outcome (a file that failed after hours of retries) is a message out of the blue and
 * follows the person's safe window like a staff reply.
 */
export const DIRECT_ANSWER_MS = 30 * 60_000;

/** A final outcome the person is told about. */
export type RefusedFile = { status: 'refused_type' | 'failed' } | { status: 'too_large'; limitBytes: number };

/**
 * Queues the message in the caller's transaction, unless the person paused the chat (STOP / berhenti), was
 * told already within FILE_REFUSED_QUIET_MS, or their chat is gone. Returns what happened.
 */
export async function tellPersonFileRefused(
  trx: Kysely<DB>,
  itemId: string,
  refused: RefusedFile,
  texts: Content['texts'],
  now: Date,
): Promise<'now' | 'held' | 'no'> {
  const item = await trx
    .selectFrom('evidence_items')
    .select([
      'contact_id',
      'created_at',
      // The ticket, directly or through the file's message (none before the report exists).
      sql<
        string | null
      >`coalesce(ticket_id, (select m.ticket_id from messages m where m.id = message_id))`.as('ticket_id'),
    ])
    .where('id', '=', itemId)
    .executeTakeFirstOrThrow();
  // The contact's row lock serialises concurrent outcomes for one person (several lanes, several
  // processes): the second of two refused photos sees the first one's notice and stays silent.
  const contact = await trx
    .selectFrom('contacts')
    .select(['id', 'channel', 'address', 'file_refused_noticed_at'])
    .where('id', '=', item.contact_id)
    .forUpdate()
    .executeTakeFirst();
  if (!contact) return 'no';
  const noticed = contact.file_refused_noticed_at;
  if (noticed && now.getTime() - new Date(noticed).getTime() < FILE_REFUSED_QUIET_MS) return 'no';
  const session = await trx
    .selectFrom('sessions')
    .select('state')
    .where('contact_id', '=', contact.id)
    .executeTakeFirst();
  const state = session?.state as { paused?: unknown; language?: unknown } | undefined;
  // A person who typed STOP hears nothing from the bot until they write again (as the engine's `quiet`).
  if (state?.paused === true) return 'no';

  const ticket = item.ticket_id
    ? await trx.selectFrom('tickets').selectAll().where('id', '=', item.ticket_id).executeTakeFirst()
    : undefined;
  const language = typeof state?.language === 'string' ? state.language : ticket?.language;
  const key =
    refused.status === 'too_large'
      ? FILE_REFUSED_KEYS.too_large
      : refused.status === 'failed'
        ? FILE_REFUSED_KEYS.lost
        : FILE_REFUSED_KEYS.unreadable;
  const template = texts[language as keyof typeof texts]?.[key] ?? texts.id[key] ?? key;
  const body =
    refused.status === 'too_large'
      ? template.replaceAll('{limit}', String(Math.floor(refused.limitBytes / (1024 * 1024))))
      : template;

  await trx
    .updateTable('contacts')
    .set({ file_refused_noticed_at: now })
    .where('id', '=', contact.id)
    .execute();
  const late = now.getTime() - new Date(item.created_at).getTime() > DIRECT_ANSWER_MS;
  if (late && ticket) {
    const outcome = await sendOrHoldSuarMessage(trx, ticket, body, now, { notice: 'file_refused' });
    return outcome.type;
  }
  // Without a ticket there is no safe window to keep (none was asked): like the bot's own replies.
  const to = { contactId: contact.id, channel: contact.channel as ChannelName, address: contact.address };
  await logAndEnqueueReplies(trx, to, [{ text: body, options: [], expects: null }], ticket?.id ?? null, now);
  return 'now';
}
