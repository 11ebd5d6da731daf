import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { DerivativeStore } from '../../src/evidence/derivatives/index.ts';
import { launchChromium } from './chromium.ts';
import { openTestPglite } from './databases.ts';
import { startDeskServer } from './desk-server.ts';

/** What a browser test drives: its own PGlite, the desk served on it, and a Chromium. */
export interface DeskInBrowser {
  database: Database;
  server: Awaited<ReturnType<typeof startDeskServer>>;
  browser: Browser;
}

/**
 * Starts a desk server on a fresh PGlite and a Chromium before the file's tests and stops them after; the
 * fields are set once `beforeAll` has run, so read them inside tests.
 */
export function deskInBrowser(options: { evidence?: DerivativeStore } = {}): DeskInBrowser {
  const running = {} as DeskInBrowser;
  beforeAll(async () => {
    running.database = await openTestPglite();
    running.server = await startDeskServer(running.database, options);
    running.browser = await launchChromium();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.stop();
    await running.database?.close();
  });
  return running;
}
