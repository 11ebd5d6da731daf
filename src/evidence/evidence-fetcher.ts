import type { ClaimedEvidence } from './evidence-store.ts';

/** How a download went, in the terms the retry policy needs. */
export type FetchResult =
  | { type: 'fetched'; bytes: Uint8Array }
  /** Transient (network, 5xx, 429, an expired link): try again, after `afterMs` when the platform said so. */
  | { type: 'retry'; reason: string; afterMs?: number }
  /** The platform's own limit (Telegram's 20 MB) or our cap was passed while downloading. */
  /** `limitBytes`: the limit it passed, when the platform's own (else Suar's largest cap). */
  | { type: 'too_large'; reason: string; limitBytes?: number }
  /** It will never work (the file is gone from the platform, the id is unknown). */
  | { type: 'permanent'; reason: string };

/** One platform's way to download a file; platform differences live behind it. */
export interface EvidenceFetcher {
  /** Downloads the item's file; stops (too_large) past `maxBytes`. Never throws for a platform's answer. */
  fetch(item: ClaimedEvidence, maxBytes: number): Promise<FetchResult>;
}

/** A fetch's source says which fetcher can download it. */
export type FetchVia = 'telegram' | 'whatsapp_cloud' | 'baileys' | 'upload';

/** Reads a response body, stopping once it passes `maxBytes` (a server may lie about or omit its length). */
export async function readBodyWithin(
  response: Response,
  maxBytes: number,
): Promise<{ type: 'fetched'; bytes: Uint8Array } | { type: 'too_large' }> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return { type: 'too_large' };
  }
  if (!response.body) return { type: 'fetched', bytes: new Uint8Array() };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    // Leaving the loop cancels the stream: the rest is never downloaded.
    if (total > maxBytes) return { type: 'too_large' };
    chunks.push(chunk);
  }
  return { type: 'fetched', bytes: Buffer.concat(chunks, total) };
}
