import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

// What `npm start` runs: the compiled output (built now if dist/ is missing or stale), no transpiler. A path
// that only resolves from src/ (content, migrations' seed files, assets) fails here.
const root = new URL('../..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'suar-compiled-'));
let child: ChildProcess | undefined;

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((resolve) => child!.once('exit', resolve));
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

it('starts from the compiled output and takes a message on the web chat', async () => {
  const port = await freePort();
  child = spawn(process.execPath, ['src/build.mjs', 'main'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    expect(child.exitCode, stderr).toBeNull();
    if (
      await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() - started > 45_000) throw new Error(`not ready after 45 s\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const created = await fetch(`${base}/api/webchat/conversations`, { method: 'POST' });
  expect(created.status).toBe(201);
  const { id, token } = (await created.json()) as { id: string; token: string };
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const answered = await fetch(`${base}/api/webchat/conversations/${id}/messages`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ text: 'ya' }),
  });
  expect(answered.status).toBe(202);
  const read = await fetch(`${base}/api/webchat/conversations/${id}/messages`, { headers });
  const { messages } = (await read.json()) as { messages: { text: string }[] };
  expect(messages.length).toBeGreaterThanOrEqual(3);
}, 120_000);
