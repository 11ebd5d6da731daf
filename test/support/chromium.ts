import type { Browser, LaunchOptions } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Debian's Chromium: browser tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Starts Debian's Chromium headless, as this machine allows (no background network). */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // The P1 alert plays a sound; a headless test has nobody to click first.
      '--autoplay-policy=no-user-gesture-required',
    ],
    ...options,
  });
}
