import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.ts';
import { CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestPglite } from '../support/databases.ts';
import { testHost } from '../support/test-host.ts';

// Drives Debian's Chromium (never a downloaded browser); CI installs it.
describe.skipIf(!existsSync(CHROMIUM))('web chat page in a phone-sized browser', () => {
  let database: Database;
  let server: ReturnType<typeof serve>;
  let base: string;
  // One Chromium for the file; each test opens its own context (its own storage, its own offline switch).
  let browser: Browser;
  // While set, posting a message answers 503 (the database is away); everything else works.
  let postsDown = false;

  beforeAll(async () => {
    database = await openTestPglite();
    const app = createApp({ host: testHost(database.db).host, logger: pino({ level: 'silent' }) });
    const fetch = (request: Request) =>
      postsDown && request.method === 'POST' && new URL(request.url).pathname.endsWith('/messages')
        ? new Response('{"error":"temporarily unavailable, please retry"}', {
            status: 503,
            headers: { 'content-type': 'application/json', 'retry-after': '1' },
          })
        : app.fetch(request);
    server = serve({ fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    await database?.close();
  });

  it('keeps unsent messages through a reload and going offline, and sends each once when it can', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(base);
      await page.getByText('Apakah sekarang aman untuk chat?').waitFor();

      postsDown = true;
      await page.getByRole('button', { name: 'Ya', exact: true }).click();
      await page.locator('.msg.me').nth(0).getByText('menunggu dikirim').waitFor();
      await page.reload();
      await page.locator('.msg.me').nth(0).getByText('menunggu dikirim').waitFor();

      await context.setOffline(true);
      await page.locator('#text').fill('saya sendiri');
      await page.locator('#send').click();
      await page
        .locator('.msg.me')
        .filter({ hasText: 'saya sendiri' })
        .getByText('menunggu dikirim')
        .waitFor();

      postsDown = false;
      await context.setOffline(false);
      await page
        .locator('.msg.me')
        .filter({ hasText: 'saya sendiri' })
        .getByText('terkirim')
        .waitFor({ timeout: 15_000 });
      await page.locator('.msg.me').nth(0).getByText('terkirim').waitFor();
      await page.getByText('dalam bahaya sekarang').waitFor();

      // Each message reached the server once, in the order typed.
      const rows = await database.db
        .selectFrom('messages')
        .select(['body'])
        .where('direction', '=', 'in')
        .where('body', 'in', ['Ya', 'saya sendiri'])
        .orderBy('id')
        .execute();
      expect(rows.map((r) => r.body)).toEqual(['Ya', 'saya sendiri']);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('greets, shows options as buttons, and carries on when one is tapped or text is typed', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(base);
      await page.getByText('Apakah sekarang aman untuk chat?').waitFor();
      await page.getByRole('button', { name: 'Ya', exact: true }).click();
      await page.getByText('Laporan ini untuk siapa?').waitFor();
      await page.getByRole('button', { name: 'Saya sendiri' }).click();
      await page.getByText('dalam bahaya sekarang').waitFor();
      await page.locator('#text').fill('tidak');
      await page.locator('#send').click();
      await page.getByText('Di negara atau kota mana').waitFor();
      if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
