import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// Files that start processes of their own (Suar, the worker, a CLI, Chromium) or copy whole PGlite folders,
// and wait for them with deadlines: they run one at a time after the others, so two of them never share the
// cores.
const ONE_AT_A_TIME = [
  'test/browser/**/*.test.ts',
  'test/build/**/*.test.ts',
  'test/faults/**/*.test.ts',
  'test/outbox/worker-process.test.ts',
  'test/staff/staff-cli.test.ts',
  'test/db/pglite-backup.test.ts',
  'test/db/pglite-template.test.ts',
];

const shared = {
  testTimeout: 30_000,
  hookTimeout: 60_000,
  // Why forks: PGlite runs in the worker (WebAssembly, native modules beside it); a process per worker keeps
  // one worker's database engine and memory apart from the other's.
  pool: 'forks',
  // Why not isolated: loading the app (places, languages, flows, the desk) took about a second and a half in
  // each of ~100 files, more than most files' tests; a worker now loads the modules once and runs file after
  // file on them. Each file still opens its own PGlite and PostgreSQL schema (test/support/databases.ts) and
  // closes them. So a test file must leave no state behind in shared modules: no vi.mock, no fake timers or
  // stubbed globals left in place, no changes to process.env; a server, child or database it opens, it closes.
  isolate: false,
} as const;

export default defineConfig({
  test: {
    // Runs once for both groups below; what it provides reaches every test file.
    globalSetup: ['test/support/global-setup.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'in-process',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...ONE_AT_A_TIME],
          // Why at least two: Vitest's default (one fewer than the cores) runs files one by one on a two-core
          // machine, while much of a file's time is spent waiting on PostgreSQL.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: 'one-at-a-time',
          include: ONE_AT_A_TIME,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
