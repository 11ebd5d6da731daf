import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Why forks: PGlite instances and real-PostgreSQL schemas are per test file; isolating files in
    // processes keeps one file's database from leaking into another's.
    pool: 'forks',
  },
});
