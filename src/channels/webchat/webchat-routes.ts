import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { handleInbound } from '../../conversations/handle-inbound.ts';
import type { Host } from '../../conversations/host.ts';
import { megabytes } from '../../evidence/judge-file.ts';
import { RateLimitedError } from '../../fairness/rate-limited-error.ts';
import { type ClientIp, clientIpReader } from '../../http/client-ip.ts';
import { HttpProblem } from '../../http/http-problem.ts';
import { isCleanKey } from '../clean-inbound.ts';
import type { InboundMessage } from '../inbound-message.ts';
import { createWebchatConversation, findWebchatConversation, listBotMessagesAfter } from './webchat-store.ts';
import { takeUpload, type WebchatEvidence } from './webchat-upload.ts';

/** Largest request body the web chat accepts. */
export const WEBCHAT_BODY_LIMIT = 32 * 1024;

const messageBody = z
  .strictObject({
    /** Optional client message id: a retried POST with the same id is processed once. */
    id: z
      .string()
      .min(1)
      .max(100)
      .refine(isCleanKey, 'must not contain control characters or broken Unicode')
      .optional(),
    text: z
      .string()
      .trim()
      .min(1, 'text is empty')
      .max(4096, 'text is longer than 4096 characters')
      .optional(),
    location: z
      .strictObject({
        latitude: z.number().min(-90).max(90),
        longitude: z.number().min(-180).max(180),
      })
      .optional(),
  })
  .refine((b) => (b.text === undefined) !== (b.location === undefined), 'send either "text" or "location"');

const creationBody = z.strictObject({
  /** A random secret of the client's own (at least 32 base64url characters): makes creation idempotent. */
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{32,128}$/, 'must be 32-128 characters of A-Z, a-z, 0-9, _ and -')
    .optional(),
});

/** A 400 naming every problem zod found in a body. */
function invalidBody(error: z.ZodError): HttpProblem {
  return new HttpProblem(
    400,
    error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
  );
}

/** Reads the optional creation body (an empty body is fine: the server then picks the token). */
async function readCreation(c: Context): Promise<z.infer<typeof creationBody>> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'body is not valid JSON');
  }
  const parsed = creationBody.safeParse(json);
  if (!parsed.success) {
    throw invalidBody(parsed.error);
  }
  return parsed.data;
}

