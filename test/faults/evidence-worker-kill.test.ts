import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { handleInbound } from '../../src/conversations/handle-inbound.ts';
import type { Database } from '../../src/db/database.ts';
import { evidenceKeyRing, parseEvidenceKey } from '../../src/evidence/evidence-keys.ts';
import { folderStorage } from '../../src/evidence/folder-storage.ts';
import { readEvidence } from '../../src/evidence/read-evidence.ts';
import { FAKE_BOT_INFO } from '../channels/telegram/fake-bot-api.ts';
import { openTestPostgres } from '../support/databases.ts';
import { type FakeMediaApis, startFakeMediaApis } from '../support/fake-media-apis.ts';
import { testHost } from '../support/test-host.ts';

// `npm run worker` killed (SIGKILL) in the middle of a download, then started again: the file is fetched
// and kept once. Needs PostgreSQL (a separate worker cannot open the embedded PGlite).
const root = new URL('../..', import.meta.url).pathname;
const url = process.env.TEST_DATABASE_URL;
const TOKEN = '123456:KILL-test';
const video = readFileSync(new URL('../fixtures/evidence-desk/video.mp4', import.meta.url));
const keyText = `k1:${randomBytes(32).toString('base64')}`;
const folder = mkdtempSync(join(tmpdir(), 'suar-evidence-kill-'));
let database: Database | undefined;
let fake: FakeMediaApis | undefined;
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await fake?.close();
  await database?.close();
  rmSync(folder, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, check: () => Promise<T | undefined>, ms: number, log: () => string) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms\n${log()}`);
    await sleep(100);
  }
}

it.skipIf(!url)(
  'a worker killed mid-download leaves the file to the next one, which keeps it once',
  async () => {
    database = await openTestPostgres(2);
    fake = await startFakeMediaApis({ token: TOKEN, accessToken: 'unused-token' });
    const fileId = `kill-${randomUUID()}`;
    fake.serve(fileId, video);
    fake.hangNext(fileId);
    const db = database.db;
    const { host } = testHost(db);
    host.clock = () => new Date();
    await handleInbound(host, {
      channel: 'telegram',
      externalId: randomUUID(),
      address: String(Date.now()),
      attachments: [{ kind: 'video', ref: fileId }],
    });
    const item = await db.selectFrom('evidence_items').select('id').executeTakeFirstOrThrow();

    const [row] = await db.selectNoFrom((eb) => eb.fn<string>('current_schema', []).as('schema')).execute();
    const target = new URL(url!);
    target.searchParams.set('options', `-c search_path=${row!.schema}`);
    let stderr = '';
    const startWorker = () => {
      const child = spawn(process.execPath, ['src/build.mjs', 'worker'], {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: target.toString(),
          LOG_LEVEL: 'warn',
          TELEGRAM_BOT_TOKEN: TOKEN,
          TELEGRAM_MODE: 'polling',
          TELEGRAM_API_ROOT: fake!.url,
          TELEGRAM_BOT_INFO: JSON.stringify(FAKE_BOT_INFO),
          EVIDENCE_DIR: folder,
          EVIDENCE_KEY: keyText,
          EVIDENCE_POLL_MS: '200',
          EVIDENCE_FETCH_LEASE_SECONDS: '3',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      children.push(child);
      return child;
    };
    const statusOf = async () =>
      await db
        .selectFrom('evidence_items')
        .select(['status', 'attempts'])
        .where('id', '=', item.id)
        .executeTakeFirstOrThrow();

    // The first worker starts the download, which hangs half-way; it is killed there.
    const first = startWorker();
    await until(
      'the first download',
      async () => ((await statusOf()).status === 'fetching' ? true : undefined),
      120_000,
      () => stderr,
    );
    await sleep(300);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    expect(fake.downloadsOf(fileId)).toBe(0);

    // The restarted worker takes it up once the dead one's lease ends, and keeps it.
    const second = startWorker();
    const done = await until(
      'the file to be kept',
      async () => {
        const s = await statusOf();
        return s.status === 'stored' ? s : undefined;
      },
      120_000,
      () => stderr,
    );
    expect(done.attempts).toBe(2);
    expect(fake.downloadsOf(fileId)).toBe(1);
    const files = readdirSync(join(folder, 'evidence', item.id.slice(0, 2)));
    expect(files).toEqual([item.id]);
    const { bytes } = await readEvidence(
      db,
      folderStorage(folder),
      evidenceKeyRing(parseEvidenceKey(keyText)),
      item.id,
    );
    expect(bytes.equals(video)).toBe(true);
    second.kill('SIGTERM');
    await new Promise((resolve) => second.once('exit', resolve));
  },
  300_000,
);
