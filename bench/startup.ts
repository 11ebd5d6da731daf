// `npm run bench:startup`: time from `npm start` to /readyz answering 200 on PGlite, for a first start
// (empty data folder: PGlite runs initdb) and for later starts. Prints a last line of JSON.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

async function timeToReady(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      if (performance.now() - started > 60_000) throw new Error('not ready after 60 s');
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const runs = Number(process.argv[2] ?? 3);
const first: number[] = [];
const later: number[] = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'suar-startup-'));
  first.push(await timeToReady(dir, 3900 + i));
  later.push(await timeToReady(dir, 3950 + i));
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  JSON.stringify({
    first_start_ms: Math.round(median(first)),
    later_start_ms: Math.round(median(later)),
    runs,
    all_first_ms: first.map(Math.round),
    all_later_ms: later.map(Math.round),
  }),
);
