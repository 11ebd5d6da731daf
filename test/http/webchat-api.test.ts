import { pino } from 'pino';
import { expect, it } from 'vitest';
import { isReportRef } from '../../src/conversations/host.ts';
import { createApp } from '../../src/http/app.ts';
import { answerEverything } from '../support/answering-client.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { testHost } from '../support/test-host.ts';

describeEachDatabase('web chat API', (database) => {
  const app = () => createApp({ host: testHost(database().db).host, logger: pino({ level: 'silent' }) });

  async function conversation() {
    const res = await app().request('/api/webchat/conversations', { method: 'POST' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; token: string };
    expect(body.token.length).toBeGreaterThanOrEqual(40);
    return body;
  }

  it('greets at once and shows the first question with its options and kind', async () => {
    const { id, token } = await conversation();
    const res = await app().request(`/api/webchat/conversations/${id}/messages`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      messages: { text: string; options: string[]; expects: string }[];
      cursor: string;
    };
    expect(body.messages.at(-1)).toMatchObject({
      options: ['Ya', 'Tidak', 'Lewati', 'English'],
      expects: 'yes_no',
    });
    const later = await app().request(`/api/webchat/conversations/${id}/messages?after=${body.cursor}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await later.json()) as { messages: unknown[] }).messages).toEqual([]);
  });

  it('completes a report in Indonesian when a client answers whatever is asked', async () => {
    const result = await answerEverything((path, init) => Promise.resolve(app().request(path, init)), {
      pick: (m) => (/bahaya/.test(m.text) && m.expects === 'yes_no' ? 'Tidak' : undefined),
    });
    expect(result.reference && isReportRef(result.reference)).toBe(true);
    expect(result.messages.at(-1)?.text).toContain(result.reference);
    expect(result.messages.some((m) => m.text.includes('Nomor darurat setempat'))).toBe(false);
  });

  it('completes a report in English', async () => {
    const result = await answerEverything((path, init) => Promise.resolve(app().request(path, init)), {
      language: 'en',
      pick: (m) => (/danger/.test(m.text) && m.expects === 'yes_no' ? 'No' : undefined),
    });
    expect(result.reference && isReportRef(result.reference)).toBe(true);
    expect(result.messages.at(-1)?.text).toMatch(/Report number/);
  });

  it('completes a report on the emergency path, with emergency help sent first', async () => {
    const result = await answerEverything((path, init) => Promise.resolve(app().request(path, init)), {
      pick: (m) => (/bahaya/.test(m.text) && m.expects === 'yes_no' ? 'Ya' : undefined),
    });
    expect(result.reference && isReportRef(result.reference)).toBe(true);
    expect(result.messages.some((m) => m.text.includes('Nomor darurat setempat'))).toBe(true);
  });

  it('creates a conversation once for a client token, however often the creation is retried', async () => {
    const token = 'client-token-0123456789-abcdefghijklmnop';
    const create = () =>
      app().request('/api/webchat/conversations', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
    const first = await create();
    expect(first.status).toBe(201);
    const again = await create();
    expect(again.status).toBe(200);
    const [a, b] = (await Promise.all([first.json(), again.json()])) as { id: string; token: string }[];
    expect(b).toEqual(a);
    expect(a!.token).toBe(token);
    const greetings = await app().request(`/api/webchat/conversations/${a!.id}/messages`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const { messages } = (await greetings.json()) as { messages: { text: string }[] };
    expect(messages.filter((m) => m.text.startsWith('Halo'))).toHaveLength(1);
    const short = await app().request('/api/webchat/conversations', {
      method: 'POST',
      body: JSON.stringify({ token: 'short' }),
    });
    expect(short.status).toBe(400);
    expect(((await short.json()) as { error: string }).error).toMatch(/^token: /);
  });

  it('answers 401 for a wrong token and 404 for an unknown conversation', async () => {
    const { id } = await conversation();
    const wrong = await app().request(`/api/webchat/conversations/${id}/messages`, {
      method: 'POST',
      headers: { authorization: 'Bearer nope', 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'ya' }),
    });
    expect(wrong.status).toBe(401);
    const missing = await app().request(`/api/webchat/conversations/${id}/messages`);
    expect(missing.status).toBe(401);
    const unknown = await app().request(
      '/api/webchat/conversations/00000000-0000-4000-8000-000000000000/messages',
    );
    expect(unknown.status).toBe(404);
    const junk = await app().request('/api/webchat/conversations/not-a-uuid/messages');
    expect(junk.status).toBe(404);
  });

  it('answers 400 with a clear message for malformed, oversized or ambiguous bodies', async () => {
    const { id, token } = await conversation();
    const post = (body: string) =>
      app().request(`/api/webchat/conversations/${id}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
    const cases: [string, RegExp][] = [
      ['{"text":', /not valid JSON/],
      [JSON.stringify({ text: 'x'.repeat(40_000) }), /larger than/],
      [JSON.stringify({ text: 'x'.repeat(5000) }), /4096/],
      [JSON.stringify({ text: 'ya', location: { latitude: 1, longitude: 2 } }), /either/],
      [JSON.stringify({}), /either/],
      [JSON.stringify({ text: '   ' }), /empty/],
      [JSON.stringify({ location: { latitude: 91, longitude: 0 } }), /latitude/],
      [JSON.stringify({ text: 'ya', extra: 1 }), /extra|Unrecognized/i],
      ['[]', /body/],
    ];
    for (const [body, message] of cases) {
      const res = await post(body);
      expect({ body: body.slice(0, 30), status: res.status }).toEqual({
        body: body.slice(0, 30),
        status: 400,
      });
      expect(((await res.json()) as { error: string }).error).toMatch(message);
    }
    const badCursor = await app().request(`/api/webchat/conversations/${id}/messages?after=abc`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(badCursor.status).toBe(400);
  });

  it('processes a retried POST with the same client id once', async () => {
    const { id, token } = await conversation();
    const post = () =>
      app().request(`/api/webchat/conversations/${id}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'c-1', text: 'ya' }),
      });
    expect(((await (await post()).json()) as { status: string }).status).toBe('processed');
    expect(((await (await post()).json()) as { status: string }).status).toBe('duplicate');
  });

  it('drops the history before a delete command, also for a page that reloads', async () => {
    const { id, token } = await conversation();
    const auth = { authorization: `Bearer ${token}` };
    const say = (text: string) =>
      app().request(`/api/webchat/conversations/${id}/messages`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      });
    await say('ya');
    await say('hapus');
    const res = await app().request(`/api/webchat/conversations/${id}/messages?after=0`, { headers: auth });
    const { messages } = (await res.json()) as { messages: { text: string; clear?: boolean }[] };
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ clear: true });
    expect(messages[0]!.text).toMatch(/hapus pesan/);
  });

  it('serves health, readiness and the chat page', async () => {
    expect((await app().request('/healthz')).status).toBe(200);
    expect(await (await app().request('/readyz')).json()).toEqual({ status: 'ready' });
    const page = await app().request('/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/api/webchat');
  });
});
