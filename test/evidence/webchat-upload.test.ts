import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, expect, it } from 'vitest';
import { evidenceKeyRing, parseEvidenceKey } from '../../src/evidence/evidence-keys.ts';
import { DEFAULT_EVIDENCE_LIMITS } from '../../src/evidence/evidence-limits.ts';
import { storageKeyOf } from '../../src/evidence/evidence-storage.ts';
import { listEvidenceForTicket } from '../../src/evidence/evidence-store.ts';
import { folderStorage } from '../../src/evidence/folder-storage.ts';
import { readEvidence } from '../../src/evidence/read-evidence.ts';
import { createApp } from '../../src/http/app.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { outboxTexts, testHost } from '../support/test-host.ts';

const sample = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const photo = sample('evidence-desk/photo-gps-rotated.jpg');
const pdf = sample('evidence/contract.pdf');
const folder = mkdtempSync(join(tmpdir(), 'suar-webchat-upload-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const keys = evidenceKeyRing(parseEvidenceKey(`k1:${randomBytes(32).toString('base64')}`));

describeEachDatabase('web chat upload', (database) => {
  const storage = folderStorage(join(folder, String(Math.random())));
  const evidence = { storage, keys, limits: DEFAULT_EVIDENCE_LIMITS, uploadMaxBytes: 64 * 1024 };
  const app = (overrides = {}) =>
    createApp({
      host: testHost(database().db).host,
      logger: pino({ level: 'silent' }),
      evidence: { ...evidence, ...overrides },
    });

  async function conversation() {
    const res = await app().request('/api/webchat/conversations', { method: 'POST' });
    return (await res.json()) as { id: string; token: string };
  }
  const upload = (
    conv: { id: string; token: string },
    body: Uint8Array,
    headers: Record<string, string> = {},
    query = '',
    a = app(),
  ) =>
    a.request(`/api/webchat/conversations/${conv.id}/files${query}`, {
      method: 'POST',
      body: new Blob([new Uint8Array(body)]),
      headers: {
        authorization: `Bearer ${conv.token}`,
        'content-type': 'application/octet-stream',
        ...headers,
      },
    });

  it('keeps an uploaded photo encrypted as evidence of the conversation, and thanks the person', async () => {
    const conv = await conversation();
    const res = await upload(
      conv,
      photo,
      { 'x-file-name': encodeURIComponent('paspor saya.jpg') },
      '?id=up-1',
    );
    expect(res.status).toBe(202);
    const { file } = (await res.json()) as { file: string };
    const { item, bytes } = await readEvidence(database().db, storage, keys, file);
    expect(bytes.equals(photo)).toBe(true);
    expect(item).toMatchObject({
      status: 'stored',
      kind: 'photo',
      detectedMime: 'image/jpeg',
      declaredName: 'paspor saya.jpg',
    });
    expect(item.width).toBe(80);
    const onDisk = readFileSync(join(storage.describe.split(' ')[1]!, storageKeyOf(file)));
    expect(onDisk.includes(photo.subarray(0, 64))).toBe(false);
    expect((await outboxTexts(database().db, conv.id)).at(-1)).toMatch(/^Foto sudah kami terima\./);
    // The same upload sent again (the page retried) is taken once; its second copy is not kept.
    const again = await upload(conv, photo, {}, '?id=up-1');
    expect(((await again.json()) as { status: string }).status).toBe('duplicate');
    const rows = await database()
      .db.selectFrom('evidence_items')
      .select('id')
      .where('contact_id', '=', item.contactId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses a forged type (415), a file over the cap (413), an empty or cut file (400), a wrong token (401)', async () => {
    const conv = await conversation();
    const exe = Buffer.concat([Buffer.from('MZ'), randomBytes(300)]);
    const forged = await upload(conv, exe, { 'x-file-name': 'foto.jpg', 'content-type': 'image/jpeg' });
    expect(forged.status).toBe(415);
    expect(((await forged.json()) as { error: string }).error).toMatch(/not accepted/);
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(100)]);
    expect((await upload(conv, zip)).status).toBe(415);
    expect((await upload(conv, randomBytes(70 * 1024))).status).toBe(413);
    expect((await upload(conv, new Uint8Array())).status).toBe(400);
    const cut = await upload(conv, pdf.subarray(0, pdf.length - 200));
    expect(cut.status).toBe(400);
    expect(((await cut.json()) as { error: string }).error).toMatch(/incomplete/);
    expect((await upload({ ...conv, token: 'wrong' }, pdf)).status).toBe(401);
    const contact = await database()
      .db.selectFrom('webchat_conversations')
      .select('contact_id')
      .where('id', '=', conv.id)
      .executeTakeFirstOrThrow();
    const rows = await database()
      .db.selectFrom('evidence_items')
      .select('id')
      .where('contact_id', '=', contact.contact_id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('answers 503 (try again) when storage fails, and takes nothing in', async () => {
    const conv = await conversation();
    const blocked = join(folder, `blocked-${Math.random()}`);
    writeFileSync(blocked, 'not a folder');
    const res = await upload(conv, pdf, {}, '', app({ storage: folderStorage(blocked) }));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeTruthy();
    const messages = await database()
      .db.selectFrom('messages')
      .innerJoin('webchat_conversations', 'webchat_conversations.contact_id', 'messages.contact_id')
      .select('messages.id')
      .where('webchat_conversations.id', '=', conv.id)
      .where('direction', '=', 'in')
      .execute();
    expect(messages).toHaveLength(1); // the conversation's start only
    expect(await listEvidenceForTicket(database().db, '00000000-0000-4000-8000-000000000000')).toEqual([]);
  });
});
