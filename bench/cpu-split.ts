// CPU time of this process and of the PostgreSQL backends serving it (found by application_name), read from
// /proc (Linux): says whether Node or PostgreSQL is the busier side of a benchmark. The database must be on
// this machine. PostgreSQL's background processes (WAL writer, checkpointer) are counted apart: they also
// serve anything else that uses the same server.
import { readFileSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../src/db/schema.ts';

const TICKS_PER_S = 100; // USER_HZ on Linux

function cpuMsOf(pid: number, path = `/proc/${pid}/stat`): number {
  try {
    const fields = readFileSync(path, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_S) * 1000;
  } catch {
    return 0;
  }
}

/** Marks this process's database connections so their backends can be found (call before opening pools). */
export function tagConnections(): string {
  const name = `suar-bench-${process.pid}`;
  process.env.PGAPPNAME = name;
  return name;
}

/** A CPU meter: `start()` then `stop()` gives milliseconds of CPU by side over the interval. */
export function cpuSplit(db: Kysely<DB>, applicationName: string) {
  let node = { main: 0, other: 0 };
  let backends = new Map<number, number>();
  let background = new Map<number, number>();
  const readBackends = async () => {
    const { rows } = await sql<{ pid: number; mine: boolean }>`
      select pid, application_name = ${applicationName} as mine from pg_stat_activity
      where application_name = ${applicationName} or backend_type <> 'client backend'
    `.execute(db);
    const mine = new Map<number, number>();
    const other = new Map<number, number>();
    for (const row of rows) (row.mine ? mine : other).set(row.pid, cpuMsOf(row.pid));
    return { mine, other };
  };
  // The main thread is Suar; other threads (a load generator, a sink, libuv's pool, GC helpers) are apart.
  const nodeMs = () => {
    const usage = process.cpuUsage();
    const all = (usage.user + usage.system) / 1000;
    const main = cpuMsOf(process.pid, `/proc/self/task/${process.pid}/stat`);
    return { main, other: all - main };
  };
  return {
    async start() {
      const { mine, other } = await readBackends();
      backends = mine;
      background = other;
      node = nodeMs();
    },
    async stop(): Promise<{
      node_ms: number;
      node_main_ms: number;
      node_other_ms: number;
      postgres_ms: number;
      postgres_background_ms: number;
    }> {
      const nodeNow = nodeMs();
      const { mine, other } = await readBackends();
      const delta = (now: Map<number, number>, before: Map<number, number>) =>
        [...now].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);
      return {
        node_ms: Math.round(nodeNow.main + nodeNow.other - node.main - node.other),
        node_main_ms: Math.round(nodeNow.main - node.main),
        node_other_ms: Math.round(nodeNow.other - node.other),
        postgres_ms: Math.round(delta(mine, backends)),
        postgres_background_ms: Math.round(delta(other, background)),
      };
    },
  };
}
