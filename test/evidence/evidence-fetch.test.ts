import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AttachmentRef, InboundMessage } from '../../src/channels/inbound-message.ts';
import { telegramFileFetcher } from '../../src/channels/telegram/telegram-file-fetcher.ts';
import { cloudMediaFetcher } from '../../src/channels/whatsapp/cloud-api/cloud-media-fetcher.ts';
import { handleInbound } from '../../src/conversations/handle-inbound.ts';
import { evidenceKeyRing, parseEvidenceKey } from '../../src/evidence/evidence-keys.ts';
import { DEFAULT_EVIDENCE_LIMITS } from '../../src/evidence/evidence-limits.ts';
import { storageKeyOf } from '../../src/evidence/evidence-storage.ts';
import { drainEvidenceOnce, type EvidenceWorkerOptions } from '../../src/evidence/evidence-worker.ts';
import { folderStorage } from '../../src/evidence/folder-storage.ts';
import { readEvidence } from '../../src/evidence/read-evidence.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { content } from '../support/engine-env.ts';
import { type FakeMediaApis, startFakeMediaApis } from '../support/fake-media-apis.ts';
import { testHost } from '../support/test-host.ts';

const TOKEN = '123456:TEST-token';
const ACCESS_TOKEN = 'graph-access-token';
const sample = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const photo = sample('evidence-desk/photo-gps-rotated.jpg');
const pdf = sample('evidence/contract.pdf');
const voice = sample('evidence-desk/voice-note.ogg');
const video = sample('evidence-desk/video.mp4');
/** An executable's header, named and declared as a photo. */
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(120)]);

const folder = mkdtempSync(join(tmpdir(), 'suar-evidence-fetch-'));
const keys = evidenceKeyRing(parseEvidenceKey(`k1:${randomBytes(32).toString('base64')}`));
let fake: FakeMediaApis;
beforeAll(async () => {
  fake = await startFakeMediaApis({ token: TOKEN, accessToken: ACCESS_TOKEN });
});
afterAll(async () => {
  await fake.close();
  rmSync(folder, { recursive: true, force: true });
});

