// The one shape every channel adapter turns platform updates into, and the one it sends.

/** Channels Suar talks on. */
export type ChannelName = 'webchat' | 'telegram' | 'whatsapp';

/** A photo, document, voice note… recorded with its message, downloaded after commit (src/evidence). */
export interface AttachmentRef {
  kind: 'photo' | 'document' | 'voice' | 'audio' | 'video' | 'sticker' | 'other';
  /** The platform's id for the file. */
  ref: string;
  size?: number;
  mimeType?: string;
  /** The file name the sender's app gave (documents). Sensitive: kept with the evidence, never logged. */
  name?: string;
  /** Files sent together (a Telegram album): the person is thanked once for the group. */
  group?: string;
  /** What the download needs besides `ref` (Baileys' media keys); kept with the evidence, not in the log. */
  fetch?: Record<string, unknown>;
  /** Already kept (a web chat upload): the evidence item's id and what keeping it found. */
  kept?: KeptAttachment;
}

/** A file kept before its message was taken in (the web chat's upload). */
export interface KeptAttachment {
  itemId: string;
  storageKey: string;
  keyId: string;
  sha256: string;
  size: number;
  detectedMime: string;
  width?: number;
  height?: number;
  durationMs?: number;
}

/** One message from a person, normalised. */
export interface InboundMessage {
  channel: ChannelName;
  /** The platform's id of this message: the dedupe key together with the channel. */
  externalId: string;
  /** Where replies go: a chat id, a JID, a web-chat conversation id. */
  address: string;
  text?: string;
  location?: { latitude: number; longitude: number };
  /** A shared contact's phone number (the person's own, when the platform says so). */
  phone?: string;
  attachments?: AttachmentRef[];
  /** The client's language setting (Telegram's language_code), a hint only. */
  languageHint?: string;
  /** A deep-link payload (Telegram's /start payload), e.g. a mission preselection. */
  startPayload?: string;
  /** The platform reports this message as an edit of an earlier one. */
  edited?: boolean;
}

/** One message to a person, as the outbox stores it; adapters render it for their platform. */
export interface OutboundMessage {
  text: string;
  /** Quick-reply labels. */
  options: string[];
  /** What kind of answer the message asks for (so an adapter can show a location or phone button). */
  expects: string | null;
  reference?: string;
  /** Clients that keep the history drop everything before this message (the delete command). */
  clear?: boolean;
  /** Written by a staff member on the desk (their id), not by the flow. */
  fromStaff?: string;
}
