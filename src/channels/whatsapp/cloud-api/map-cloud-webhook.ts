import { z } from 'zod';
import { cleanText } from '../../clean-inbound.ts';
import type { AttachmentRef, InboundMessage } from '../../inbound-message.ts';
import { phoneFromVcard } from '../phone-from-vcard.ts';

// The WhatsApp Cloud API webhook payload, as far as Suar reads it. Unknown fields pass; unknown message
// types are counted and acknowledged, never rejected (Meta would redeliver a rejected payload forever).

const media = z.object({ id: z.string(), mime_type: z.string().optional(), caption: z.string().optional() });

const cloudMessage = z.object({
  from: z.string(),
  id: z.string(),
  timestamp: z.string().optional(),
  type: z.string(),
  text: z.object({ body: z.string() }).optional(),
  location: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
  contacts: z
    .array(
      z.object({
        phones: z.array(z.object({ phone: z.string().optional(), wa_id: z.string().optional() })).optional(),
      }),
    )
    .optional(),
  interactive: z
    .object({
      type: z.string(),
      button_reply: z.object({ id: z.string(), title: z.string() }).optional(),
      list_reply: z.object({ id: z.string(), title: z.string() }).optional(),
    })
    .optional(),
  button: z.object({ text: z.string().optional(), payload: z.string().optional() }).optional(),
  image: media.optional(),
  document: media.extend({ filename: z.string().optional() }).optional(),
  audio: media.extend({ voice: z.boolean().optional() }).optional(),
  video: media.optional(),
  sticker: media.optional(),
});

const cloudStatus = z.object({
  id: z.string(),
  status: z.string(),
  timestamp: z.string().optional(),
  recipient_id: z.string().optional(),
  errors: z.array(z.object({ code: z.number().optional(), title: z.string().optional() })).optional(),
});

const webhookPayload = z.object({
  object: z.string(),
  entry: z.array(
    z.object({
      changes: z.array(
        z.object({
          field: z.string(),
          value: z
            .object({
              metadata: z.object({ phone_number_id: z.string() }).optional(),
              messages: z.array(cloudMessage).optional(),
              statuses: z.array(cloudStatus).optional(),
            })
            .passthrough(),
        }),
      ),
    }),
  ),
});

/** A delivery status for a message Suar sent. */
export interface CloudStatus {
  waMessageId: string;
  status: string;
  at: Date | null;
  /** Meta's error code and title on a failure (never message text). */
  error: string | null;
}

/** A message from a person, with the option index when it answered an interactive button or list. */
export interface CloudInbound {
  message: InboundMessage;
  /** The option index carried in an interactive reply's id ("opt:2" → 2). */
  optionIndex?: number;
}

/** What one webhook delivery holds for this phone number. */
export interface CloudWebhook {
  messages: CloudInbound[];
  statuses: CloudStatus[];
  /** Events acknowledged and not handled: unknown message types, other phone numbers, other fields. */
  ignored: number;
}

/** A webhook payload that is not a WhatsApp Cloud API payload; the route answers 400. */
export class MalformedWebhookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedWebhookError';
  }
}

/** Reads a parsed webhook body; throws MalformedWebhookError when its shape is wrong. */
export function mapCloudWebhook(body: unknown, phoneNumberId: string): CloudWebhook {
  const parsed = webhookPayload.safeParse(body);
  if (!parsed.success) throw new MalformedWebhookError('not a WhatsApp webhook payload');
  const result: CloudWebhook = { messages: [], statuses: [], ignored: 0 };
  if (parsed.data.object !== 'whatsapp_business_account') {
    result.ignored += 1;
    return result;
  }
  for (const entry of parsed.data.entry) {
    for (const change of entry.changes) {
      const value = change.value;
      // Why: one Meta app can serve several numbers; only ours is Suar's to answer.
      if (change.field !== 'messages' || value.metadata?.phone_number_id !== phoneNumberId) {
        result.ignored += 1;
        continue;
      }
      for (const message of value.messages ?? []) {
        const mapped = mapCloudMessage(message);
        if (mapped) result.messages.push(mapped);
        else result.ignored += 1;
      }
      for (const status of value.statuses ?? []) result.statuses.push(mapCloudStatus(status));
    }
  }
  return result;
}

function mapCloudMessage(m: z.infer<typeof cloudMessage>): CloudInbound | undefined {
  if (!/^\d{5,20}$/.test(m.from) || !m.id) return undefined;
  const message: InboundMessage = { channel: 'whatsapp', externalId: m.id, address: m.from };
  let optionIndex: number | undefined;
  const text = (s: string | undefined) => {
    const trimmed = s?.trim();
    if (trimmed) message.text = trimmed;
  };
  switch (m.type) {
    case 'text':
      text(m.text?.body);
      break;
    case 'location':
      if (m.location) message.location = { latitude: m.location.latitude, longitude: m.location.longitude };
      break;
    case 'contacts': {
      const phone = m.contacts?.[0]?.phones?.[0];
      const number = phone?.wa_id
        ? `+${phone.wa_id}`
        : phone?.phone
          ? phoneFromVcard(`TEL:${phone.phone}`)
          : undefined;
      if (number) message.phone = number;
      break;
    }
    case 'interactive': {
      const reply = m.interactive?.button_reply ?? m.interactive?.list_reply;
      text(reply?.title);
      const index = /^opt:(\d{1,2})$/.exec(reply?.id ?? '')?.[1];
      if (index !== undefined) optionIndex = Number(index);
      break;
    }
    case 'button':
      text(m.button?.text);
      break;
    case 'image':
    case 'document':
    case 'audio':
    case 'video':
    case 'sticker': {
      const item = m[m.type];
      if (!item) break;
      const kind: AttachmentRef['kind'] =
        m.type === 'image' ? 'photo' : m.type === 'audio' ? (m.audio?.voice ? 'voice' : 'audio') : m.type;
      const attachment: AttachmentRef = { kind, ref: item.id };
      if (item.mime_type) attachment.mimeType = item.mime_type;
      if (m.type === 'document' && m.document?.filename) attachment.name = m.document.filename;
      message.attachments = [attachment];
      text(item.caption);
      break;
    }
    default:
      return undefined;
  }
  if (!message.text && !message.location && !message.phone && !message.attachments) return undefined;
  return optionIndex === undefined ? { message } : { message, optionIndex };
}

function mapCloudStatus(s: z.infer<typeof cloudStatus>): CloudStatus {
  const seconds = Number(s.timestamp);
  const error = s.errors?.[0];
  return {
    waMessageId: cleanText(s.id),
    status: cleanText(s.status).slice(0, 20),
    at: Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : null,
    error: error
      ? cleanText(`${error.code ?? '?'} ${error.title ?? ''}`)
          .trim()
          .slice(0, 200)
      : null,
  };
}