describeEachDatabase('evidence fetch', (database) => {
  const storage = folderStorage(join(folder, randomUUID()));
  let now = new Date('2026-03-01T10:00:00Z').getTime();
  const clock = () => new Date(now);
  const worker = (overrides: Partial<EvidenceWorkerOptions> = {}): EvidenceWorkerOptions => ({
    db: database().db,
    storage,
    keys,
    limits: DEFAULT_EVIDENCE_LIMITS,
    fetchers: {
      telegram: telegramFileFetcher({ token: TOKEN, apiRoot: fake.url }),
      whatsapp_cloud: cloudMediaFetcher({
        phoneNumberId: '12345',
        accessToken: ACCESS_TOKEN,
        appSecret: 'secret-secret',
        verifyToken: 'verify-verify',
        graphUrl: fake.url,
        apiVersion: 'v21.0',
        template: undefined,
      }),
    },
    logger: pino({ level: 'silent' }),
    clock,
    notice: { texts: content.texts },
    ...overrides,
  });
  /** Drains until nothing is due now. */
  const drain = async (options = worker()) => {
    while ((await drainEvidenceOnce(options)) > 0) {}
  };

  async function send(channel: 'telegram' | 'whatsapp', attachments: AttachmentRef[], from?: string) {
    const { host } = testHost(database().db);
    host.clock = clock;
    const message: InboundMessage = {
      channel,
      externalId: randomUUID(),
      address:
        from ?? (channel === 'telegram' ? String(Date.now() + Math.random()) : `62812${Date.now() % 1e7}`),
      attachments,
    };
    await handleInbound(host, message);
    return database()
      .db.selectFrom('evidence_items')
      .selectAll()
      .innerJoin('contacts', 'contacts.id', 'evidence_items.contact_id')
      .select('evidence_items.id as item_id')
      .where('contacts.address', '=', message.address)
      .orderBy('evidence_items.created_at')
      .execute();
  }
  const statusOf = async (id: string) =>
    database().db.selectFrom('evidence_items').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('keeps a Telegram photo, PDF, voice note and video encrypted, with their hash, type and shape', async () => {
    const ids = {
      photo: `p-${randomUUID()}`,
      pdf: `d-${randomUUID()}`,
      voice: `v-${randomUUID()}`,
      video: `m-${randomUUID()}`,
    };
    fake.serve(ids.photo, photo);
    fake.serve(ids.pdf, pdf);
    fake.serve(ids.voice, voice);
    fake.serve(ids.video, video);
    const rows = await send('telegram', [
      { kind: 'photo', ref: ids.photo, size: photo.length },
      { kind: 'document', ref: ids.pdf, mimeType: 'application/pdf', name: 'kontrak.pdf' },
      { kind: 'voice', ref: ids.voice, mimeType: 'audio/ogg' },
      { kind: 'video', ref: ids.video, mimeType: 'video/mp4' },
    ]);
    expect(rows.map((r) => r.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
    await drain();
    const originals = [photo, pdf, voice, video];
    for (const [i, row] of rows.entries()) {
      const { item, bytes } = await readEvidence(database().db, storage, keys, row.item_id);
      expect(item.status).toBe('stored');
      expect(bytes.equals(originals[i]!)).toBe(true);
      // At rest: not the file, and not containing it.
      const onDisk = readFileSync(join(storage.describe.split(' ')[1] as string, storageKeyOf(item.id)));
      expect(onDisk.includes(originals[i]!.subarray(0, 64))).toBe(false);
    }
    const stored = await Promise.all(rows.map((r) => statusOf(r.item_id)));
    expect(stored.map((s) => s.detected_mime)).toEqual([
      'image/jpeg',
      'application/pdf',
      'audio/ogg',
      'video/mp4',
    ]);
    // Upright, as staff see it: the photo is stored sideways with an EXIF orientation.
    expect(stored[0]).toMatchObject({ width: 80, height: 120 });
    expect(stored[1]).toMatchObject({ declared_name: 'kontrak.pdf', size: pdf.length });
    expect(stored[2]!.duration_ms).toBeGreaterThan(3000);
    expect(stored[3]!.duration_ms).toBeGreaterThan(1000);
    for (const id of Object.values(ids)) expect(fake.downloadsOf(id)).toBe(1);
    // The message log keeps what came, not the file's name.
    const logged = await database()
      .db.selectFrom('messages')
      .select('payload')
      .where('channel', '=', 'telegram')
      .execute();
    expect(JSON.stringify(logged)).not.toContain('kontrak.pdf');
  });

  /** What was queued for a contact, oldest first. */
  const queuedFor = async (contactId: string) =>
    (
      await database()
        .db.selectFrom('outbox')
        .select('payload')
        .where('contact_id', '=', contactId)
        .orderBy('id')
        .execute()
    ).map((r) => (r.payload as { text: string }).text);
  const refusedNotices = async (contactId: string) =>
    (await queuedFor(contactId)).filter((text) => text.startsWith('Maaf, berkas yang Anda kirim'));

  it('refuses an executable named as a photo, by its content, and tells the person once', async () => {
    const id = `x-${randomUUID()}`;
    fake.serve(id, elf);
    const [row] = await send('telegram', [
      { kind: 'photo', ref: id, mimeType: 'image/jpeg', name: 'foto.jpg' },
    ]);
    const before = await queuedFor(row!.contact_id);
    await drain();
    expect(await statusOf(row!.item_id)).toMatchObject({
      status: 'refused_type',
      detected_mime: 'application/x-elf',
      storage_key: null,
    });
    // Queued with the outcome, after what the bot had said already, and never naming the file.
    const after = await queuedFor(row!.contact_id);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual([
      'Maaf, berkas yang Anda kirim tidak bisa kami buka. Kalau bisa, kirim lagi sebagai foto atau PDF.',
    ]);
    const logged = await database()
      .db.selectFrom('messages')
      .select(['direction', 'body'])
      .where('contact_id', '=', row!.contact_id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(logged).toEqual({ direction: 'out', body: after.at(-1) });
  });

  it('an album of refused files is told once; a person who paused hears nothing; English and the size limit', async () => {
    const ids = [`x1-${randomUUID()}`, `x2-${randomUUID()}`, `x3-${randomUUID()}`];
    for (const id of ids) fake.serve(id, elf);
    const rows = await send(
      'telegram',
      ids.map((ref) => ({ kind: 'document', ref, mimeType: 'application/pdf', name: 'surat.pdf' })),
    );
    await drain();
    for (const row of rows) expect((await statusOf(row.item_id)).status).toBe('refused_type');
    expect(await refusedNotices(rows[0]!.contact_id)).toHaveLength(1);
    // Another refused file from the same person a minute later is still the same burst; after the quiet
    // minutes, a new refusal is told again.
    const from = await database()
      .db.selectFrom('contacts')
      .select('address')
      .where('id', '=', rows[0]!.contact_id)
      .executeTakeFirstOrThrow();
    for (const minutes of [1, 5]) {
      now += minutes * 60_000;
      const again = `x4-${randomUUID()}`;
      fake.serve(again, elf);
      await send('telegram', [{ kind: 'document', ref: again }], from.address);
      await drain();
    }
    expect(await refusedNotices(rows[0]!.contact_id)).toHaveLength(2);

    // The person typed STOP: the outcome is recorded, nothing is sent.
    const paused = `x5-${randomUUID()}`;
    fake.serve(paused, elf);
    const [quiet] = await send('telegram', [{ kind: 'document', ref: paused }]);
    await database()
      .db.updateTable('sessions')
      .set({ state: sql`jsonb_set(state, '{paused}', 'true')` })
      .where('contact_id', '=', quiet!.contact_id)
      .execute();
    await drain();
    expect((await statusOf(quiet!.item_id)).status).toBe('refused_type');
    expect(await refusedNotices(quiet!.contact_id)).toEqual([]);

    // Over Suar's cap for its type, in the person's language: the limit is named.
    const big = `b-${randomUUID()}`;
    fake.serve(big, Buffer.concat([pdf, Buffer.alloc(1024 * 1024)]));
    const [large] = await send('telegram', [{ kind: 'document', ref: big }]);
    await database()
      .db.updateTable('sessions')
      .set({ state: sql`jsonb_set(state, '{language}', '"en"')` })
      .where('contact_id', '=', large!.contact_id)
      .execute();
    await drain(worker({ limits: { ...DEFAULT_EVIDENCE_LIMITS, document: 1024 * 1024 } }));
    expect((await statusOf(large!.item_id)).status).toBe('too_large');
    expect((await queuedFor(large!.contact_id)).at(-1)).toBe(
      'Sorry, the file you sent is too large for us to keep (at most 1 MB). If you can, please send a smaller one.',
    );
  });

  it('records a file over Telegram’s 20 MB as too large without asking for it', async () => {
    const id = `big-${randomUUID()}`;
    const [row] = await send('telegram', [{ kind: 'video', ref: id, size: 25 * 1024 * 1024 }]);
    expect(row!.status).toBe('too_large');
    await drain();
    expect(fake.calls.some((c) => c.includes(id))).toBe(false);
    // The person is told at once, not thanked for a file that will never arrive.
    const told = await database()
      .db.selectFrom('outbox')
      .select('payload')
      .where('contact_id', '=', row!.contact_id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect((told.payload as { text: string }).text).toMatch(/^Maaf, berkas ini terlalu besar/);
  });

  it('a file lost long after it arrived is a message out of the blue: it waits for the safe window', async () => {
    const [row] = await send('telegram', [{ kind: 'photo', ref: `unknown-${randomUUID()}` }]);
    const ticket = await database()
      .db.insertInto('tickets')
      .values({
        ref: `SUAR-N${randomUUID().slice(0, 6).toUpperCase()}`,
        contact_id: row!.contact_id,
        priority: 'P3',
        priority_reason: 'test',
        channel: 'telegram',
        language: 'id',
        safe_time: 'reply_only',
        sla_due_at: clock(),
        created_at: clock(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database()
      .db.updateTable('evidence_items')
      .set({ ticket_id: ticket.id })
      .where('id', '=', row!.item_id)
      .execute();
    const before = await queuedFor(row!.contact_id);
    now += 31 * 60_000;
    await drain();
    expect((await statusOf(row!.item_id)).status).toBe('failed');
    expect(await queuedFor(row!.contact_id)).toEqual(before);
    const held = await database()
      .db.selectFrom('held_replies')
      .select(['body', 'staff_id', 'release_at'])
      .where('ticket_id', '=', ticket.id)
      .execute();
    expect(held).toEqual([
      {
        body: 'Maaf, berkas yang Anda kirim tidak sampai ke kami. Kalau bisa, kirim lagi.',
        staff_id: null,
        release_at: null,
      },
    ]);
  });

  it('retries a Bot API failure with backoff, and fails for good on a file Telegram does not know', async () => {
    const id = `r-${randomUUID()}`;
    fake.serve(id, pdf);
    fake.answerNext('getFile', id, 502, { ok: false, error_code: 502, description: 'Bad Gateway' });
    const [row] = await send('telegram', [{ kind: 'document', ref: id }]);
    await drain();
    expect(await statusOf(row!.item_id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      reason: expect.stringContaining('Bad Gateway'),
    });
    now += 11_000;
    await drain();
    expect(await statusOf(row!.item_id)).toMatchObject({ status: 'stored', attempts: 2 });

    const [gone] = await send('telegram', [{ kind: 'photo', ref: `unknown-${randomUUID()}` }]);
    await drain();
    expect(await statusOf(gone!.item_id)).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('invalid file_id'),
    });
    expect((await queuedFor(gone!.contact_id)).at(-1)).toBe(
      'Maaf, berkas yang Anda kirim tidak sampai ke kami. Kalau bisa, kirim lagi.',
    );
  });

  it('downloads WhatsApp Cloud media with the token, asks again for an expired URL, and fails on deleted media', async () => {
    const id = `wamid-media-${Date.now()}`;
    fake.serve(id, voice);
    fake.expireUrlOnce(id);
    const [row] = await send('whatsapp', [{ kind: 'voice', ref: id, mimeType: 'audio/ogg; codecs=opus' }]);
    await drain();
    const { bytes } = await readEvidence(database().db, storage, keys, row!.item_id);
    expect(bytes.equals(voice)).toBe(true);
    expect(fake.calls.filter((c) => c === `/v21.0/${id}`)).toHaveLength(2);

    const [gone] = await send('whatsapp', [{ kind: 'photo', ref: `deleted-${Date.now()}` }]);
    await drain();
    expect(await statusOf(gone!.item_id)).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('30 days'),
    });
  });

  it('keeps the item waiting when storage fails (a full disk), and stores it once storage works', async () => {
    const id = `f-${randomUUID()}`;
    fake.serve(id, photo);
    const blocked = join(folder, `blocked-${randomUUID()}`);
    writeFileSync(blocked, 'a file where the folder should be');
    const [row] = await send('telegram', [{ kind: 'photo', ref: id }]);
    await drain(worker({ storage: folderStorage(blocked) }));
    expect(await statusOf(row!.item_id)).toMatchObject({
      status: 'pending',
      reason: expect.stringContaining('could not write'),
    });
    // The message is there, and so is the row: nothing was lost.
    expect(
      await database()
        .db.selectFrom('messages')
        .select('id')
        .where('id', '=', row!.message_id!)
        .executeTakeFirst(),
    ).toBeDefined();
    now += 60_000;
    await drain();
    expect((await statusOf(row!.item_id)).status).toBe('stored');
  });

  it('tries a file that arrives cut short again, and keeps it as it is (with the reason) when it always does', async () => {
    const id = `c-${randomUUID()}`;
    fake.serve(id, voice.subarray(0, voice.length - 100));
    const [row] = await send('telegram', [{ kind: 'voice', ref: id }]);
    await drain();
    expect(await statusOf(row!.item_id)).toMatchObject({
      status: 'pending',
      reason: expect.stringContaining('incomplete'),
    });
    now += 11_000;
    await drain();
    expect((await statusOf(row!.item_id)).status).toBe('pending');
    now += 21_000;
    await drain();
    expect(await statusOf(row!.item_id)).toMatchObject({
      status: 'stored',
      attempts: 3,
      reason: 'the file is incomplete (cut short); kept as it arrived',
    });
    const { bytes } = await readEvidence(database().db, storage, keys, row!.item_id);
    expect(bytes.length).toBe(voice.length - 100);
  });

  it('keeps fetching other files while one download hangs', async () => {
    const stuck = `s-${randomUUID()}`;
    const next = `n-${randomUUID()}`;
    fake.serve(stuck, video);
    fake.serve(next, pdf);
    fake.hangNext(stuck);
    const [hanging] = await send('telegram', [{ kind: 'video', ref: stuck }]);
    const [other] = await send('telegram', [{ kind: 'document', ref: next }]);
    const draining = drainEvidenceOnce(worker({ concurrency: 2 }));
    for (let i = 0; i < 100 && (await statusOf(other!.item_id)).status !== 'stored'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await statusOf(other!.item_id)).status).toBe('stored');
    expect((await statusOf(hanging!.item_id)).status).toBe('fetching');
    fake.release();
    await draining;
    // Cut off half-way: it comes back for another try.
    expect(await statusOf(hanging!.item_id)).toMatchObject({
      status: 'pending',
      reason: expect.stringContaining('broke off'),
    });
  });

  it('fetches once when a worker stops mid-download and another takes over after its lease', async () => {
    const id = `h-${randomUUID()}`;
    fake.serve(id, video);
    fake.hangNext(id);
    const [row] = await send('telegram', [{ kind: 'video', ref: id }]);
    // The first worker hangs half-way; it is given up for dead.
    const first = drainEvidenceOnce(worker({ leaseMs: 5_000 }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await statusOf(row!.item_id)).status).toBe('fetching');
    // A restarted worker finds it again once the lease ran out, and keeps it.
    now += 6_000;
    await drain();
    expect(await statusOf(row!.item_id)).toMatchObject({ status: 'stored', attempts: 2 });
    // The first worker's download breaks off at last: its outcome no longer counts.
    fake.release();
    await first;
    expect(await statusOf(row!.item_id)).toMatchObject({ status: 'stored', attempts: 2 });
    expect(fake.downloadsOf(id)).toBe(1);
    const dir = join(storage.describe.split(' ')[1] as string, 'evidence', row!.item_id.slice(0, 2));
    expect(readdirSync(dir).filter((f) => f.startsWith(row!.item_id))).toEqual([row!.item_id]);
    const { bytes } = await readEvidence(database().db, storage, keys, row!.item_id);
    expect(bytes.equals(video)).toBe(true);
  });
});
