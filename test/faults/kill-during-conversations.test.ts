import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { createTestSchema } from '../support/databases.ts';

// Suar is killed with SIGKILL again and again while conversations are under way on PostgreSQL; clients
// retry each message with its client id until it is accepted (as the web chat page does). Afterwards every
// message is stored exactly once: none lost, none twice, and each conversation exists once.

const url = process.env.TEST_DATABASE_URL;
const CONVERSATIONS = 12;
const MESSAGES = 6;
const KILLS = 3;
const TEXTS = ['ya', 'saya sendiri', 'tidak', 'malaysia', 'johor bahru', 'lewati'];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Messages accepted so far, across every conversation (the kills are spread over them). */
let accepted = 0;

describe.skipIf(!url)('kill -9 during a batch of conversations [postgres]', () => {
  let schema: string;
  let drop: () => Promise<void>;
  let suar: ChildProcess | undefined;
  let port: number;
  let databaseUrl: string;
  const scratch = mkdtempSync(join(tmpdir(), 'suar-kill-test-'));

  beforeAll(async () => {
    ({ schema, drop } = await createTestSchema(url!));
    const target = new URL(url!);
    target.searchParams.set('options', `-c search_path=${schema}`);
    databaseUrl = target.toString();
    port = await freePort();
  });

  afterAll(async () => {
    suar?.kill('SIGKILL');
    await drop?.();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** Starts Suar as `npm start` does (the compiled output), on this schema, and waits until it answers /readyz. */
  async function start(): Promise<void> {
    // Why compiled: four starts through the TypeScript loader cost seconds each; what is under test is what a
    // kill does to messages in flight, not how Suar is loaded.
    const child = spawn(process.execPath, ['src/build.mjs', 'main'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        // Evidence files and their key go beside DATA_DIR: keep them out of the checkout.
        DATA_DIR: join(scratch, 'data'),
        PORT: String(port),
        HOST: '127.0.0.1',
        // Errors only: they carry no personal data, and a failed start must say why (kept below).
        LOG_LEVEL: 'error',
        // A busy machine (CI shares two cores with PostgreSQL) may take seconds to hand out a connection; the
        // point here is loss and duplication, and the clients retry a 503 anyway.
        DB_CONNECT_TIMEOUT_MS: '30000',
        // The clients all come from 127.0.0.1: the per-address limits would be theirs, not the point here.
        LIMIT_IP_BURST: '100000',
        LIMIT_NEW_CONVERSATIONS_BURST: '100000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    suar = child;
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    for (let i = 0; i < 600; i++) {
      if (child.exitCode !== null) throw new Error(`Suar exited with ${child.exitCode}:\n${output}`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
      if (ready?.status === 200) return;
      await sleep(100);
    }
    throw new Error('Suar did not become ready');
  }

  /** Sends one request until the server answers with one of the wanted statuses. */
  async function until(wanted: number[], path: string, init: RequestInit): Promise<Response> {
    for (let attempt = 0; attempt < 2_000; attempt++) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, init).catch(() => null);
      if (res && wanted.includes(res.status)) return res;
      if (res && res.status < 500 && res.status !== 429)
        throw new Error(`${path}: ${res.status} ${await res.text()}`);
      await sleep(50);
    }
    throw new Error(`${path}: never accepted`);
  }

  /** One person: opens a conversation (idempotently) and sends every message, each retried until accepted. */
  async function converse(k: number): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const created = await until([200, 201], '/api/webchat/conversations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    const { id } = (await created.json()) as { id: string };
    for (let j = 0; j < MESSAGES; j++) {
      await until([202], `/api/webchat/conversations/${id}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: `c${k}-m${j}`, text: TEXTS[j % TEXTS.length] }),
      });
      accepted++;
      await sleep(20 + Math.random() * 80);
    }
    return id;
  }

  it('loses nothing and stores nothing twice', async () => {
    await start();
    let done = false;
    const people = Promise.all(Array.from({ length: CONVERSATIONS }, (_, k) => converse(k))).finally(() => {
      done = true;
    });
    let kills = 0;
    // Each kill comes after a share of the messages was accepted, not after a time: on a slow machine a
    // restart takes long, and timed kills could all land after the batch is done.
    while (!done && kills < KILLS) {
      const due = Math.floor(((kills + 1) * CONVERSATIONS * MESSAGES) / (KILLS + 2));
      while (!done && accepted < due) await sleep(10);
      await sleep(Math.random() * 100);
      if (done) break;
      suar!.kill('SIGKILL');
      kills++;
      await new Promise((resolve) => suar!.once('exit', resolve));
      await start();
    }
    const ids = await people;
    suar!.kill('SIGTERM');
    expect(kills).toBe(KILLS);

    const database = await openDatabase({ url: url!, searchPath: schema, poolSize: 1 });
    try {
      const conversations = await database.db.selectFrom('webchat_conversations').select('id').execute();
      expect(conversations.map((c) => c.id).sort()).toEqual([...ids].sort());
      const rows = await database.db
        .selectFrom('messages')
        .select(['external_id'])
        .where('direction', '=', 'in')
        .where('external_id', 'like', 'client:%')
        .execute();
      const expected = Array.from({ length: CONVERSATIONS }, (_, k) =>
        Array.from({ length: MESSAGES }, (_, j) => `client:c${k}-m${j}`),
      ).flat();
      expect(rows.map((r) => r.external_id).sort()).toEqual(expected.sort());
      // Every conversation's start ran once too.
      const starts = await database.db
        .selectFrom('messages')
        .select('external_id')
        .where('external_id', 'like', 'start:%')
        .execute();
      expect(starts).toHaveLength(CONVERSATIONS);
    } finally {
      await database.close();
    }
  }, 120_000);
});
