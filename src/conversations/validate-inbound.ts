import { isCleanKey } from '../channels/clean-inbound.ts';
import type { InboundMessage } from '../channels/inbound-message.ts';

/** An inbound message a channel adapter should never have produced; the caller answers 400. */
export class InvalidInboundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidInboundError';
  }
}

/** Longest text accepted: WhatsApp's own limit (Telegram's is 4,096). A long story is a report, never refused. */
export const MAX_TEXT_LENGTH = 65_536;

/** Checks the shape an adapter produced before anything is stored. */
export function validateInbound(message: InboundMessage): void {
  if (!message.externalId || message.externalId.length > 200)
    throw new InvalidInboundError('bad external id');
  if (!isCleanKey(message.externalId)) {
    throw new InvalidInboundError('message id contains control characters or broken Unicode');
  }
  if (!message.address || message.address.length > 200 || !isCleanKey(message.address)) {
    throw new InvalidInboundError('bad address');
  }
  if (message.text !== undefined && message.text.length > MAX_TEXT_LENGTH) {
    throw new InvalidInboundError(`text longer than ${MAX_TEXT_LENGTH} characters`);
  }
  if (message.location) {
    const { latitude, longitude } = message.location;
    if (
      !Number.isFinite(latitude) ||
      !Number.isFinite(longitude) ||
      Math.abs(latitude) > 90 ||
      Math.abs(longitude) > 180
    ) {
      throw new InvalidInboundError('location out of range');
    }
  }
  // A bare start (web chat opened, Telegram /start) has no content but begins the conversation.
  const empty = !message.text && !message.location && !message.phone && !message.attachments?.length;
  if (empty && message.startPayload === undefined) throw new InvalidInboundError('message has no content');
}
