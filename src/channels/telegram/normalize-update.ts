import type { Message, Update } from 'grammy/types';
import type { AttachmentRef, InboundMessage } from '../inbound-message.ts';

/** What one Telegram update means to Suar. */
export type NormalizedUpdate =
  /** A message from a person in a private chat. */
  | { type: 'message'; message: InboundMessage; chatId: string; messageId: number; sentAt: Date }
  /** Something in a group or channel: Suar answers once that it works in private chats only. */
  | { type: 'not_private'; chatId: string }
  /** Nothing Suar handles (service messages, polls, live-location updates, callback queries…). */
  | { type: 'ignored'; reason: string };

// Telegram's deep-link payload alphabet and length (t.me/bot?start=kbri_kl).
const START_PAYLOAD = /^[\w-]{1,64}$/;
const START_COMMAND = /^\/start(?:@\w+)?(?:\s+(\S*))?\s*$/;

/** An update that parses as JSON but not as what Telegram sends: the webhook answers 400. */
export class MalformedUpdateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedUpdateError';
  }
}

/** Turns a Telegram update into Suar's inbound message, or says why it is not one. Pure. */
export function normalizeUpdate(update: Update): NormalizedUpdate {
  try {
    return normalizeWellFormed(update);
  } catch (error) {
    // Why catch: fields Telegram always sends may be missing from a forged or truncated update.
    if (error instanceof TypeError) throw new MalformedUpdateError('update is missing required fields');
    throw error;
  }
}

function normalizeWellFormed(update: Update): NormalizedUpdate {
  const edited = update.edited_message !== undefined;
  const message = update.message ?? update.edited_message;
  if (!message) {
    const post = update.channel_post ?? update.edited_channel_post;
    if (post) return { type: 'not_private', chatId: String(post.chat.id) };
    return { type: 'ignored', reason: 'update type not handled' };
  }
  if (!Number.isSafeInteger(message.chat.id) || !Number.isSafeInteger(message.message_id)) {
    throw new MalformedUpdateError('message without chat id or message id');
  }
  if (typeof message.date !== 'number') throw new MalformedUpdateError('message without date');
  // A chat without its type (truncated or reconstructed payloads) is private when its id is a user's:
  // positive. Groups and channels have negative ids. Taking a person's chat for a group would make the bot
  // leave it.
  const chatType = (message.chat as { type?: string }).type;
  const isPrivate = chatType === undefined ? message.chat.id > 0 : chatType === 'private';
  if (!isPrivate) {
    // Only a real message earns the notice; joins, pins and the like pass silently.
    return hasContent(message)
      ? { type: 'not_private', chatId: String(message.chat.id) }
      : { type: 'ignored', reason: 'group service message' };
  }
  if (message.from?.is_bot) return { type: 'ignored', reason: 'from a bot' };
  // A live location sends its later points as edits of the first message: the first point is the answer.
  if (edited && message.location) return { type: 'ignored', reason: 'live location update' };

  const chatId = String(message.chat.id);
  const inbound: InboundMessage = {
    channel: 'telegram',
    // Why message ids and not update_id: a message is what must be processed once, and edits get their own
    // key (each edit is a new thing the person said).
    externalId: edited
      ? `${chatId}:${message.message_id}:edit:${message.edit_date ?? 0}`
      : `${chatId}:${message.message_id}`,
    address: chatId,
  };
  if (edited) inbound.edited = true;
  if (message.from?.language_code) inbound.languageHint = message.from.language_code;

  const text = message.text ?? message.caption;
  const start = message.text !== undefined && !edited ? START_COMMAND.exec(message.text) : null;
  if (start) {
    const payload = start[1] ?? '';
    // An empty payload still marks the start; a malformed one is dropped rather than stored.
    inbound.startPayload = START_PAYLOAD.test(payload) ? payload : '';
  } else if (text !== undefined && text.trim() !== '') {
    inbound.text = text;
  }

  const location = message.location ?? message.venue?.location;
  if (location) inbound.location = { latitude: location.latitude, longitude: location.longitude };
  if (message.contact) inbound.phone = phoneOf(message.contact.phone_number);

  const attachments = attachmentsOf(message);
  if (attachments.length > 0) inbound.attachments = attachments;
  // A sticker says something with its emoji: read it as that text, so the flow answers as it would to emoji.
  if (message.sticker && inbound.text === undefined) {
    if (message.sticker.emoji) inbound.text = message.sticker.emoji;
    else inbound.attachments = [{ kind: 'sticker', ref: message.sticker.file_id }];
  }

  const empty =
    inbound.text === undefined &&
    !inbound.location &&
    !inbound.phone &&
    !inbound.attachments?.length &&
    inbound.startPayload === undefined;
  if (empty) return { type: 'ignored', reason: 'message without content Suar reads' };
  return {
    type: 'message',
    message: inbound,
    chatId,
    messageId: message.message_id,
    sentAt: new Date(message.date * 1000),
  };
}

function hasContent(message: Message): boolean {
  return (
    message.text !== undefined ||
    message.caption !== undefined ||
    message.location !== undefined ||
    message.contact !== undefined ||
    attachmentsOf(message).length > 0 ||
    message.sticker !== undefined
  );
}

/** Telegram sends shared numbers with or without the plus; the engine reads international numbers. */
function phoneOf(raw: string): string {
  const trimmed = raw.trim();
  return /^\d{7,15}$/.test(trimmed) ? `+${trimmed}` : trimmed;
}

function attachmentsOf(message: Message): AttachmentRef[] {
  const found: AttachmentRef[] = [];
  const add = (
    kind: AttachmentRef['kind'],
    file: { file_id: string; file_size?: number; mime_type?: string; file_name?: string },
  ) => {
    const ref: AttachmentRef = { kind, ref: file.file_id };
    if (file.file_size !== undefined) ref.size = file.file_size;
    if (file.mime_type !== undefined) ref.mimeType = file.mime_type;
    if (file.file_name !== undefined) ref.name = file.file_name;
    if (message.media_group_id !== undefined) ref.group = message.media_group_id;
    found.push(ref);
  };
  // Telegram lists a photo in several sizes, smallest first: the largest is the evidence.
  const photo = message.photo?.at(-1);
  if (photo) add('photo', photo);
  if (message.document) add('document', message.document);
  if (message.voice) add('voice', message.voice);
  if (message.audio) add('audio', message.audio);
  if (message.video) add('video', message.video);
  if (message.video_note) add('video', message.video_note);
  // An animation also carries a `document` copy; the document above already holds it.
  return found;
}
