import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';

/** One webhook call the fake partner received, with whether its signature held. */
export interface PartnerCall {
  headers: Record<string, string>;
  body: string;
  signatureValid: boolean;
}

/**
 * A partner agency's webhook on 127.0.0.1: checks each call's HMAC-SHA256 signature itself (as a partner
 * would, without Suar's code), records it, and answers with the status the test sets.
 */
export async function startFakePartner(secretOf: () => string) {
  const calls: PartnerCall[] = [];
  let answer = 200;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const timestamp = String(req.headers['suar-timestamp'] ?? '');
      const given = /^v1=([0-9a-f]{64})$/.exec(String(req.headers['suar-signature'] ?? ''))?.[1];
      const expected = createHmac('sha256', secretOf()).update(`${timestamp}.${body}`).digest();
      const signatureValid = given !== undefined && timingSafeEqual(expected, Buffer.from(given, 'hex'));
      calls.push({
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
        body,
        signatureValid,
      });
      res.writeHead(answer, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/suar/referrals`,
    calls,
    answerWith(status: number) {
      answer = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Signs a partner's post to Suar the way docs/referral.md tells partners to. */
export function signedHeaders(secret: string, body: string, at: Date, token: string): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    'suar-timestamp': String(timestamp),
    'suar-signature': `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`,
  };
}
