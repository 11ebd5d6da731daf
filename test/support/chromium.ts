import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, LaunchOptions, Page } from 'playwright-core';
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

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What axe-core finds wrong with a page (WCAG 2.1 A and AA: labels, contrast, landmarks, names…). */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol: the desk's CSP (no inline script) does not apply.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
