import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { cleanText, isCleanKey } from '../../src/channels/clean-inbound.ts';
import { handleInbound } from '../../src/conversations/handle-inbound.ts';
import { createApp } from '../../src/http/app.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { testHost } from '../support/test-host.ts';

describe('cleaning inbound text', () => {
  it('replaces lone surrogates, keeps pairs, drops control characters but tab and line breaks', () => {
    expect(cleanText('ok\ud800x')).toBe('ok\ufffdx');
    expect(cleanText('\udc00a')).toBe('\ufffda');
    expect(cleanText('😀 a\ud83d')).toBe('😀 a\ufffd');
    expect(cleanText('a\u0000b\u0007c\u007f')).toBe('abc');
    expect(cleanText('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
    expect(isCleanKey('msg-1')).toBe(true);
    expect(isCleanKey('msg\u00001')).toBe(false);
    expect(isCleanKey('msg\ud800')).toBe(false);
  });
});

describeEachDatabase('bad input on the web chat', (database) => {
  const app = () => createApp({ host: testHost(database().db).host, logger: pino({ level: 'silent' }) });

  async function conversation() {
    const res = await app().request('/api/webchat/conversations', { method: 'POST' });
    return (await res.json()) as { id: string; token: string };
  }

  async function post(conv: { id: string; token: string }, body: string) {
    return app().request(`/api/webchat/conversations/${conv.id}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${conv.token}`, 'content-type': 'application/json' },
      body,
    });
  }

  async function inboundTexts(address: string): Promise<(string | null)[]> {
    const rows = await database()
      .db.selectFrom('messages')
      .innerJoin('contacts', 'contacts.id', 'messages.contact_id')
      .select('messages.body')
      .where('contacts.address', '=', address)
      .where('messages.direction', '=', 'in')
      .where('messages.body', 'is not', null)
      .orderBy('messages.id')
      .execute();
    return rows.map((r) => r.body);
  }

  it('stores a text with a lone surrogate or a NUL, cleaned, and answers it', async () => {
    const conv = await conversation();
    expect((await post(conv, '{"text":"ok\\ud800x"}')).status).toBe(202);
    expect((await post(conv, '{"text":"ya\\u0000 tentu"}')).status).toBe(202);
    expect(await inboundTexts(conv.id)).toEqual(['ok\ufffdx', 'ya tentu']);
  });

  it('refuses a client id with a NUL or a lone surrogate with a 400 that says why, storing nothing', async () => {
    const conv = await conversation();
    for (const id of ['a\\u0000b', 'x\\ud800']) {
      const res = await post(conv, `{"id":"${id}","text":"halo"}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/id: .*control characters/);
    }
    expect(await inboundTexts(conv.id)).toEqual([]);
  });

  it('scopes client ids to their conversation: another conversation may use the same id', async () => {
    const a = await conversation();
    const b = await conversation();
    const first = await post(a, '{"id":"msg-1","text":"ya"}');
    expect(await first.json()).toEqual({ status: 'processed' });
    const again = await post(a, '{"id":"msg-1","text":"ya"}');
    expect(await again.json()).toEqual({ status: 'duplicate' });
    const other = await post(b, '{"id":"msg-1","text":"tidak"}');
    expect(await other.json()).toEqual({ status: 'processed' });
    expect(await inboundTexts(b.id)).toEqual(['tidak']);
  });

  it('refuses a database data exception as bad input, not as an outage', async () => {
    const { host } = testHost(database().db);
    // A language hint is cleaned too; an address is a key and is refused before the database sees it.
    await expect(
      handleInbound(host, { channel: 'telegram', externalId: '1:1', address: 'a\u0000', text: 'x' }),
    ).rejects.toThrow(/bad address/);
    const outcome = await handleInbound(host, {
      channel: 'telegram',
      externalId: '9:1',
      address: '9',
      text: 'halo',
      languageHint: 'i\ud800d',
      attachments: [{ kind: 'photo', ref: 'f\u0000', mimeType: 'image/\udc00' }],
    });
    expect(outcome.status).toBe('processed');
  });
});
