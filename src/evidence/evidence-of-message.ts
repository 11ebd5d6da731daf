import type { InboundMessage } from '../channels/inbound-message.ts';
import type { FetchVia } from './evidence-fetcher.ts';
import { TELEGRAM_DOWNLOAD_LIMIT } from './evidence-limits.ts';
import type { NewEvidence } from './evidence-store.ts';
import { megabytes } from './judge-file.ts';

/**
 * The evidence items a message brings: one per attachment, stickers aside (a reaction, not evidence), each
 * with what its download needs. A file the platform will not serve (Telegram's 20 MB) is recorded as too
 * large at once, never tried.
 */
export function evidenceOfMessage(message: InboundMessage): NewEvidence[] {
  const items: NewEvidence[] = [];
  for (const attachment of message.attachments ?? []) {
    if (attachment.kind === 'sticker') continue;
    // The web chat has no platform to fetch from: its files arrive through the upload, already kept.
    if (message.channel === 'webchat' && !attachment.kept) continue;
    const via: FetchVia =
      message.channel === 'telegram'
        ? 'telegram'
        : message.channel === 'webchat'
          ? 'upload'
          : attachment.fetch
            ? 'baileys'
            : 'whatsapp_cloud';
    const item: NewEvidence = {
      kind: attachment.kind,
      source: { via, ref: attachment.ref, ...(attachment.fetch ? { fetch: attachment.fetch } : {}) },
      declaredMime: attachment.mimeType,
      declaredName: attachment.name,
      declaredSize: attachment.size,
    };
    if (attachment.kept) item.kept = attachment.kept;
    if (via === 'telegram' && (attachment.size ?? 0) > TELEGRAM_DOWNLOAD_LIMIT) {
      item.settled = {
        status: 'too_large',
        reason: `Telegram lets bots download files up to ${megabytes(TELEGRAM_DOWNLOAD_LIMIT)} MB`,
      };
    }
    items.push(item);
  }
  return items;
}
