import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * True when `X-Hub-Signature-256` ("sha256=<hex>") is the HMAC-SHA256 of the exact raw body under the app
 * secret. Compared in constant time; any other shape of header is simply false.
 */
export function verifyWhatsappSignature(
  rawBody: Uint8Array,
  header: string | undefined,
  appSecret: string,
): boolean {
  const hex = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? '')?.[1];
  if (!hex) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  const given = Buffer.from(hex, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The header value Meta would send for a body (used by tests and local tools). */
export function signWhatsappBody(rawBody: Uint8Array | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}
