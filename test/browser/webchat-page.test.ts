import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { createApp } from '../../src/http/app.ts';
import { openTestPglite } from '../support/databases.ts';
import { testHost } from '../support/test-host.ts';

const browserPath = '/usr/bin/chromium';

// Drives Debian's Chromium (never a downloaded browser); CI installs it.
describe.skipIf(!existsSync(browserPath))('web chat page in a phone-sized browser', () => {
  let database: Database;
  let server: ReturnType<typeof serve>;
  let base: string;

  beforeAll(async () => {
    database = await openTestPglite();
    const app = createApp({ host: testHost(database.db).host, logger: pino({ level: 'silent' }) });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server?.close();
    await database?.close();
  });

  it('greets, shows options as buttons, and carries on when one is tapped or text is typed', async () => {
    const browser = await chromium.launch({
      executablePath: browserPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
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
      await browser.close();
    }
  });
});
