import type { ChannelName, OutboundMessage } from '../channels/inbound-message.ts';

/** One claimed outbox row, ready for a channel adapter. */
export interface OutboxItem {
  id: string;
  contactId: string;
  channel: ChannelName;
  address: string;
  /** A message; a request to delete the bot's messages; or to turn on disappearing messages in the chat. */
  kind: 'message' | 'delete' | 'disappearing';
  /** Present when kind is 'message'. */
  message: OutboundMessage | null;
  /** Tries so far, this one included. */
  attempts: number;
}

/** How a send went, in the terms the retry policy needs. */
export type SendResult =
  | { type: 'sent' }
  /** A transient failure (network, 5xx, 429): try again, after `afterMs` when the platform said so. */
  | { type: 'retry'; reason: string; afterMs?: number }
  /** It will never work (blocked by the person, chat gone): stop and show it on the desk. */
  | { type: 'permanent'; reason: string };

/** A channel adapter's sending side. Platform differences live behind this; the worker never branches on them. */
export interface ChannelSender {
  send(item: OutboxItem): Promise<SendResult>;
}
