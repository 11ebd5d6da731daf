import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../../../db/schema.ts';
import type { ChannelSender, OutboxItem, SendResult } from '../../../outbox/channel-sender.ts';
import { lastInboundAt, recordSentMessage, templateSentSince } from '../sent-messages.ts';
import { type CloudMessageBody, renderCloudMessage } from './render-cloud-message.ts';

/** How to reach the Graph API for one WhatsApp business phone number. */
export interface CloudApiSettings {
  /** Base URL of the Graph API, e.g. https://graph.facebook.com (a fake on 127.0.0.1 in tests). */
  graphUrl: string;
  apiVersion: string;
  phoneNumberId: string;
  accessToken: string;
  /** Approved template sent when the 24-hour window is closed; none means such messages fail permanently. */
  template?: { name: string; language: string };
  /** Per-request timeout. */
  timeoutMs?: number;
}

/** The customer-service window: free-form messages only within 24 hours of the person's last message. */
export const SERVICE_WINDOW_MS = 24 * 60 * 60_000;

// Meta's error codes (Cloud API error reference), grouped by what the outbox should do.
const THROTTLED = new Set([4, 80007, 130429, 131048, 131056]);
const TRANSIENT = new Set([1, 2, 131000, 131016, 133004, 131057]);
const AUTH = new Set([0, 10, 190, 200]);
const WINDOW_CLOSED = new Set([131047, 470]);

type GraphAnswer =
  | { ok: true; id: string }
  | { ok: false; status: number; code: number | undefined; title: string; retryAfterMs?: number };

/** Classifies a failed Graph API call into the outbox's terms. */
export function classifyCloudFailure(answer: Exclude<GraphAnswer, { ok: true }>): SendResult {
  const reason = `cloud api ${answer.status} ${answer.code ?? ''} ${answer.title}`
    .replace(/\s+/g, ' ')
    .trim();
  if (answer.status === 429 || (answer.code !== undefined && THROTTLED.has(answer.code))) {
    return { type: 'retry', reason, afterMs: answer.retryAfterMs ?? 60_000 };
  }
  if (
    answer.status >= 500 ||
    answer.status === 0 ||
    (answer.code !== undefined && TRANSIENT.has(answer.code))
  ) {
    return answer.retryAfterMs
      ? { type: 'retry', reason, afterMs: answer.retryAfterMs }
      : { type: 'retry', reason };
  }
  // Why retry on a rejected token: it is Suar's configuration, not the person; messages wait for the fix
  // (the worker still gives up after its maximum tries, and the desk sees it).
  if (answer.status === 401 || (answer.code !== undefined && AUTH.has(answer.code))) {
    return { type: 'retry', reason, afterMs: 5 * 60_000 };
  }
  return { type: 'permanent', reason };
}

/** Sends outbox rows through the WhatsApp Cloud API, honouring the 24-hour window. */
export function cloudApiSender(
  db: Kysely<DB>,
  settings: CloudApiSettings,
  logger: Logger,
  clock = () => new Date(),
): ChannelSender {
  const url = `${settings.graphUrl.replace(/\/+$/, '')}/${settings.apiVersion}/${settings.phoneNumberId}/messages`;

  async function post(to: string, body: CloudMessageBody): Promise<GraphAnswer> {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${settings.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to, ...body }),
        signal: AbortSignal.timeout(settings.timeoutMs ?? 15_000),
      });
    } catch (error) {
      return { ok: false, status: 0, code: undefined, title: `network: ${(error as Error).name}` };
    }
    const json = (await response.json().catch(() => ({}))) as {
      messages?: { id?: string }[];
      error?: { code?: number; error_subcode?: number; message?: string; type?: string };
    };
    const id = json.messages?.[0]?.id;
    if (response.ok && id) return { ok: true, id };
    const retryAfter = Number(response.headers.get('retry-after'));
    const answer: GraphAnswer = {
      ok: false,
      status: response.ok ? 502 : response.status,
      code: json.error?.code,
      // Meta's error messages name the problem, not the message content.
      title: (json.error?.type ?? (response.ok ? 'no message id in answer' : '')).slice(0, 100),
    };
    if (Number.isFinite(retryAfter) && retryAfter > 0) answer.retryAfterMs = retryAfter * 1000;
    return answer;
  }

  async function sendTemplate(item: OutboxItem, since: Date): Promise<SendResult> {
    const template = settings.template;
    if (!template)
      return { type: 'permanent', reason: 'outside the 24-hour window and no template configured' };
    const reason = `outside the 24-hour window: template ${template.name} sent to invite a reply`;
    if (await templateSentSince(db, item.contactId, since)) return { type: 'permanent', reason };
    const answer = await post(item.address, {
      type: 'template',
      template: { name: template.name, language: { code: template.language } },
    });
    if (!answer.ok) return classifyCloudFailure(answer);
    await recordSentMessage(db, {
      transport: 'cloud',
      contactId: item.contactId,
      outboxId: item.id,
      waMessageId: answer.id,
      template: template.name,
      sentAt: clock(),
    });
    // The message itself did not go out; the desk sees it and can send it again once the person replies.
    return { type: 'permanent', reason };
  }

  return {
    async send(item) {
      // The Cloud API cannot delete a business's messages from the person's phone; the flow's own
      // confirmation explains what was possible. Nothing to retry.
      if (item.kind === 'delete') return { type: 'sent' };
      // Nor can it set a chat's disappearing-messages timer: only the person can, in WhatsApp.
      if (item.kind === 'disappearing') return { type: 'sent' };
      if (!item.message) return { type: 'permanent', reason: 'message row without payload' };
      const last = await lastInboundAt(db, item.contactId);
      const now = clock();
      if (!last || now.getTime() - last.getTime() >= SERVICE_WINDOW_MS) {
        return sendTemplate(item, last ?? new Date(0));
      }
      const answer = await post(item.address, renderCloudMessage(item.message));
      if (!answer.ok) {
        if (answer.code !== undefined && WINDOW_CLOSED.has(answer.code)) return sendTemplate(item, last);
        const result = classifyCloudFailure(answer);
        logger.warn({
          event: 'whatsapp_cloud_send_failed',
          outbox_id: item.id,
          status: answer.status,
          code: answer.code,
        });
        return result;
      }
      await recordSentMessage(db, {
        transport: 'cloud',
        contactId: item.contactId,
        outboxId: item.id,
        waMessageId: answer.id,
        sentAt: clock(),
      });
      return { type: 'sent' };
    },
  };
}
