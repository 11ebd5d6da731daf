import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { evidenceKeyRing, parseEvidenceKey } from '../../src/evidence/evidence-keys.ts';
import { DEFAULT_EVIDENCE_LIMITS } from '../../src/evidence/evidence-limits.ts';
import { folderStorage } from '../../src/evidence/folder-storage.ts';
import { readEvidence } from '../../src/evidence/read-evidence.ts';
import { createApp } from '../../src/http/app.ts';
import { CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestPglite } from '../support/databases.ts';
import { testHost } from '../support/test-host.ts';

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;

// The web chat's attach button, in Debian's Chromium (never a downloaded browser).
describe.skipIf(!existsSync(CHROMIUM))('web chat upload in a phone-sized browser', () => {
  let database: Database;
  let server: ReturnType<typeof serve>;
  let base: string;
  const folder = mkdtempSync(join(tmpdir(), 'suar-webchat-browser-'));
  const storage = folderStorage(folder);
  const keys = evidenceKeyRing(parseEvidenceKey(`k1:${randomBytes(32).toString('base64')}`));

  beforeAll(async () => {
    database = await openTestPglite();
    const app = createApp({
      host: testHost(database.db).host,
      logger: pino({ level: 'silent' }),
      evidence: { storage, keys, limits: DEFAULT_EVIDENCE_LIMITS, uploadMaxBytes: 1024 * 1024 },
    });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server?.close();
    await database?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('sends a photo with the attach button, shows it sent, and the person is thanked; a refused file says why', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(base);
      await page.getByText('Apakah sekarang aman untuk chat?').waitFor();
      await page.locator('#file').setInputFiles(fixture('evidence-desk/photo-gps-rotated.jpg'));
      await page
        .locator('.msg.me')
        .filter({ hasText: 'photo-gps-rotated.jpg' })
        .getByText('terkirim')
        .waitFor();
      await page.getByText('Foto sudah kami terima.').waitFor({ timeout: 10_000 });

      await page
        .locator('#file')
        .setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('MZ not a photo') });
      await page.locator('.msg.me').filter({ hasText: 'foto.jpg' }).getByText('tidak terkirim').waitFor();
      expect(errors).toEqual([]);

      const [row] = await database.db.selectFrom('evidence_items').select('id').execute();
      const { item } = await readEvidence(database.db, storage, keys, row!.id);
      expect(item).toMatchObject({
        status: 'stored',
        detectedMime: 'image/jpeg',
        declaredName: 'photo-gps-rotated.jpg',
      });
    } finally {
      await browser.close();
    }
  });
});
