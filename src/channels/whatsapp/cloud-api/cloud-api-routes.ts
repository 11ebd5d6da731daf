import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { handleInbound } from '../../../conversations/handle-inbound.ts';
import type { Host } from '../../../conversations/host.ts';
import { InvalidInboundError } from '../../../conversations/validate-inbound.ts';
import { HttpProblem } from '../../../http/http-problem.ts';
import type { InboundMessage } from '../../inbound-message.ts';
import { findLastQuestion, resolveNumberedReply } from '../numbered-options.ts';
import { recordDeliveryStatus } from '../sent-messages.ts';
import { type CloudInbound, MalformedWebhookError, mapCloudWebhook } from './map-cloud-webhook.ts';
import { verifyWhatsappSignature } from './verify-whatsapp-signature.ts';

/** What the webhook needs to know about the Meta app and phone number. */
export interface CloudWebhookSettings {
  appSecret: string;
  verifyToken: string;
  phoneNumberId: string;
}

/** Largest webhook body accepted; Meta batches stay far below it. */
export const CLOUD_WEBHOOK_BODY_LIMIT = 1024 * 1024;

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The full label behind an interactive reply: its title may have been shortened for display, so the
 * option index in its id picks the label from the question the person answered.
 */
async function withFullLabel(host: Host, inbound: CloudInbound): Promise<InboundMessage> {
  const { message, optionIndex } = inbound;
  if (optionIndex === undefined || !message.text) return message;
  const question = await findLastQuestion(host.db, 'whatsapp', message.address);
  const label = question?.options[optionIndex];
  const shown = message.text.replace(/…$/, '');
  return label?.startsWith(shown) ? { ...message, text: label } : message;
}

/** The Cloud API webhook: GET for Meta's verification handshake, POST for signed message and status events. */
export function cloudApiRoutes(host: Host, settings: CloudWebhookSettings, onQueued: () => void = () => {}) {
  const app = new Hono();

  app.get('/', (c) => {
    const mode = c.req.query('hub.mode');
    const token = c.req.query('hub.verify_token') ?? '';
    const challenge = c.req.query('hub.challenge') ?? '';
    if (mode !== 'subscribe' || !sameText(token, settings.verifyToken) || !/^[\w-]{1,200}$/.test(challenge)) {
      throw new HttpProblem(403, 'verification failed');
    }
    return c.text(challenge);
  });

  app.post(
    '/',
    bodyLimit({
      maxSize: CLOUD_WEBHOOK_BODY_LIMIT,
      onError: () => {
        throw new HttpProblem(413, 'body too large');
      },
    }),
    async (c) => {
      // The signature covers the exact bytes Meta sent: read them raw, verify, only then parse.
      const raw = new Uint8Array(await c.req.arrayBuffer());
      if (!verifyWhatsappSignature(raw, c.req.header('x-hub-signature-256'), settings.appSecret)) {
        throw new HttpProblem(401, 'missing or wrong signature');
      }
      let body: unknown;
      try {
        body = JSON.parse(Buffer.from(raw).toString('utf8'));
      } catch {
        throw new HttpProblem(400, 'body is not valid JSON');
      }
      let webhook: ReturnType<typeof mapCloudWebhook>;
      try {
        webhook = mapCloudWebhook(body, settings.phoneNumberId);
      } catch (error) {
        if (error instanceof MalformedWebhookError) throw new HttpProblem(400, error.message);
        throw error;
      }
      // In order: a batch from one person is their messages in the order they wrote them. A database
      // failure throws (503), Meta redelivers, and the dedupe key absorbs what was already stored.
      for (const inbound of webhook.messages) {
        const message = await resolveNumberedReply(host.db, await withFullLabel(host, inbound));
        try {
          await handleInbound(host, message);
        } catch (error) {
          if (!(error instanceof InvalidInboundError)) throw error;
          // A message the core refuses (too long, out-of-range location) would be refused again on every
          // redelivery: acknowledge it and say why, without its content.
          host.logger.warn({ event: 'whatsapp_cloud_message_rejected', reason: error.message });
        }
      }
      const now = host.clock();
      for (const status of webhook.statuses) await recordDeliveryStatus(host.db, 'cloud', status, now);
      if (webhook.messages.length > 0) onQueued();
      if (webhook.ignored > 0) host.logger.debug({ event: 'whatsapp_cloud_ignored', count: webhook.ignored });
      return c.json({ status: 'ok' });
    },
  );

  return app;
}
