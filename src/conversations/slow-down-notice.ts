import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { logAndEnqueueReplies, type Recipient } from '../outbox/enqueue-outbound.ts';
import type { Host } from './host.ts';

/** The host text that asks a person writing too fast to slow down. */
export const SLOW_DOWN_KEY = 'host.slow_down';

/** Queues the "please slow down" message, in the conversation's language, in the caller's transaction. */
export async function sendSlowDownNotice(
  host: Host,
  trx: Kysely<DB>,
  to: Recipient,
  now: Date,
): Promise<void> {
  const row = await trx
    .selectFrom('sessions')
    .select('state')
    .where('contact_id', '=', to.contactId)
    .executeTakeFirst();
  const language = (row?.state as { language?: unknown } | undefined)?.language;
  const texts = host.content.texts;
  const text =
    (typeof language === 'string' ? texts[language as keyof typeof texts]?.[SLOW_DOWN_KEY] : undefined) ??
    texts.id[SLOW_DOWN_KEY] ??
    SLOW_DOWN_KEY;
  await logAndEnqueueReplies(trx, to, [{ text, options: [], expects: null }], null, now);
}