/** The conversation id a client token stands for: a UUID-shaped digest, so the id does not reveal the token. */
function idForToken(token: string): string {
  const hex = createHash('sha256').update(`suar-webchat-conversation:${token}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What the web-chat routes need besides the host. */
export interface WebchatRouteOptions {
  /** Called after a message was queued, so the outbox worker sends without waiting for its poll. */
  onQueued?: () => void;
  /** Reads the client's address, for the per-address limits. */
  clientIp?: ClientIp;
  /** Where uploaded files go; without it, uploads are refused (503). */
  evidence?: WebchatEvidence;
}

/** The web-chat JSON API: create a conversation, post messages, poll the bot's replies. */
export function webchatRoutes(host: Host, options: WebchatRouteOptions = {}) {
  const app = new Hono();
  const onQueued = options.onQueued ?? (() => {});
  const clientIp = options.clientIp ?? clientIpReader();

  /** Takes one token of a per-address limit, or refuses with 429. */
  function limitAddress(c: Context, scope: 'ip' | 'creation') {
    const fairness = host.fairness;
    if (!fairness) return;
    const taken = (scope === 'ip' ? fairness.ips : fairness.creations).take(clientIp(c));
    if (!taken.ok) throw new RateLimitedError(scope, taken.retryAfterMs, taken.first);
  }

  async function authorize(id: string, authorization: string | undefined) {
    const conversation = uuidPattern.test(id) ? await findWebchatConversation(host.db, id) : undefined;
    if (!conversation) throw new HttpProblem(404, 'conversation not found');
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (!token || !sameHash(hashToken(token), conversation.tokenHash)) {
      throw new HttpProblem(401, 'missing or wrong token');
    }
    return conversation;
  }

  app.post(
    '/conversations',
    bodyLimit({
      maxSize: 1024,
      onError: () => {
        throw new HttpProblem(400, 'body larger than 1024 bytes');
      },
    }),
    async (c) => {
      limitAddress(c, 'creation');
      const body = await readCreation(c);
      // With a token of the client's own, the conversation's id follows from it: a retried creation finds
      // the same conversation instead of opening a second one.
      const token = body.token ?? randomBytes(32).toString('base64url');
      const id = body.token ? idForToken(body.token) : randomUUID();
      const existing = body.token ? await findWebchatConversation(host.db, id) : undefined;
      if (existing && !sameHash(hashToken(token), existing.tokenHash)) {
        throw new HttpProblem(409, 'conversation exists with another token');
      }
      if (!existing) await createWebchatConversationOnce(id, hashToken(token));
      // Opening the chat starts the conversation, so the greeting is waiting for the first poll (a repeat
      // is absorbed by the start's dedupe key).
      await handleInbound(host, {
        channel: 'webchat',
        externalId: `start:${id}`,
        address: id,
        startPayload: '',
      });
      onQueued();
      return c.json({ id, token }, existing ? 200 : 201);
    },
  );

  /** Creates a conversation; two creations racing with the same token end with one conversation. */
  async function createWebchatConversationOnce(id: string, tokenHash: string) {
    try {
      await createWebchatConversation(host.db, id, tokenHash);
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
    }
  }

  app.post(
    '/conversations/:id/messages',
    bodyLimit({
      maxSize: WEBCHAT_BODY_LIMIT,
      onError: () => {
        throw new HttpProblem(400, `body larger than ${WEBCHAT_BODY_LIMIT} bytes`);
      },
    }),
    async (c) => {
      limitAddress(c, 'ip');
      const conversation = await authorize(c.req.param('id'), c.req.header('authorization'));
      let json: unknown;
      try {
        json = await c.req.json();
      } catch {
        throw new HttpProblem(400, 'body is not valid JSON');
      }
      const parsed = messageBody.safeParse(json);
      if (!parsed.success) {
        throw invalidBody(parsed.error);
      }
      const body = parsed.data;
      const message: InboundMessage = {
        channel: 'webchat',
        externalId: body.id ? `client:${body.id}` : randomUUID(),
        address: conversation.id,
      };
      if (body.text !== undefined) message.text = body.text;
      if (body.location) message.location = body.location;
      // The page keeps what it could not send and retries: over a limit it is told to wait (429).
      const outcome = await handleInbound(host, message, { whenLimited: 'refuse' });
      onQueued();
      return c.json({ status: outcome.status }, 202);
    },
  );

  // The request body is the file itself (the page sends it with XMLHttpRequest, so it can show progress).
  app.post(
    '/conversations/:id/files',
    bodyLimit({
      maxSize: options.evidence?.uploadMaxBytes ?? 0,
      onError: () => {
        const max = options.evidence?.uploadMaxBytes ?? 0;
        throw new HttpProblem(413, `the file is larger than ${megabytes(max)} MB`);
      },
    }),
    async (c) => {
      limitAddress(c, 'ip');
      const conversation = await authorize(c.req.param('id'), c.req.header('authorization'));
      if (!options.evidence) throw new HttpProblem(503, 'files cannot be received here', 60);
      const taken = await takeUpload(c, host, options.evidence, conversation.id);
      onQueued();
      return c.json({ status: taken.status, file: taken.fileId }, 202);
    },
  );

  app.get('/conversations/:id/messages', async (c) => {
    const conversation = await authorize(c.req.param('id'), c.req.header('authorization'));
    const after = c.req.query('after') ?? '0';
    if (!/^\d{1,18}$/.test(after))
      throw new HttpProblem(400, '"after" must be a cursor from an earlier answer');
    const rows = await listBotMessagesAfter(host.db, conversation.contactId, after, 100);
    const messages = rows.map((row) => {
      const payload = row.payload as {
        options?: string[];
        expects?: string | null;
        reference?: string;
        clear?: boolean;
      };
      return {
        id: row.id,
        text: row.body ?? '',
        options: payload.options ?? [],
        expects: payload.expects ?? null,
        ...(payload.reference ? { reference: payload.reference } : {}),
        ...(payload.clear ? { clear: true } : {}),
      };
    });
    return c.json({ messages, cursor: rows.at(-1)?.id ?? after });
  });

  return app;
}
