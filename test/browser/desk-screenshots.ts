// `npm run desk:screenshots`: pictures of the desk for docs/desk.md, at laptop and phone sizes, in Debian's
// Chromium. Runs Suar on a throwaway embedded database, lets a few people report through the web chat (as
// the automated client does), works some of the reports on the desk, and photographs the queue, a ticket
// with the files a person sent, and the statistics page. Writes docs/desk/*.png.
import { mkdirSync } from 'node:fs';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { hashPassword } from '../../src/staff/passwords.ts';
import { insertStaff } from '../../src/staff/staff-store.ts';
import { launchChromium } from '../support/chromium.ts';
import { httpWebchatPerson, startDeskServer } from '../support/desk-server.ts';
import { addTestEvidence, evidenceFixture, testEvidenceStore } from '../support/evidence-desk.ts';
import { insertTestTickets, type TestTicket } from '../support/insert-test-tickets.ts';

const out = new URL('../../docs/desk/', import.meta.url);
mkdirSync(out, { recursive: true });

const database = await openDatabase({ pgliteDir: 'memory://' });
await migrateToLatest(database.db);
const evidence = testEvidenceStore();
const server = await startDeskServer(database, { evidence });
const password = 'screenshots only, never real';
await insertStaff(database.db, {
  email: 'dewi@kemlu.example',
  name: 'Dewi Lestari',
  role: 'supervisor',
  missionId: null,
  passwordHash: await hashPassword(password),
  mustChangePassword: false,
});
await insertStaff(database.db, {
  email: 'agus@kemlu.example',
  name: 'Agus Santoso',
  role: 'agent',
  missionId: null,
  passwordHash: await hashPassword(password),
  mustChangePassword: false,
});

// A month of earlier, closed reports, so the statistics have something to show (made up, spread like a
// month of real work: mostly Malaysia and the Gulf, scam compounds in Cambodia and Myanmar, some at sea).
const countries = ['MY', 'MY', 'MY', 'SA', 'SA', 'KH', 'KH', 'MM', 'TW', 'HK', 'AE', 'SG'];
const categories = [
  'domestic_servitude',
  'online_scam_compound',
  'forced_labour',
  'labour_dispute',
  'fishing_vessel',
  'missing_person',
  'information_request',
];
const priorities = ['P1', 'P2', 'P2', 'P3', 'P3', 'P3', 'P4'] as const;
const history: TestTicket[] = [];
for (let i = 0; i < 160; i++) {
  const created = new Date(Date.now() - (1 + ((i * 7919) % (29 * 24))) * 3_600_000);
  const priority = priorities[i % priorities.length]!;
  const dueMinutes = { P1: 15, P2: 240, P3: 2880, P4: 7200 }[priority];
  const responseMinutes = [5, 12, 30, 90, 200, 600, 1500][(i * 31) % 7]!;
  history.push({
    priority,
    created_at: created,
    sla_due_at: new Date(created.getTime() + dueMinutes * 60_000),
    first_response_at: new Date(created.getTime() + responseMinutes * 60_000),
    status: 'closed',
    category: categories[(i * 13) % categories.length]!,
    country: countries[(i * 5) % countries.length]!,
    reporter: i % 3 === 0 ? 'relative' : 'self',
  });
}
await insertTestTickets(database.db, history);

// People reporting, as they would type (made-up people, made-up places of work).
const reports: string[][] = [
  [
    'halo',
    'ya',
    'saya sendiri',
    'tolong saya dikurung di mess, paspor ditahan, tidak dikasih makan',
    'ya',
    'kamboja',
    'sihanoukville',
  ],
  [
    'halo',
    'ya',
    'keluarga saya',
    'Bu Sumi',
    'tidak',
    'malaysia',
    'kuching',
    'Wati',
    '17',
    'perempuan',
    'ya',
    'agen di kampung',
    'tahun lalu',
    'calo',
    'sudah 3 bulan tidak bisa dihubungi, terakhir bilang gaji ditahan',
    'selesai',
    'ya',
    'tidak',
    'tidak tahu',
    'tidak tahu',
    'lewati',
    'kapan saja',
    'ya',
    'ya',
    'ya',
    'sudah benar',
  ],
  [
    'assalamualaikum',
    'ya',
    'saya sendiri',
    'tidak',
    'arab saudi',
    'riyadh',
    'Siti',
    '34',
    'perempuan',
    'ya',
    'majikan',
    '2023',
    'agen resmi',
    'gaji 8 bulan belum dibayar, HP sering diambil majikan',
    'selesai',
    'ya',
    'tidak',
    'tidak',
    'tidak',
    '+966 50 123 4567',
    'malam',
    'tidak',
    'ya',
    'tidak',
    'sudah benar',
  ],
  [
    'hello',
    'yes',
    'myself',
    'no',
    'taiwan',
    'kaohsiung',
    'Budi',
    '29',
    'male',
    'yes',
    'fishing boat agency',
    'march 2025',
    'agency',
    'we work 18 hours a day on the boat, the captain keeps our seaman books',
    'done',
    'yes',
    'no',
    'yes',
    'yes',
    'skip',
    'only after I write first',
    'no',
    'yes',
    'yes',
    'correct',
  ],
  [
    'min mau tanya',
    'ya',
    'saya sendiri',
    'tidak',
    'jepang',
    'osaka',
    'lewati',
    'lewati',
    'lewati',
    'tidak',
    'lewati',
    'lewati',
    'lewati',
    'bagaimana cara perpanjang paspor di jepang?',
    'selesai',
    'tidak',
    'ya',
    'tidak',
    'tidak',
    'lewati',
    'kapan saja',
    'ya',
    'tidak',
    'sudah benar',
  ],
];
const people: Awaited<ReturnType<typeof httpWebchatPerson>>[] = [];
for (const answers of reports) {
  const person = await httpWebchatPerson(server.base);
  for (const answer of answers) await person.say(answer);
  people.push(person);
}
const refOf = async (person: (typeof people)[number]) =>
  (
    await database.db
      .selectFrom('tickets')
      .innerJoin('contacts', 'contacts.id', 'tickets.contact_id')
      .select('tickets.ref')
      .where('contacts.address', '=', person.id)
      .executeTakeFirstOrThrow()
  ).ref;

