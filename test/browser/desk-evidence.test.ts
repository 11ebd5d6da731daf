import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { accessibilityProblems, CHROMIUM } from '../support/chromium.ts';
import { addTestStaff } from '../support/desk.ts';
import { deskInBrowser } from '../support/desk-in-browser.ts';
import { httpWebchatPerson } from '../support/desk-server.ts';
import { addTestEvidence, evidenceFixture, testEvidenceStore } from '../support/evidence-desk.ts';
import { SELF_REPORT_ANSWERS } from '../support/intake-answers.ts';

// The files a person sent, as staff see them in Debian's Chromium: a thumbnail in the transcript, the
// photo's location hint, a voice note that plays, and the viewer with its two downloads.
describe.skipIf(!existsSync(CHROMIUM))('evidence on the desk in a browser', () => {
  const store = testEvidenceStore();
  const running = deskInBrowser({ evidence: store });
  afterAll(() => {
    store.remove();
  });

  it('shows a photo thumbnail with its location, plays a voice note, and opens the viewer', async () => {
    const person = await httpWebchatPerson(running.server.base);
    for (const answer of SELF_REPORT_ANSWERS) await person.say(answer);
    const ref = (await person.read()).join('\n').match(/SUAR-[A-Z0-9]{4}-[A-Z0-9]{4}/)?.[0];
    expect(ref).toBeDefined();
    const ticket = await running.database.db
      .selectFrom('tickets')
      .selectAll()
      .where('ref', '=', ref!)
      .executeTakeFirstOrThrow();
    const [photo, voice, , , pdf] = await addTestEvidence(running.database.db, store, ticket, [
      { kind: 'photo', bytes: evidenceFixture('photo-gps-rotated.jpg'), mime: 'image/jpeg' },
      { kind: 'voice', bytes: evidenceFixture('voice-note.ogg'), mime: 'audio/ogg' },
      { kind: 'photo', status: 'pending' },
      { kind: 'video', bytes: evidenceFixture('video.mp4'), mime: 'video/mp4' },
      { kind: 'document', bytes: evidenceFixture('contract.pdf'), mime: 'application/pdf' },
    ]);

    const staff = await addTestStaff(running.database.db);
    const desk = await running.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
    const errors: string[] = [];
    desk.on('pageerror', (e) => errors.push(e.message));
    desk.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    desk.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    await desk.goto(`${running.server.base}/desk/tickets/${ref}`);
    await desk.getByLabel('Email').fill(staff.email);
    await desk.getByLabel('Kata sandi').fill(staff.password);
    await desk.getByRole('button', { name: 'Masuk' }).click();
    await desk.getByRole('heading', { name: ref! }).waitFor();

    // The thumbnail is a real picture (decoded by the browser), upright: taller than wide.
    const thumbnail = desk.getByRole('img', { name: /Foto 1 dari orangnya/ });
    await thumbnail.waitFor();
    // Thumbnails load lazily, as staff scroll to them.
    await thumbnail.scrollIntoViewIfNeeded();
    await desk.waitForFunction((id) => {
      const img = document.querySelector<HTMLImageElement>(`img[src$="${id}/thumbnail"]`);
      return img?.complete && img.naturalWidth > 0;
    }, photo);
    const size = await thumbnail.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(size).toEqual([80, 120]);
    await desk.getByText('Lokasi di data foto').waitFor();
    await desk.locator('#summary').getByText('1 file masih diambil').waitFor();

    // The voice note plays in the transcript (Chromium takes the Ogg/Opus original as it is).
    const player = desk
      .getByRole('group', { name: 'Pesan suara 2' })
      .or(desk.locator('audio[aria-label="Pesan suara 2"]'));
    await player.first().evaluate((audio: HTMLAudioElement) => audio.play());
    await desk.waitForFunction(() => {
      const audio = document.querySelector('audio');
      return audio !== null && audio.currentTime > 0.2 && Number.isFinite(audio.duration);
    });
    const played = await player.first().evaluate((audio: HTMLAudioElement) => ({
      source: audio.currentSrc,
      duration: audio.duration,
    }));
    expect(played.source).toMatch(new RegExp(`${voice}/stream$`));
    expect(played.duration).toBeGreaterThan(3.4);
    await player.first().evaluate((audio: HTMLAudioElement) => audio.pause());
    expect(await accessibilityProblems(desk)).toEqual([]);

    // The viewer: the display copy, the location hint, and the two downloads, the original named as evidence.
    await desk.locator(`a.thumb[href$="${photo}"]`).click();
    await desk.getByRole('heading', { name: `Foto 1 · ${ref}` }).waitFor();
    await desk.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('img.evidence-image');
      return img?.complete && img.naturalWidth > 0;
    });
    await desk.getByRole('link', { name: 'Unduh asli (bukti)' }).waitFor();
    const download = desk.waitForEvent('download');
    await desk.getByRole('link', { name: 'Unduh salinan tampilan (tanpa lokasi)' }).click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`^${ref}-[0-9a-f]{8}-salinan\\.jpg$`));
    expect(await accessibilityProblems(desk)).toEqual([]);

    // A PDF opens in the viewer's frame, in the browser's own PDF viewer.
    const framed = desk.waitForResponse((r) => r.url().endsWith(`${pdf}/stream`));
    await desk.goto(`${running.server.base}/desk/tickets/${ref}/evidence/${pdf}`);
    await desk.getByTitle('Isi dokumen PDF').waitFor();
    const response = await framed;
    expect(response.status()).toBe(200);
    expect((await response.allHeaders())['content-security-policy']).toBe("default-src 'none'; sandbox");
    // Chromium hands the framed PDF to its viewer (a frame of its own inside ours): waited for as it happens,
    // and loaded, so that a complaint it raises is in `errors` below.
    await expect
      .poll(() => desk.frames().some((f) => f.url().endsWith(`${pdf}/stream`)), { timeout: 10_000 })
      .toBe(true);
    await desk
      .frames()
      .find((f) => f.url().endsWith(`${pdf}/stream`))!
      .waitForLoadState();
    expect(await accessibilityProblems(desk)).toEqual([]);

    expect(errors, errors.join('\n')).toEqual([]);
  }, 120_000);
});
