import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import sharp from 'sharp';
import { afterAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { Ticket } from '../../src/db/schema.ts';
import type { LiveEvent } from '../../src/desk/live/desk-live.ts';
import {
  type DerivativeStore,
  derivativeStorageKey,
  readPhotoLocation,
} from '../../src/evidence/derivatives/index.ts';
import {
  EvidenceNotFoundError,
  EvidenceStorageError,
  storageKeyOf,
} from '../../src/evidence/evidence-storage.ts';
import { markTicketEvidenceDeleted } from '../../src/evidence/evidence-store.ts';
import { purgeDeletedBlobs } from '../../src/evidence/evidence-worker.ts';
import { hashPassword } from '../../src/staff/passwords.ts';
import { insertStaff } from '../../src/staff/staff-store.ts';
import { describeEachDatabase } from '../support/databases.ts';
import {
  addTestStaff,
  auditMark,
  deskTestApp,
  signIn,
  startTestLive,
  type TestBrowser,
} from '../support/desk.ts';
import {
  addTestEvidence,
  evidenceFixture,
  type TestEvidence,
  testEvidenceStore,
} from '../support/evidence-desk.ts';
import { reportThroughWebchat } from '../support/webchat-report.ts';

const fixture = evidenceFixture;
const store = testEvidenceStore();
afterAll(() => store.remove());
const { storage } = store;
const addEvidence = (database: Database, ticket: Ticket, files: TestEvidence[]) =>
  addTestEvidence(database.db, store, ticket, files);

async function ticketWithEvidence(database: Database) {
  const desk = deskTestApp(database, undefined, { evidence: store });
  const { ticket } = await reportThroughWebchat(database, desk.app);
  const [photo, voice, pdf, video, waiting, tooLarge] = await addEvidence(database, ticket, [
    { kind: 'photo', bytes: fixture('photo-gps-rotated.jpg'), mime: 'image/jpeg' },
    { kind: 'voice', bytes: fixture('voice-note.ogg'), mime: 'audio/ogg' },
    { kind: 'document', bytes: fixture('contract.pdf'), mime: 'application/pdf' },
    { kind: 'video', bytes: fixture('video.mp4'), mime: 'video/mp4' },
    { kind: 'photo', status: 'pending' },
    { kind: 'video', status: 'too_large', reason: 'larger than the 50 MB allowed for video files' },
  ]);
  const agent = await addTestStaff(database.db);
  const browser = await signIn(desk.app, agent.email, agent.password);
  const base = `/desk/tickets/${ticket.ref}/evidence`;
  const ids = {
    photo: photo!,
    voice: voice!,
    pdf: pdf!,
    video: video!,
    waiting: waiting!,
    tooLarge: tooLarge!,
  };
  return { ...desk, ticket, agent, browser, base, ids };
}

/** The headers every file the desk serves carries. */
function expectFileHeaders(response: Response, type: string, disposition: RegExp) {
  expect(response.headers.get('content-type')).toBe(type);
  expect(response.headers.get('content-disposition')).toMatch(disposition);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  expect(response.headers.get('cache-control')).toBe('no-store');
}

const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

describeEachDatabase('evidence on the desk', (database) => {
  it('the ticket shows thumbnails, players, the photo location and what is still missing', async () => {
    const { browser, ticket, ids, base } = await ticketWithEvidence(database());
    const html = await (await browser.get(`/desk/tickets/${ticket.ref}`)).text();
    expect(html).toContain(`<img src="${base}/${ids.photo}/thumbnail"`);
    expect(html).toContain('alt="Foto 1 dari orangnya');
    expect(html).toContain(`<source src="${base}/${ids.voice}/stream" type="audio/ogg"/>`);
    expect(html).toContain(`<source src="${base}/${ids.voice}/display" type="audio/wav"/>`);
    expect(html).toMatch(
      new RegExp(`<video [^>]*controlslist="nodownload"[^>]*src="${base}/${ids.video}/stream"`),
    );
    expect(html).toContain('preload="none"');
    expect(html).toContain('Lokasi di data foto');
    expect(html).toContain('Malaysia · 3.13900, 101.68690');
    // The voice note's length, read from the file: 0:04 (3.54 s).
    expect(html).toContain('0:04');
    expect(html).toContain('1 file masih diambil');
    expect(html).toContain('1 file tidak bisa diambil (Video 6: Terlalu besar untuk diambil)');
    expect(html).toContain('larger than the 50 MB allowed for video files');
    // The live fragments show the same.
    const summary = await (await browser.get(`/desk/api/tickets/${ticket.ref}/evidence-summary`)).text();
    expect(summary).toContain('1 file masih diambil');
    const live = await (await browser.get(`/desk/api/tickets/${ticket.ref}/transcript`)).text();
    expect(live).toContain(`${base}/${ids.photo}/thumbnail`);
  });

  it('a thumbnail and a display copy are served inline, re-encoded, sandboxed, never cached, and each view is audited', async () => {
    const { browser, ticket, ids, base, agent } = await ticketWithEvidence(database());
    const audit = await auditMark(database().db);
    const thumbnail = await browser.get(`${base}/${ids.photo}/thumbnail`);
    expect(thumbnail.status).toBe(200);
    expectFileHeaders(thumbnail, 'image/jpeg', /^inline$/);
    const bytes = await bytesOf(thumbnail);
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    const display = await browser.get(`${base}/${ids.photo}/display`);
    expectFileHeaders(display, 'image/jpeg', /^inline$/);
    expect(await audit()).toEqual([
      expect.objectContaining({
        action: 'evidence.view',
        staff_id: agent.id,
        subject: ids.photo,
        detail: { item: ids.photo, variant: 'thumbnail', session: expect.stringMatching(/^[0-9a-f]{16}$/) },
      }),
      expect.objectContaining({
        action: 'evidence.view',
        staff_id: agent.id,
        subject: ids.photo,
        detail: { item: ids.photo, variant: 'display' },
      }),
    ]);
    const entries = await database()
      .db.selectFrom('audit_log')
      .select('ticket_id')
      .where('subject', '=', ids.photo)
      .execute();
    expect(entries.every((e) => e.ticket_id === ticket.id)).toBe(true);
    // Made once, then kept encrypted beside the original (never the plain JPEG on disk).
    const cached = await storage.get(derivativeStorageKey(ids.photo, 'thumbnail'));
    expect(Buffer.from(cached).subarray(0, 8).toString('latin1')).toBe('SUAREV1\n');
    expect(Buffer.from(cached).includes(bytes.subarray(0, 64))).toBe(false);
    expect(await bytesOf(await browser.get(`${base}/${ids.photo}/thumbnail`))).toEqual(bytes);
  });

  it('a thumbnail reloaded by a live refresh is audited once per session; downloads and the viewer always are', async () => {
    const { app, browser, ids, base, agent } = await ticketWithEvidence(database());
    const audit = await auditMark(database().db);
    for (let refresh = 0; refresh < 3; refresh++) {
      expect((await browser.get(`${base}/${ids.photo}/thumbnail`)).status).toBe(200);
    }
    expect((await browser.get(`${base}/${ids.photo}/original`)).status).toBe(200);
    expect((await browser.get(`${base}/${ids.photo}/original`)).status).toBe(200);
    expect((await browser.get(`${base}/${ids.photo}`)).status).toBe(200);
    expect((await browser.get(`${base}/${ids.photo}/thumbnail`)).status).toBe(200);
    // Another desk session of the same staff member (a second browser) is audited afresh.
    const other = await signIn(app, agent.email, agent.password);
    expect((await other.get(`${base}/${ids.photo}/thumbnail`)).status).toBe(200);
    const rows = (await audit())
      .filter((r) => r.action.startsWith('evidence.'))
      .map((r) => [r.action, (r.detail as { variant: string }).variant]);
    expect(rows).toEqual([
      ['evidence.view', 'thumbnail'],
      ['evidence.download', 'original'],
      ['evidence.download', 'original'],
      ['evidence.view', 'viewer'],
      ['evidence.view', 'thumbnail'],
    ]);
    const sessions = (await audit())
      .filter((r) => (r.detail as { variant: string }).variant === 'thumbnail')
      .map((r) => (r.detail as { session: string }).session);
    expect(new Set(sessions).size).toBe(2);
  });

  it('downloads: the display copy without GPS, the original byte for byte, both attachments and audited', async () => {
    const { browser, ticket, ids, base, agent } = await ticketWithEvidence(database());
    const audit = await auditMark(database().db);
    const copy = await browser.get(`${base}/${ids.photo}/copy`);
    expectFileHeaders(
      copy,
      'image/jpeg',
      new RegExp(`^attachment; filename="${ticket.ref}-[0-9a-f]{8}-salinan\\.jpg"$`),
    );
    expect(await readPhotoLocation(await bytesOf(copy))).toBeNull();
    const original = await browser.get(`${base}/${ids.photo}/original`);
    expectFileHeaders(
      original,
      'image/jpeg',
      new RegExp(`^attachment; filename="${ticket.ref}-[0-9a-f]{8}-asli\\.jpg"$`),
    );
    const received = await bytesOf(original);
    expect(received).toEqual(fixture('photo-gps-rotated.jpg'));
    expect(await readPhotoLocation(received)).not.toBeNull();
    const pdf = await browser.get(`${base}/${ids.pdf}/original`);
    expectFileHeaders(pdf, 'application/pdf', /^attachment; filename=".*-asli\.pdf"$/);
    expect(await audit()).toEqual([
      expect.objectContaining({
        action: 'evidence.download',
        staff_id: agent.id,
        detail: { item: ids.photo, variant: 'copy' },
      }),
      expect.objectContaining({
        action: 'evidence.download',
        staff_id: agent.id,
        detail: { item: ids.photo, variant: 'original' },
      }),
      expect.objectContaining({
        action: 'evidence.download',
        staff_id: agent.id,
        detail: { item: ids.pdf, variant: 'original' },
      }),
    ]);
    // Each file that left Suar is an export in the processing log too (field names, never contents).
    const exported = await database()
      .db.selectFrom('processing_log')
      .select(['actor', 'fields', 'purpose'])
      .where('ticket_id', '=', ticket.id)
      .where('action', '=', 'export.evidence')
      .orderBy('id')
      .execute();
    expect(exported).toEqual([
      { actor: `staff:${agent.id}`, fields: ['evidence_display_copy'], purpose: 'case_file' },
      { actor: `staff:${agent.id}`, fields: ['evidence_original'], purpose: 'case_file' },
      { actor: `staff:${agent.id}`, fields: ['evidence_original'], purpose: 'case_file' },
    ]);
    // The viewer says which download is the evidence.
    const viewer = await (await browser.get(`${base}/${ids.photo}`)).text();
    expect(viewer).toContain('Unduh asli (bukti)');
    expect(viewer).toContain('Unduh salinan tampilan (tanpa lokasi)');
    expect(viewer).toContain(`src="${base}/${ids.photo}/display"`);
    // In English too.
    expect((await browser.post('/desk/language', { lang: 'en', back: `${base}/${ids.photo}` })).status).toBe(
      303,
    );
    const english = await (await browser.get(`${base}/${ids.photo}`)).text();
    expect(english).toContain('Download original (evidence)');
    expect(english).toContain('Download display copy (no location)');
    expect(english).toContain('Location in the photo’s data');
  });

  it('voice notes and videos stream in pieces for players, one view per play; the WAV copy plays everywhere', async () => {
    const { browser, ids, base } = await ticketWithEvidence(database());
    const audit = await auditMark(database().db);
    const first = await browser.get(`${base}/${ids.voice}/stream`, { range: 'bytes=0-99' });
    expect(first.status).toBe(206);
    expectFileHeaders(first, 'audio/ogg', /^inline$/);
    const size = fixture('voice-note.ogg').length;
    expect(first.headers.get('content-range')).toBe(`bytes 0-99/${size}`);
    expect(await bytesOf(first)).toEqual(fixture('voice-note.ogg').subarray(0, 100));
    const rest = await browser.get(`${base}/${ids.voice}/stream`, { range: 'bytes=100-' });
    expect(rest.status).toBe(206);
    expect((await bytesOf(rest)).length).toBe(size - 100);
    const outside = await browser.get(`${base}/${ids.voice}/stream`, { range: `bytes=${size}-` });
    expect(outside.status).toBe(416);
    expect(outside.headers.get('content-range')).toBe(`bytes */${size}`);
    const wav = await browser.get(`${base}/${ids.voice}/display`);
    expectFileHeaders(wav, 'audio/wav', /^inline$/);
    expect((await bytesOf(wav)).subarray(0, 4).toString('latin1')).toBe('RIFF');
    const video = await browser.get(`${base}/${ids.video}/stream`);
    expectFileHeaders(video, 'video/mp4', /^inline$/);
    expect(await bytesOf(video)).toEqual(fixture('video.mp4'));
    expect((await audit()).map((e) => (e.detail as { variant: string }).variant)).toEqual([
      'stream',
      'display',
      'stream',
    ]);
    // A PDF opens in the viewer's frame, sandboxed; a photo is never streamed as is.
    const viewer = await (await browser.get(`${base}/${ids.pdf}`)).text();
    expect(viewer).toContain(`<iframe src="${base}/${ids.pdf}/stream"`);
    expectFileHeaders(await browser.get(`${base}/${ids.pdf}/stream`), 'application/pdf', /^inline$/);
    expect((await browser.get(`${base}/${ids.photo}/stream`)).status).toBe(404);
  });

  it('a piece of a file not asked for from its start is still recorded as seen, once', async () => {
    const { browser, ids, base } = await ticketWithEvidence(database());
    const audit = await auditMark(database().db);
    // All but the first byte, without ever asking for the start: the whole video, as good as.
    const most = await browser.get(`${base}/${ids.video}/stream`, { range: 'bytes=1-' });
    expect(most.status).toBe(206);
    expect((await bytesOf(most)).length).toBe(fixture('video.mp4').length - 1);
    expect((await browser.get(`${base}/${ids.video}/stream`, { range: 'bytes=2-' })).status).toBe(206);
    expect((await browser.get(`${base}/${ids.voice}/display`, { range: 'bytes=10-' })).status).toBe(206);
    expect((await audit()).map((e) => [e.subject, (e.detail as { variant: string }).variant])).toEqual([
      [ids.video, 'stream'],
      [ids.voice, 'display'],
    ]);
  });

  it('only staff who may see the ticket get its files; the rest get 404 and nothing is recorded as seen', async () => {
    const { app, ticket, ids, base } = await ticketWithEvidence(database());
    expect(ticket.mission_id).toBe('kjri-johor-bahru');
    const elsewhere = await addTestStaff(database().db, { missionId: 'kbri-phnom-penh' });
    const partner = await database().db.selectFrom('partners').select('id').executeTakeFirstOrThrow();
    const password = 'kata sandi mitra yang panjang';
    const partnerAccount = await insertStaff(database().db, {
      email: `mitra-${randomBytes(3).toString('hex')}@partner.test`,
      name: 'Petugas Mitra',
      role: 'partner',
      missionId: null,
      partnerId: partner.id,
      passwordHash: await hashPassword(password),
      mustChangePassword: false,
    });
    const outsiders: TestBrowser[] = [
      await signIn(app, elsewhere.email, elsewhere.password),
      await signIn(app, partnerAccount.email, password),
    ];
    const audit = await auditMark(database().db);
    for (const outsider of outsiders) {
      for (const part of ['', '/thumbnail', '/display', '/copy', '/original']) {
        const response = await outsider.get(`${base}/${ids.photo}${part}`);
        expect(response.status, `${part} for an outsider`).toBe(404);
        expect(response.headers.get('content-type')).not.toBe('image/jpeg');
      }
    }
    const signedOut = await app.request(`${base}/${ids.photo}/original`);
    expect(signedOut.status).toBe(303);
    expect(await audit()).toEqual([]);

    // A file of another ticket is not reachable through this ticket's address.
    const agent = await addTestStaff(database().db);
    const browser = await signIn(app, agent.email, agent.password);
    const other = await reportThroughWebchat(database(), app);
    const [foreign] = await addEvidence(database(), other.ticket, [
      { kind: 'photo', bytes: fixture('screenshot-alpha.png'), mime: 'image/png' },
    ]);
    expect((await browser.get(`${base}/${foreign}/original`)).status).toBe(404);
    expect((await browser.get(`/desk/tickets/${other.ticket.ref}/evidence/${foreign}/original`)).status).toBe(
      200,
    );
    // Files not stored have nothing to give.
    expect((await browser.get(`${base}/${ids.waiting}/original`)).status).toBe(404);
    expect((await browser.get(`${base}/${ids.tooLarge}/thumbnail`)).status).toBe(404);
    expect((await browser.get(`${base}/not-an-id/original`)).status).toBe(404);
  });

  it("deleting a ticket's files deletes the copies made of them too, and the ticket says they were deleted", async () => {
    const { browser, ticket, ids, base } = await ticketWithEvidence(database());
    // Viewing makes the thumbnail, and the page reads the photo's location and the note's length.
    expect((await browser.get(`${base}/${ids.photo}/thumbnail`)).status).toBe(200);
    expect(await (await browser.get(`/desk/tickets/${ticket.ref}`)).text()).toContain('Lokasi di data foto');
    const made = [derivativeStorageKey(ids.photo, 'thumbnail'), derivativeStorageKey(ids.photo, 'facts')];
    for (const key of made) await storage.get(key);

    await database()
      .db.transaction()
      .execute((trx) => markTicketEvidenceDeleted(trx, ticket.id, new Date()));
    const logger = pino({ level: 'silent' });
    while ((await purgeDeletedBlobs({ db: database().db, storage, logger })) > 0);
    for (const key of [storageKeyOf(ids.photo), ...made])
      await expect(storage.get(key)).rejects.toBeInstanceOf(EvidenceNotFoundError);
    const html = await (await browser.get(`/desk/tickets/${ticket.ref}`)).text();
    expect(html).not.toContain('Lokasi di data foto');
    expect(html).toContain('Foto 1: Sudah dihapus (masa simpan data berakhir)');
    expect((await browser.get(`${base}/${ids.photo}/thumbnail`)).status).toBe(404);
  });

  it('a photo and a voice note uploaded on the web chat reach the desk: shown, played, downloaded as received', async () => {
    const desk = deskTestApp(database(), undefined, { evidence: store });
    const { person, ticket } = await reportThroughWebchat(database(), desk.app);
    const photoId = await person.upload(fixture('photo-gps-rotated.jpg'), 'paspor.jpg');
    const voiceId = await person.upload(fixture('voice-note.ogg'));
    const agent = await addTestStaff(database().db);
    const browser = await signIn(desk.app, agent.email, agent.password);
    const base = `/desk/tickets/${ticket.ref}/evidence`;
    const html = await (await browser.get(`/desk/tickets/${ticket.ref}`)).text();
    expect(html).toContain(`<img src="${base}/${photoId}/thumbnail"`);
    expect(html).toContain('Malaysia · 3.13900, 101.68690');
    expect(html).toContain(`<source src="${base}/${voiceId}/stream" type="audio/ogg"/>`);
    expect((await browser.get(`${base}/${photoId}/thumbnail`)).status).toBe(200);
    const viewer = await (await browser.get(`${base}/${photoId}`)).text();
    expect(viewer).toContain('paspor.jpg');
    const audit = await auditMark(database().db);
    const original = await browser.get(`${base}/${photoId}/original`);
    expect(await bytesOf(original)).toEqual(fixture('photo-gps-rotated.jpg'));
    expect(await audit()).toEqual([
      expect.objectContaining({ action: 'evidence.download', staff_id: agent.id, subject: photoId }),
    ]);
  });

  it('a desk with the ticket open hears when a file is kept (the transcript refreshes by itself)', async () => {
    const desk = deskTestApp(database(), undefined, { evidence: store });
    const { ticket } = await reportThroughWebchat(database(), desk.app);
    const live = await startTestLive(desk.ctx);
    try {
      const events: LiveEvent[] = [];
      live.connect({ staff: { id: 'a', missionId: null }, send: (e) => events.push(e) });
      await addEvidence(database(), ticket, [
        { kind: 'photo', bytes: fixture('photo-gps-rotated.jpg'), mime: 'image/jpeg' },
      ]);
      const until = Date.now() + 5000;
      const heard = () => events.some((e) => e.type === 'tickets' && e.ids?.includes(ticket.id));
      while (!heard() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(heard()).toBe(true);
    } finally {
      await live.stop();
    }
  });

  it('storage that cannot be read: the page still opens, a file answers 503 with Retry-After, nothing is recorded as sent', async () => {
    const { ticket, ids } = await ticketWithEvidence(database());
    const down = new EvidenceStorageError('bucket unreachable');
    const broken: DerivativeStore = {
      keys: store.keys,
      storage: {
        describe: 'broken',
        get: async () => Promise.reject(down),
        put: async () => Promise.reject(down),
        delete: async () => Promise.reject(down),
      },
    };
    const desk = deskTestApp(database(), undefined, { evidence: broken });
    const agent = await addTestStaff(database().db);
    const browser = await signIn(desk.app, agent.email, agent.password);
    const audit = await auditMark(database().db);
    const page = await browser.get(`/desk/tickets/${ticket.ref}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`/evidence/${ids.photo}/thumbnail`);
    expect(html).not.toContain('Lokasi di data foto');
    for (const part of ['thumbnail', 'original', 'copy', 'display']) {
      const response = await browser.get(`/desk/tickets/${ticket.ref}/evidence/${ids.photo}/${part}`);
      expect(response.status, part).toBe(503);
      expect(response.headers.get('retry-after'), part).toBe('30');
      expect(response.headers.get('content-type'), part).not.toBe('image/jpeg');
    }
    expect((await audit()).map((e) => e.action)).toEqual(['ticket.view']);
  });
});
