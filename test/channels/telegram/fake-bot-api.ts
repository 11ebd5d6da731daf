import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Bot API call the fake received. */
export interface RecordedCall {
  method: string;
  payload: Record<string, any>;
  at: number;
}

/** A scripted answer: the Bot API's JSON body and HTTP status. */
export interface ScriptedAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** The bot the fake pretends to be. */
export const FAKE_BOT_INFO = {
  id: 42,
  is_bot: true as const,
  first_name: 'Suar',
  username: 'suar_test_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
};

/**
 * A fake Telegram Bot API on 127.0.0.1: records every call, answers like Telegram, and can be told to fail the
 * next calls of a method (429, 403, 500…). Never the real Telegram.
 */
export async function startFakeBotApi(options: { record?: boolean } = {}) {
  const calls: RecordedCall[] = [];
  // null: answer this call normally (lets a script fail the second call, not the first).
  const scripted = new Map<string, (ScriptedAnswer | null)[]>();
  let nextMessageId = 1000;
  let count = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = (req.url ?? '').split('/').at(-1) ?? '';
      const text = Buffer.concat(chunks).toString('utf8');
      const payload = text ? (JSON.parse(text) as Record<string, any>) : {};
      count++;
      if (options.record !== false) calls.push({ method, payload, at: Date.now() });
      const chatKey = `${method}:${payload.chat_id ?? ''}`;
      const script = scripted.get(chatKey)?.length ? scripted.get(chatKey) : scripted.get(method);
      const answer = script?.shift() ?? defaultAnswer(method, payload);
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  function defaultAnswer(method: string, payload: Record<string, any>): ScriptedAnswer {
    const ok = (result: unknown) => ({ status: 200, body: { ok: true, result } });
    switch (method) {
      case 'getMe':
        return ok(FAKE_BOT_INFO);
      case 'sendMessage':
        return ok({
          message_id: nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(payload.chat_id), type: 'private' },
          text: payload.text,
        });
      case 'getUpdates':
        return ok([]);
      default:
        return ok(true);
    }
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** The apiRoot to give grammY. */
    url: `http://127.0.0.1:${port}`,
    calls,
    /** Calls received so far, recorded or not. */
    get count() {
      return count;
    },
    /** Calls of one method, optionally to one chat. */
    callsOf(method: string, chatId?: string | number) {
      return calls.filter(
        (c) => c.method === method && (chatId === undefined || String(c.payload.chat_id) === String(chatId)),
      );
    },
    /** Lets the next call of `method` through before any failure scripted after it. */
    passNext(method: string, chatId?: number | string) {
      const key = chatId === undefined ? method : `${method}:${chatId}`;
      scripted.set(key, [...(scripted.get(key) ?? []), null]);
    },
    /** Makes the next `times` calls of `method` (to one chat, if given) answer with an error. */
    failNext(
      method: string,
      errorCode: number,
      description: string,
      options: { times?: number; retryAfter?: number; chatId?: number | string } = {},
    ) {
      const { times = 1, retryAfter, chatId } = options;
      const key = chatId === undefined ? method : `${method}:${chatId}`;
      const queue = scripted.get(key) ?? [];
      for (let i = 0; i < times; i++) {
        queue.push({
          status: errorCode,
          body: {
            ok: false,
            error_code: errorCode,
            description,
            ...(retryAfter !== undefined ? { parameters: { retry_after: retryAfter } } : {}),
          },
        });
      }
      scripted.set(key, queue);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The fake's handle. */
export type FakeBotApi = Awaited<ReturnType<typeof startFakeBotApi>>;
