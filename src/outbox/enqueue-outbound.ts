import type { Kysely } from 'kysely';
import type { ChannelName, OutboundMessage } from '../channels/inbound-message.ts';
import type { DB } from '../db/schema.ts';

/** Where an outbox row goes. */
export interface Recipient {
  contactId: string;
  channel: ChannelName;
  address: string;
}

/** Queues a message in the caller's transaction; the worker sends it after commit. */
export async function enqueueOutbound(
  db: Kysely<DB>,
  to: Recipient,
  message: OutboundMessage,
  messageId: string | null,
): Promise<void> {
  await db
    .insertInto('outbox')
    .values({
      contact_id: to.contactId,
      channel: to.channel,
      address: to.address,
      message_id: messageId,
      kind: 'message',
      payload: JSON.stringify(message),
    })
    .execute();
}

/** Queues a request to delete the bot's messages in a chat (where the platform allows it). */
export async function enqueueDeletion(db: Kysely<DB>, to: Recipient): Promise<void> {
  await db
    .insertInto('outbox')
    .values({
      contact_id: to.contactId,
      channel: to.channel,
      address: to.address,
      message_id: null,
      kind: 'delete',
      payload: JSON.stringify({}),
    })
    .execute();
}
