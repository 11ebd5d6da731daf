// `npm run bench:startup`: time from `npm start` to /readyz answering 200 on PGlite, for a first start
// (empty data folder: it is filled from the install-time template) and for later starts. Besides the wall
// time it reports the CPU time (user + system) the started process tree had used when /readyz first answered:
// on a shared machine the wall time grows with everyone else's load, the CPU time much less. Linux only for
// the CPU figures (read from /proc). Prints a last line of JSON.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const TICKS_PER_S = 100; // USER_HZ on Linux

/** CPU milliseconds of every live process in a process group, plus what their exited children used. */
function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
      // After the name: 0 state, 2 pgrp, 11 utime, 12 stime, 13 cutime, 14 cstime.
      if (Number(fields[2]) !== pgid) continue;
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // the process ended while we read
    }
  }
  return (ticks / TICKS_PER_S) * 1000;
}

/** A port nobody listens on now: a fixed one may be another program's, whose /readyz would answer for us. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

async function timeToReady(dataDir: string, port: number): Promise<{ wall: number; cpu: number }> {
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
      if (ok) return { wall: performance.now() - started, cpu: groupCpuMs(child.pid!) };
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const runs = Number(process.argv[2] ?? 3);
const first: { wall: number; cpu: number }[] = [];
const later: { wall: number; cpu: number }[] = [];
const loadBefore = loadavg()[0]!;
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'suar-startup-'));
  try {
    first.push(await timeToReady(dir, await freePort()));
    later.push(await timeToReady(dir, await freePort()));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
console.log(
  JSON.stringify({
    first_start_ms: median(first.map((r) => r.wall)),
    later_start_ms: median(later.map((r) => r.wall)),
    first_start_cpu_ms: median(first.map((r) => r.cpu)),
    later_start_cpu_ms: median(later.map((r) => r.cpu)),
    runs,
    all_first_ms: first.map((r) => Math.round(r.wall)),
    all_later_ms: later.map((r) => Math.round(r.wall)),
    all_first_cpu_ms: first.map((r) => Math.round(r.cpu)),
    all_later_cpu_ms: later.map((r) => Math.round(r.cpu)),
    // One-minute load average before and after: on 2 cores, anything far above 2 inflates the wall times.
    load_1m: [Number(loadBefore.toFixed(1)), Number(loadavg()[0]!.toFixed(1))],
  }),
);
