import { createHash } from 'node:crypto';
import type { WhatsappConfig } from '../../../config.ts';
import type { EvidenceFetcher, FetchResult } from '../../../evidence/evidence-fetcher.ts';
import { readBodyWithin } from '../../../evidence/evidence-fetcher.ts';

type CloudConfig = NonNullable<WhatsappConfig['cloud']>;

interface MediaInfo {
  url?: string;
  file_size?: number;
  sha256?: string;
  error?: { message?: string; code?: number };
}

/**
 * WhatsApp Cloud media: the media id gives a download URL (valid for minutes), fetched with the access
 * token. An expired URL is asked for again once within a try. Meta deletes media after 30 days: then the id
 * answers 404 and the item fails for good. Reasons never contain the token or the URL.
 */
export function cloudMediaFetcher(
  config: CloudConfig,
  options: { timeoutMs?: number } = {},
): EvidenceFetcher {
  const auth = { authorization: `Bearer ${config.accessToken}` };
  const timeoutMs = options.timeoutMs ?? 120_000;

  async function mediaInfo(mediaId: string): Promise<MediaInfo | FetchResult> {
    let response: Response;
    try {
      response = await fetch(`${config.graphUrl}/${config.apiVersion}/${encodeURIComponent(mediaId)}`, {
        headers: auth,
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      return { type: 'retry', reason: `WhatsApp media lookup did not answer (${(error as Error).name})` };
    }
    const body = (await response.json().catch(() => ({}))) as MediaInfo;
    if (response.ok && body.url) return body;
    if (response.status === 404 || (response.status === 400 && body.error?.code === 100)) {
      return {
        type: 'permanent',
        reason: 'WhatsApp no longer has this file (media is deleted after 30 days)',
      };
    }
    if (response.status === 429)
      return { type: 'retry', reason: 'WhatsApp asked to slow down', afterMs: 60_000 };
    return { type: 'retry', reason: `WhatsApp media lookup answered HTTP ${response.status}` };
  }

  return {
    async fetch(item, maxBytes): Promise<FetchResult> {
      const mediaId = String(item.source.ref ?? '');
      if (!mediaId) return { type: 'permanent', reason: 'no WhatsApp media id' };
      for (let round = 1; ; round++) {
        const info = await mediaInfo(mediaId);
        if ('type' in info) return info;
        if ((info.file_size ?? 0) > maxBytes)
          return { type: 'too_large', reason: 'larger than Suar accepts' };
        let response: Response;
        try {
          response = await fetch(info.url!, { headers: auth, signal: AbortSignal.timeout(timeoutMs) });
        } catch (error) {
          return { type: 'retry', reason: `WhatsApp media download broke off (${(error as Error).name})` };
        }
        if (!response.ok) {
          await response.body?.cancel();
          // The URL expired (minutes after the lookup): ask for a fresh one, once.
          if (round === 1 && [401, 403, 404, 410].includes(response.status)) continue;
          return { type: 'retry', reason: `WhatsApp media download answered HTTP ${response.status}` };
        }
        let body: Awaited<ReturnType<typeof readBodyWithin>>;
        try {
          body = await readBodyWithin(response, maxBytes);
        } catch (error) {
          return { type: 'retry', reason: `WhatsApp media download broke off (${(error as Error).name})` };
        }
        if (body.type === 'too_large') return { type: 'too_large', reason: 'larger than Suar accepts' };
        // Meta gives the file's SHA-256: a download that does not match it was cut or changed on the way.
        if (info.sha256 && !matchesSha256(body.bytes, info.sha256)) {
          return { type: 'retry', reason: 'WhatsApp media did not match its SHA-256 (incomplete download)' };
        }
        return body;
      }
    },
  };
}

/** Compares bytes with a SHA-256 given in hex or base64 (Meta's documentation shows both); unknown forms pass. */
function matchesSha256(bytes: Uint8Array, given: string): boolean {
  const digest = createHash('sha256').update(bytes).digest();
  if (/^[0-9a-f]{64}$/i.test(given)) return digest.toString('hex') === given.toLowerCase();
  const decoded = Buffer.from(given, 'base64');
  return decoded.length !== 32 || decoded.equals(digest);
}
