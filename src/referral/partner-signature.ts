import { createHmac, timingSafeEqual } from 'node:crypto';

// HMAC-SHA256 signatures between Suar and a partner, both ways: over `<unix seconds>.<raw body>` with the
// partner's secret, sent as `Suar-Timestamp` and `Suar-Signature: v1=<hex>`. The timestamp inside the
// signed text bounds a replay to the window; the receiver also remembers signatures it accepted.

/** Header carrying the unix time (seconds) the request was signed at. */
export const TIMESTAMP_HEADER = 'suar-timestamp';
/** Header carrying `v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'suar-signature';

/** The signature of a body signed at `timestamp` (unix seconds). */
export function signPartnerBody(secret: string, timestamp: number, rawBody: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

/** Why a signed request was refused. */
export type SignatureProblem = 'missing' | 'malformed' | 'stale' | 'mismatch';

/**
 * Checks a signed request: both headers present, the timestamp within `windowSeconds` of now (either way),
 * and the signature equal in constant time. Returns null when it holds.
 */
export function checkPartnerSignature(
  secret: string,
  timestampHeader: string | undefined,
  signatureHeader: string | undefined,
  rawBody: string,
  now: Date,
  windowSeconds: number,
): SignatureProblem | null {
  if (!timestampHeader || !signatureHeader) return 'missing';
  if (!/^\d{1,12}$/.test(timestampHeader)) return 'malformed';
  const match = /^v1=([0-9a-f]{64})$/.exec(signatureHeader.trim());
  if (!match) return 'malformed';
  const timestamp = Number(timestampHeader);
  if (Math.abs(now.getTime() / 1000 - timestamp) > windowSeconds) return 'stale';
  const expected = Buffer.from(signPartnerBody(secret, timestamp, rawBody).slice(3), 'hex');
  const given = Buffer.from(match[1]!, 'hex');
  return timingSafeEqual(expected, given) ? null : 'mismatch';
}
