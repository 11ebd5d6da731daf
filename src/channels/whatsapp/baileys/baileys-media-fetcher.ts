import { BufferJSON, downloadMediaMessage, type WAMessage } from '@whiskeysockets/baileys';
import type { Logger } from 'pino';
import type { EvidenceFetcher, FetchResult } from '../../../evidence/evidence-fetcher.ts';
import type { BaileysSocket } from './baileys-connection.ts';
import { baileysLogger } from './baileys-logger.ts';

/**
 * Media of a linked number: downloaded and decrypted by Baileys from the media keys kept with the item. An
 * expired media URL is re-requested from the person's phone through the open socket (WhatsApp's re-upload);
 * without an open socket the item waits and is tried again.
 */
export function baileysMediaFetcher(
  socket: () => BaileysSocket | undefined,
  logger: Logger,
  options: { timeoutMs?: number } = {},
): EvidenceFetcher {
  return {
    async fetch(item, maxBytes): Promise<FetchResult> {
      const kept = item.source.fetch;
      if (!kept) return { type: 'permanent', reason: 'no WhatsApp media keys were kept' };
      const open = socket();
      if (!open) return { type: 'retry', reason: 'the linked WhatsApp number is not connected' };
      const message = JSON.parse(JSON.stringify(kept), BufferJSON.reviver) as WAMessage;
      try {
        const stream = await downloadMediaMessage(
          message,
          'stream',
          { options: { signal: AbortSignal.timeout(options.timeoutMs ?? 120_000) } },
          {
            logger: baileysLogger(logger),
            reuploadRequest: (m) =>
              open.updateMediaMessage
                ? open.updateMediaMessage(m)
                : Promise.reject(new Error('no re-upload')),
          },
        );
        const chunks: Buffer[] = [];
        let total = 0;
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          total += chunk.length;
          if (total > maxBytes) {
            stream.destroy();
            return { type: 'too_large', reason: 'larger than Suar accepts' };
          }
          chunks.push(chunk);
        }
        return { type: 'fetched', bytes: Buffer.concat(chunks, total) };
      } catch (error) {
        const status = (error as { output?: { statusCode?: number } }).output?.statusCode;
        return {
          type: 'retry',
          reason: `WhatsApp media download failed${status ? ` (HTTP ${status})` : ''}`,
        };
      }
    },
  };
}
