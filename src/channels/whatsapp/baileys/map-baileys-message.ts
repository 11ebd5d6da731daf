import {
  BufferJSON,
  isHostedLidUser,
  isHostedPnUser,
  isJidBroadcast,
  isJidGroup,
  isJidNewsletter,
  isLidUser,
  isPnUser,
  jidDecode,
  jidNormalizedUser,
  normalizeMessageContent,
  type proto,
  type WAMessage,
} from '@whiskeysockets/baileys';
import type { AttachmentRef, InboundMessage } from '../../inbound-message.ts';
import { phoneFromVcard } from '../phone-from-vcard.ts';

/** What one Baileys message becomes: a message for the host, or a reason (safe to log) to ignore it. */
export type BaileysMapping =
  | {
      type: 'message';
      message: InboundMessage;
      /** Set when WhatsApp named the person only by LID: the adapter may resolve it to a phone number. */
      lidOnly?: string;
      /** The person's LID when the message also named their phone number (a contact first seen by LID moves to it). */
      lid?: string;
    }
  | { type: 'ignored'; reason: string };

const ignored = (reason: string): BaileysMapping => ({ type: 'ignored', reason });

/**
 * Turns a message from Baileys' `messages.upsert` into the core's inbound message. Pure: no socket, no I/O.
 * Groups, status and other broadcasts, newsletters, our own messages, protocol messages and messages with
 * nothing usable are ignored, never thrown on.
 */
export function mapBaileysMessage(wa: WAMessage): BaileysMapping {
  const key = wa.key;
  const chat = key?.remoteJid;
  const id = key?.id;
  if (!chat || !id) return ignored('no chat or id');
  if (key.fromMe) return ignored('own message');
  if (isJidGroup(chat)) return ignored('group');
  if (isJidBroadcast(chat)) return ignored('broadcast or status');
  if (isJidNewsletter(chat)) return ignored('newsletter');

  const addressing = addressOf(chat, key.remoteJidAlt);
  if (!addressing) return ignored('unknown address kind');

  const content = normalizeMessageContent(wa.message);
  if (!content) return ignored('no content');
  if (content.protocolMessage || content.reactionMessage || content.pollUpdateMessage) {
    return ignored('protocol message');
  }

  const message: InboundMessage = { channel: 'whatsapp', externalId: id, address: addressing.address };
  const text = textOf(content);
  if (text) message.text = text;
  const location = locationOf(content);
  if (location) message.location = location;
  const phone = sharedPhoneOf(content);
  if (phone) message.phone = phone;
  const attachment = attachmentOf(content, id, key);
  if (attachment) message.attachments = [attachment];

  if (!message.text && !message.location && !message.phone && !message.attachments) {
    return ignored('unhandled content');
  }
  if (addressing.lidOnly) return { type: 'message', message, lidOnly: addressing.address };
  return addressing.lid ? { type: 'message', message, lid: addressing.lid } : { type: 'message', message };
}

/**
 * The contact's address: the phone-number JID whenever WhatsApp gives one (as the chat or as `remoteJidAlt`
 * on a LID-addressed message), else the LID JID. Why prefer the phone number: it stays the same person's
 * key across LID and PN addressing, and staff may need the number; a LID is never turned into a number here.
 */
function addressOf(
  chat: string,
  alt: string | undefined,
): { address: string; lidOnly: boolean; lid?: string } | null {
  const isPn = (jid: string | undefined) => Boolean(jid && (isPnUser(jid) || isHostedPnUser(jid)));
  const isLid = (jid: string | undefined) => Boolean(jid && (isLidUser(jid) || isHostedLidUser(jid)));
  if (isPn(chat)) {
    return alt && isLid(alt)
      ? { address: normalized(chat), lidOnly: false, lid: normalized(alt) }
      : { address: normalized(chat), lidOnly: false };
  }
  if (!isLid(chat)) return null;
  if (alt && isPn(alt)) return { address: normalized(alt), lidOnly: false, lid: normalized(chat) };
  return { address: normalized(chat), lidOnly: true };
}

