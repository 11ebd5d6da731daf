import type { EvidenceFetcher, FetchResult } from '../../evidence/evidence-fetcher.ts';
import { readBodyWithin } from '../../evidence/evidence-fetcher.ts';
import { TELEGRAM_DOWNLOAD_LIMIT } from '../../evidence/evidence-limits.ts';

/** How to reach the Bot API's files. */
export interface TelegramFileFetcherOptions {
  token: string;
  /** Bot API root (tests point it at a fake). */
  apiRoot: string;
  /** A download that takes longer is abandoned and retried. */
  timeoutMs?: number;
}

interface BotApiAnswer {
  ok: boolean;
  result?: { file_path?: string; file_size?: number };
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

/**
 * Telegram files: `getFile` gives a path valid for an hour, then the file is downloaded from it. The Bot
 * API serves files up to 20 MB ("file is too big" above). Reasons never contain the URL (it holds the token).
 */
export function telegramFileFetcher(options: TelegramFileFetcherOptions): EvidenceFetcher {
  const timeoutMs = options.timeoutMs ?? 120_000;
  return {
    async fetch(item, maxBytes): Promise<FetchResult> {
      const fileId = String(item.source.ref ?? '');
      if (!fileId) return { type: 'permanent', reason: 'no Telegram file id' };
      let answer: BotApiAnswer;
      let status: number;
      try {
        const response = await fetch(
          `${options.apiRoot}/bot${options.token}/getFile?file_id=${encodeURIComponent(fileId)}`,
          { signal: AbortSignal.timeout(30_000) },
        );
        status = response.status;
        answer = (await response.json()) as BotApiAnswer;
      } catch (error) {
        return { type: 'retry', reason: `Telegram getFile did not answer (${(error as Error).name})` };
      }
      if (!answer.ok || !answer.result?.file_path) {
        const description = String(answer.description ?? `HTTP ${status}`).slice(0, 120);
        if (/too big/i.test(description))
          return {
            type: 'too_large',
            reason: 'Telegram lets bots download files up to 20 MB',
            limitBytes: TELEGRAM_DOWNLOAD_LIMIT,
          };
        if (status === 429) {
          return {
            type: 'retry',
            reason: 'Telegram asked to slow down',
            afterMs: (answer.parameters?.retry_after ?? 5) * 1000,
          };
        }
        // A file id Telegram does not know will never work; anything else (5xx, a bad token) may.
        if (status === 400) return { type: 'permanent', reason: `Telegram refused the file: ${description}` };
        return { type: 'retry', reason: `Telegram getFile failed: ${description}` };
      }
      if ((answer.result.file_size ?? 0) > maxBytes)
        return { type: 'too_large', reason: 'larger than Suar accepts' };
      try {
        const response = await fetch(
          `${options.apiRoot}/file/bot${options.token}/${answer.result.file_path}`,
          {
            signal: AbortSignal.timeout(timeoutMs),
          },
        );
        if (!response.ok) {
          await response.body?.cancel();
          // 404: the path expired (an hour): the next try asks getFile again.
          return { type: 'retry', reason: `Telegram file download answered HTTP ${response.status}` };
        }
        const body = await readBodyWithin(response, maxBytes);
        return body.type === 'too_large' ? { type: 'too_large', reason: 'larger than Suar accepts' } : body;
      } catch (error) {
        return { type: 'retry', reason: `Telegram file download broke off (${(error as Error).name})` };
      }
    },
  };
}
