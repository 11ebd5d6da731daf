import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encryptedStream, type WAMessage } from '@whiskeysockets/baileys';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BaileysSocket } from '../../src/channels/whatsapp/baileys/baileys-connection.ts';
import { baileysMediaFetcher } from '../../src/channels/whatsapp/baileys/baileys-media-fetcher.ts';
import { mapBaileysMessage } from '../../src/channels/whatsapp/baileys/map-baileys-message.ts';
import { handleInbound } from '../../src/conversations/handle-inbound.ts';
import { evidenceKeyRing, parseEvidenceKey } from '../../src/evidence/evidence-keys.ts';
import { DEFAULT_EVIDENCE_LIMITS } from '../../src/evidence/evidence-limits.ts';
import { drainEvidenceOnce } from '../../src/evidence/evidence-worker.ts';
import { folderStorage } from '../../src/evidence/folder-storage.ts';
import { readEvidence } from '../../src/evidence/read-evidence.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { testHost } from '../support/test-host.ts';

// A linked number's voice note: WhatsApp serves media encrypted (AES-CBC + HMAC under the message's media
// key); here a fake media server on 127.0.0.1 serves a real Ogg/Opus note encrypted the way WhatsApp does.
const voice = readFileSync(new URL('../fixtures/evidence-desk/voice-note.ogg', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'suar-baileys-media-'));
const keys = evidenceKeyRing(parseEvidenceKey(`k1:${randomBytes(32).toString('base64')}`));
const logger = pino({ level: 'silent' });
let server: Server;
let encrypted: Buffer;
let media: Awaited<ReturnType<typeof encryptedStream>>;
let base = '';
let served = 0;

beforeAll(async () => {
  media = await encryptedStream(voice, 'audio');
  encrypted = readFileSync(media.encFilePath);
  rmSync(media.encFilePath, { force: true });
  server = createServer((_req, res) => {
    served++;
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': encrypted.length });
    res.end(encrypted);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

describeEachDatabase('Baileys media fetch', (database) => {
  it('keeps the media keys with the item and downloads, decrypts and keeps the voice note after commit', async () => {
    const wa: WAMessage = {
      key: {
        remoteJid: '6281234567890@s.whatsapp.net',
        fromMe: false,
        id: `3EB0${randomUUID().slice(0, 8)}`,
      },
      message: {
        audioMessage: {
          ptt: true,
          mimetype: 'audio/ogg; codecs=opus',
          // No directPath: Baileys then downloads from the url as it is (the fake's, not WhatsApp's).
          url: `${base}/v/t62/voice.enc`,
          mediaKey: media.mediaKey,
          fileEncSha256: media.fileEncSha256,
          fileSha256: media.fileSha256,
          fileLength: media.fileLength,
        },
      },
      messageTimestamp: 1_767_000_000,
    };
    const mapped = mapBaileysMessage(wa);
    if (mapped.type !== 'message') throw new Error('not mapped');
    const { host } = testHost(database().db);
    host.clock = () => new Date();
    await handleInbound(host, mapped.message);
    const item = await database()
      .db.selectFrom('evidence_items')
      .selectAll()
      .where('kind', '=', 'voice')
      .executeTakeFirstOrThrow();
    expect(item.source).toMatchObject({ via: 'baileys' });

    const storage = folderStorage(join(folder, randomUUID()));
    const options = (socket: BaileysSocket | undefined) => ({
      db: database().db,
      storage,
      keys,
      limits: DEFAULT_EVIDENCE_LIMITS,
      fetchers: { baileys: baileysMediaFetcher(() => socket, logger) },
      logger,
    });
    // Not linked right now: the item waits for the socket.
    await drainEvidenceOnce(options(undefined));
    expect(
      await database()
        .db.selectFrom('evidence_items')
        .select(['status', 'reason'])
        .where('id', '=', item.id)
        .executeTakeFirstOrThrow(),
    ).toMatchObject({
      status: 'pending',
      reason: 'the linked WhatsApp number is not connected',
    });
    await database()
      .db.updateTable('evidence_items')
      .set({ next_attempt_at: new Date() })
      .where('id', '=', item.id)
      .execute();
    await drainEvidenceOnce(options({} as BaileysSocket));
    const { item: kept, bytes } = await readEvidence(database().db, storage, keys, item.id);
    expect(kept).toMatchObject({ status: 'stored', detectedMime: 'audio/ogg' });
    expect(bytes.equals(voice)).toBe(true);
    expect(served).toBeGreaterThanOrEqual(1);
  });
});
