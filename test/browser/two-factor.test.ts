import { existsSync } from 'node:fs';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems, CHROMIUM } from '../support/chromium.ts';
import { addTestStaff } from '../support/desk.ts';
import { deskInBrowser } from '../support/desk-in-browser.ts';

// Two-step sign-in as a person meets it, in Debian's Chromium under the desk's strict CSP: set it up from
// the QR code's key, sign out, and sign in again with a code; each page passes axe-core's WCAG 2.1 AA checks.
describe.skipIf(!existsSync(CHROMIUM))('two-step sign-in in a browser', () => {
  const running = deskInBrowser();

  it('sets up a second factor from the QR page and signs in with a code', async () => {
    const staff = await addTestStaff(running.database.db, { name: 'Rina Petugas' });
    const page = await running.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // A CSP refusal shows as a console error: the QR code must draw without one.
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });

    await page.goto(`${running.server.base}/desk/account`);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('Email').fill(staff.email);
    await page.getByLabel('Kata sandi').fill(staff.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Akun saya' }).waitFor();
    await page.getByRole('link', { name: 'Verifikasi dua langkah' }).click();
    await page.getByRole('button', { name: 'Atur sekarang' }).click();

    const qr = page.getByRole('img', { name: 'Kode QR untuk aplikasi autentikator' });
    const box = await qr.locator('svg').boundingBox();
    expect(box?.width).toBeGreaterThan(150);
    expect(await accessibilityProblems(page)).toEqual([]);
    // The key as a person would type it into the app.
    const key = ((await page.locator('code.secret').textContent()) ?? '').replace(/\s/g, '');
    const code = (offsetSteps = 0) =>
      new TOTP({ secret: Secret.fromBase32(key) }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });
    await page.getByLabel('2. Ketik kode 6 angka yang muncul di aplikasi.').fill(code());
    await page.getByRole('button', { name: 'Aktifkan' }).click();
    await page.getByText('Verifikasi dua langkah sudah aktif.').waitFor();

    await page.getByRole('button', { name: 'Keluar' }).first().click();
    await page.getByText('Anda sudah keluar.').waitFor();
    await page.getByLabel('Email').fill(staff.email);
    await page.getByLabel('Kata sandi').fill(staff.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Kode masuk' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    // The confirming code is used up; the app's next code (one step on) is accepted.
    await page.getByLabel('Kode 6 angka').fill(code(1));
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByRole('heading', { name: 'Antrean laporan' }).waitFor();

    expect(problems, problems.join('\n')).toEqual([]);
  });
});