const browser = await launchChromium();
try {
  const sizes = [
    { name: 'laptop', viewport: { width: 1366, height: 900 } },
    { name: 'phone', viewport: { width: 390, height: 844 } },
  ] as const;
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: size.viewport, locale: 'id-ID', deviceScaleFactor: 1 });
    await page.goto(`${server.base}/desk/sign-in`);
    await page.getByLabel('Email').fill('dewi@kemlu.example');
    await page.getByLabel('Kata sandi').fill(password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Antrean laporan' }).waitFor();
    if (size.name === 'laptop') {
      // Some work done, so the pictures show it: a ticket taken, a note, a reply.
      const ref = await refOf(people[2]!);
      await page.goto(`${server.base}/desk/tickets/${ref}`);
      await page.getByRole('button', { name: 'Ambil laporan ini' }).click();
      await page.locator('details.action', { hasText: 'Tambah catatan internal' }).locator('summary').click();
      await page.locator('#note-text').fill('Sudah koordinasi dengan KBRI Riyadh, menunggu alamat majikan.');
      await page
        .locator('details.action', { hasText: 'Tambah catatan internal' })
        .getByRole('button', { name: 'Simpan' })
        .click();
      await page
        .locator('#reply-text')
        .fill('Halo Bu Siti, kami petugas pelindungan WNI. Kami sudah baca laporan Ibu.');
      await page.getByRole('button', { name: 'Kirim', exact: true }).click();
      await page
        .getByText('Tersimpan', { exact: false })
        .first()
        .waitFor()
        .catch(() => {});
      await people[2]!.say('terima kasih pak, saya masih di rumah majikan');
      // The person sends a photo and a voice note: the conversation shows them, and the viewer one of them.
      const ticket = await database.db
        .selectFrom('tickets')
        .selectAll()
        .where('ref', '=', ref)
        .executeTakeFirstOrThrow();
      const [photo] = await addTestEvidence(database.db, evidence, ticket, [
        { kind: 'photo', bytes: evidenceFixture('photo-gps-rotated.jpg'), mime: 'image/jpeg' },
        { kind: 'voice', bytes: evidenceFixture('voice-note.ogg'), mime: 'audio/ogg' },
        { kind: 'photo', status: 'pending' },
      ]);
      await page.goto(`${server.base}/desk/tickets/${ref}`);
      const files = page.locator('.transcript li', { has: page.locator('ul.evidence') }).last();
      await files.scrollIntoViewIfNeeded();
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll<HTMLImageElement>('ul.evidence img')).every(
          (img) => img.complete && img.naturalWidth > 0,
        ),
      );
      await files.screenshot({ path: new URL('evidence-transcript.png', out).pathname });
      await page.goto(`${server.base}/desk/tickets/${ref}/evidence/${photo}`);
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('img.evidence-image');
        return img?.complete && img.naturalWidth > 0;
      });
      await page.screenshot({ path: new URL('evidence-viewer-laptop.png', out).pathname });
    }
    await page.goto(`${server.base}/desk`);
    await page.waitForSelector('#queue-rows tr');
    await page.screenshot({
      path: new URL(`queue-${size.name}.png`, out).pathname,
      fullPage: size.name === 'laptop',
    });
    await page.goto(`${server.base}/desk/tickets/${await refOf(people[0]!)}`);
    await page.screenshot({ path: new URL(`ticket-${size.name}.png`, out).pathname, fullPage: false });
    const stats = await page.goto(`${server.base}/desk/stats`);
    if (stats?.status() === 200) {
      await page.screenshot({
        path: new URL(`stats-${size.name}.png`, out).pathname,
        fullPage: size.name === 'laptop',
      });
    } else {
      console.log(`stats page not available (${stats?.status()}): no stats-${size.name}.png`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
  await database.close();
  evidence.remove();
}
console.log(`screenshots in ${out.pathname}`);
