import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import QRCode from 'qrcode';
import { HttpProblem } from '../../../http/http-problem.ts';
import type { BaileysConnection } from './baileys-connection.ts';

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Admin page for linking the WhatsApp number until the desk exists: the link status, and the QR code (and
 * pairing code) while one is on offer. Behind a configured admin token (Authorization: Bearer …).
 */
export function whatsappAdminRoutes(connection: BaileysConnection, adminToken: string) {
  const app = new Hono();
  app.use(async (c, next) => {
    const token = /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    if (!token || !sameText(token, adminToken)) throw new HttpProblem(401, 'missing or wrong admin token');
    c.header('cache-control', 'no-store');
    await next();
  });
  app.get('/', async (c) => {
    const status = connection.status();
    if (c.req.query('format') === 'json') return c.json(status);
    const qr = status.state === 'qr' ? await QRCode.toString(status.qr, { type: 'svg', margin: 2 }) : '';
    const pairing =
      status.state === 'qr' && status.pairingCode ? `<p>Pairing code: <b>${status.pairingCode}</b></p>` : '';
    return c.html(
      `<!doctype html><meta charset="utf-8"><title>Suar · WhatsApp</title><meta http-equiv="refresh" content="10">` +
        `<h1>WhatsApp: ${status.state}</h1>${qr ? `<div style="width:320px">${qr}</div>` : ''}${pairing}`,
    );
  });
  return app;
}

/** Prints a QR code (or pairing code) for linking in the terminal; never to the log. */
export async function printLinkCode(
  status: { qr: string; pairingCode?: string },
  write = (s: string) => process.stdout.write(s),
): Promise<void> {
  const art = await QRCode.toString(status.qr, { type: 'terminal', small: true });
  write(`\nScan with WhatsApp on the hotline phone (Linked devices → Link a device):\n${art}\n`);
  if (status.pairingCode) write(`Or enter the pairing code: ${status.pairingCode}\n`);
}
