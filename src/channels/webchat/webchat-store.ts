import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** A web-chat conversation: its id is the contact's address; the token's hash authenticates the browser. */
export interface WebchatConversation {
  id: string;
  tokenHash: string;
  contactId: string;
}

/** Creates the conversation and its contact together. */
export async function createWebchatConversation(
  db: Kysely<DB>,
  id: string,
  tokenHash: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const contact = await trx
      .insertInto('contacts')
      .values({ channel: 'webchat', address: id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('webchat_conversations')
      .values({ id, token_hash: tokenHash, contact_id: contact.id })
      .execute();
  });
}

/** Finds a conversation by id. */
export async function findWebchatConversation(
  db: Kysely<DB>,
  id: string,
): Promise<WebchatConversation | undefined> {
  const row = await db
    .selectFrom('webchat_conversations')
    .select(['id', 'token_hash', 'contact_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { id: row.id, tokenHash: row.token_hash, contactId: row.contact_id };
}

/**
 * The bot's messages to a contact after a cursor (a message id), oldest first. Nothing before the last
 * message that cleared the chat is shown again, so a reloaded page does not bring deleted history back.
 */
export async function listBotMessagesAfter(db: Kysely<DB>, contactId: string, after: string, limit: number) {
  const cleared = db
    .selectFrom('messages')
    .select((eb) => eb.fn.coalesce(eb.fn.max('id'), sql<string>`0`).as('id'))
    .where('contact_id', '=', contactId)
    .where('direction', '=', 'out')
    .where(sql<boolean>`payload->>'clear' = 'true'`);
  return db
    .selectFrom('messages')
    .select(['id', 'body', 'payload'])
    .where('contact_id', '=', contactId)
    .where('direction', '=', 'out')
    .where('id', '>', after)
    .where('id', '>=', cleared)
    .orderBy('id')
    .limit(limit)
    .execute();
}
