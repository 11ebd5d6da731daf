import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// Files that start processes of their own (Suar, the worker, a CLI, Chromium) or copy whole PGlite folders,
// and wait for them with deadlines: they run one at a time after the others, as every file used to, so two
// of them never share the cores.
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
  // Why forks: PGlite instances and real-PostgreSQL schemas are per test file; isolating files in
  // processes keeps one file's database from leaking into another's.
  pool: 'forks',
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
          // machine, while much of a file's time is spent waiting on PostgreSQL; each file has its own PGlite
          // and schema.
          maxWorkers: Math.max(2, availableParallelism() - 1),
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