/** Drops the device part ("628…:12@s.whatsapp.net" → "628…@s.whatsapp.net"): one contact per person. */
function normalized(jid: string): string {
  const decoded = jidDecode(jid);
  if (!decoded?.user) return jid;
  return jidNormalizedUser(jid);
}

function clean(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

function textOf(content: proto.IMessage): string | undefined {
  return (
    clean(content.conversation) ??
    // A reply to a quoted message is an extendedTextMessage: its own text is the answer; the quoted
    // message (usually our question) adds nothing the session does not know.
    clean(content.extendedTextMessage?.text) ??
    clean(content.buttonsResponseMessage?.selectedDisplayText) ??
    clean(content.templateButtonReplyMessage?.selectedDisplayText) ??
    clean(content.listResponseMessage?.title) ??
    clean(content.imageMessage?.caption) ??
    clean(content.videoMessage?.caption) ??
    clean(content.documentMessage?.caption)
  );
}

function locationOf(content: proto.IMessage): InboundMessage['location'] | undefined {
  const point = content.locationMessage ?? content.liveLocationMessage;
  const latitude = point?.degreesLatitude;
  const longitude = point?.degreesLongitude;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  return { latitude, longitude };
}

function sharedPhoneOf(content: proto.IMessage): string | undefined {
  const vcard = content.contactMessage?.vcard ?? content.contactsArrayMessage?.contacts?.[0]?.vcard;
  return vcard ? phoneFromVcard(vcard) : undefined;
}

type MediaFields = {
  fileLength?: number | { toString(): string } | null;
  mimetype?: string | null;
  fileName?: string | null;
};

/** Media fields downloadMediaMessage needs (the caption and preview picture stay out of the stored copy). */
const MEDIA_FETCH_FIELDS = [
  'url',
  'directPath',
  'mediaKey',
  'mediaKeyTimestamp',
  'fileEncSha256',
  'fileSha256',
  'fileLength',
  'mimetype',
] as const;

/**
 * Media is recorded with what downloadMediaMessage needs (its media key and path, serialised the way Baileys
 * serialises keys); the download happens after commit (src/evidence).
 */
function attachmentOf(
  content: proto.IMessage,
  messageId: string,
  key: proto.IMessageKey,
): AttachmentRef | undefined {
  const media: [AttachmentRef['kind'], MediaFields | null | undefined][] = [
    ['photo', content.imageMessage],
    ['document', content.documentMessage],
    [content.audioMessage?.ptt ? 'voice' : 'audio', content.audioMessage],
    ['video', content.videoMessage ?? content.ptvMessage],
    // A sticker says something without words: noted like Telegram's stickers, so the flow answers it.
    ['sticker', content.stickerMessage],
  ];
  for (const [kind, item] of media) {
    if (!item) continue;
    const attachment: AttachmentRef = { kind, ref: messageId };
    const size = Number(item.fileLength?.toString() ?? Number.NaN);
    if (Number.isSafeInteger(size) && size >= 0) attachment.size = size;
    if (item.mimetype) attachment.mimeType = item.mimetype;
    if (item.fileName) attachment.name = item.fileName;
    const field = Object.entries(content).find(([, value]) => value === item)?.[0];
    if (field && kind !== 'sticker') {
      const media: Record<string, unknown> = {};
      for (const name of MEDIA_FETCH_FIELDS) {
        const value = (item as Record<string, unknown>)[name];
        if (value !== undefined && value !== null) media[name] = value;
      }
      attachment.fetch = JSON.parse(
        JSON.stringify(
          { key: { remoteJid: key.remoteJid, id: key.id }, message: { [field]: media } },
          BufferJSON.replacer,
        ),
      ) as Record<string, unknown>;
    }
    return attachment;
  }
  return undefined;
}
