import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems, CHROMIUM } from '../support/chromium.ts';
import { addTestStaff } from '../support/desk.ts';
import { deskInBrowser } from '../support/desk-in-browser.ts';
import { httpWebchatPerson } from '../support/desk-server.ts';
import { SELF_REPORT_ANSWERS } from '../support/intake-answers.ts';

// The desk as staff use it, in Debian's Chromium: sign in, a P1 arriving live, a reply reaching the web
// chat and the answer coming back, a reply held by the safe-contact window, and closing the report.
describe.skipIf(!existsSync(CHROMIUM))('the desk in a browser', () => {
  const running = deskInBrowser();

  it('signs in, sees a P1 arrive live, replies, hears back, and closes it; a reply outside the safe window is held', async () => {
    const staff = await addTestStaff(running.database.db, { name: 'Dewi Petugas' });
    const desk = await running.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
    const errors: string[] = [];
    desk.on('pageerror', (e) => errors.push(e.message));
    desk.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });

    // Sign in.
    await desk.goto(`${running.server.base}/desk`);
    await desk.getByLabel('Email').fill(staff.email);
    await desk.getByLabel('Kata sandi').fill(staff.password);
    await desk.getByRole('button', { name: 'Masuk' }).click();
    await desk.getByRole('heading', { name: 'Antrean laporan' }).waitFor();
    await desk.waitForSelector('body[data-live-state="open"]');
    expect(await accessibilityProblems(desk)).toEqual([]);

    // A person writes on the web chat page and cries for help: the queue shows it without a reload.
    const chat = await running.browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    await chat.goto(running.server.base);
    await chat.getByText('Apakah sekarang aman untuk chat?').waitFor();
    await chat.getByRole('button', { name: 'Ya', exact: true }).click();
    await chat.getByText('Laporan ini untuk siapa?').waitFor();
    await chat.getByRole('button', { name: 'Saya sendiri' }).click();
    await chat.getByText('dalam bahaya sekarang').waitFor();
    await chat.locator('#text').fill('tolong saya dikurung majikan di Kuala Lumpur, paspor ditahan');
    await chat.locator('#send').click();

    const banner = desk.locator('#p1-banner');
    await banner.getByText('Laporan darurat baru (P1)').waitFor({ timeout: 10_000 });
    const ref = (await banner.textContent())?.match(/SUAR-[A-Z0-9]{4}-[A-Z0-9]{4}/)?.[0];
    expect(ref).toBeDefined();
    await desk.locator('#queue-rows').getByText(ref!).waitFor();

    // Open it, take it, reply: the reply reaches the person's web chat page.
    await banner.getByRole('link', { name: 'Buka' }).click();
    await desk.getByRole('heading', { name: ref! }).waitFor();
    expect(await accessibilityProblems(desk)).toEqual([]);
    await desk.getByRole('button', { name: 'Ambil laporan ini' }).click();
    await desk.getByText('Tersimpan.').waitFor();
    await desk.locator('#reply-text').fill('Halo, kami petugas KBRI. Apakah Anda bisa chat sekarang?');
    await desk.getByRole('button', { name: 'Kirim', exact: true }).click();
    await desk.getByText('Balasan masuk antrean kirim.').waitFor();
    await chat
      .getByText('Halo, kami petugas KBRI. Apakah Anda bisa chat sekarang?')
      .waitFor({ timeout: 10_000 });

    // The person answers on their page; the answer appears on the ticket without a reload.
    await chat.locator('#text').fill('bisa, majikan sedang pergi');
    await chat.locator('#send').click();
    await desk.locator('.transcript').getByText('bisa, majikan sedang pergi').waitFor({ timeout: 10_000 });

    // Refer, then close.
    for (const [to, label] of [
      ['referred', 'Dirujuk'],
      ['closed', 'Selesai'],
    ] as const) {
      await desk.locator('details.action', { hasText: 'Ubah status' }).locator('summary').click();
      await desk.locator('#status-to').selectOption(to);
      await desk
        .locator('details.action', { hasText: 'Ubah status' })
        .getByRole('button', { name: 'Simpan' })
        .click();
      await desk.locator('#summary .status', { hasText: label }).waitFor();
    }

    // Another person said to write only after they write first: a reply to them is held, not sent.
    const quiet = await httpWebchatPerson(running.server.base);
    for (const answer of SELF_REPORT_ANSWERS)
      await quiet.say(answer === 'malam' ? 'hanya setelah saya chat duluan' : answer);
    const quietRef = (await quiet.read()).join('\n').match(/SUAR-[A-Z0-9]{4}-[A-Z0-9]{4}/)?.[0];
    expect(quietRef).toBeDefined();
    await desk.goto(`${running.server.base}/desk/tickets/${quietRef}`);
    await desk.getByText('Balasan akan ditahan sampai orangnya menulis lagi.').waitFor();
    await desk.locator('#reply-text').fill('Kami sudah membaca laporan Anda.');
    await desk.getByRole('button', { name: 'Kirim', exact: true }).click();
    await desk.getByText('Balasan ditahan sampai waktu aman.').waitFor();
    await desk.locator('.held').getByText('dikirim saat dia menulis lagi').waitFor();
    expect(await quiet.read()).not.toContain('Kami sudah membaca laporan Anda.');
    // They write: the held reply goes first.
    await quiet.say('halo');
    expect(await quiet.read()).toContain('Kami sudah membaca laporan Anda.');

    expect(errors, errors.join('\n')).toEqual([]);
    // A whole working session in one test: it takes a while on a busy machine.
  }, 120_000);
});
