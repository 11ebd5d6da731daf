import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { dumpMigratedPglite } from '../../src/db/pglite-template.ts';
import { dumpMigratedSchema, type SchemaDump } from './postgres-template.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    /** A migrated PostgreSQL schema as SQL (null without TEST_DATABASE_URL or pg_dump). */
    postgresTemplate: SchemaDump | null;
  }
}

/**
 * Creates one migrated PGlite database and dumps it; each test file loads the dump (under a second)
 * instead of running initdb and the migrations again (several seconds). The same for PostgreSQL: one
 * migrated schema, dumped as SQL that each suite replays under its own schema name.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  const [path, postgresTemplate] = await Promise.all([
    dumpMigratedPglite(join(tmpdir(), `suar-pglite-template-${process.pid}.tar`)),
    url ? dropStaleSchemas(url).then(() => dumpMigratedSchema(url)) : null,
  ]);
  project.provide('pgliteTemplate', path);
  project.provide('postgresTemplate', postgresTemplate);
  return () => rmSync(path, { force: true });
}

/** Drops test schemas older than an hour (left by runs that were killed before their cleanup). */
async function dropStaleSchemas(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "select nspname as name from pg_namespace where nspname ~ '^test_[0-9a-f_]+$'",
    );
    const cutoff = Date.now() / 1000 - 3600;
    for (const { name } of rows) {
      const created = Number(/^test_(\d{10})_/.exec(name)?.[1] ?? 0);
      if (created < cutoff) await client.query(`drop schema if exists "${name}" cascade`);
    }
  } finally {
    await client.end();
  }
}
