import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { isMigrated } from '../../src/db/migrate.ts';
import { buildPgliteTemplateDir, copyPgliteTemplate } from '../../src/db/pglite-template.ts';

const root = mkdtempSync(join(tmpdir(), 'suar-template-'));
let template: string;
beforeAll(async () => {
  template = await buildPgliteTemplateDir(join(root, 'template'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('builds a migrated data folder at install time that a first start copies and opens as is', async () => {
  const dataDir = join(root, 'data');
  expect(await copyPgliteTemplate(dataDir, template)).toBe(true);
  const first = await openDatabase({ pgliteDir: dataDir });
  let missionId: string;
  try {
    expect(await isMigrated(first.db)).toBe(true);
    const missions = await first.db.selectFrom('missions').select('id').execute();
    expect(missions.length).toBeGreaterThan(50);
    // Only the database PGlite opens: the template databases were dropped to make the copy small.
    const databases = await sql<{ datname: string }>`select datname from pg_database`.execute(first.db);
    expect(databases.rows.map((row) => row.datname)).toEqual(['postgres']);
    missionId = missions[0]!.id;
    await first.db.updateTable('missions').set({ name: 'Renamed' }).where('id', '=', missionId).execute();
  } finally {
    await first.close();
  }
  // A later start finds what the first one wrote.
  const later = await openDatabase({ pgliteDir: dataDir });
  try {
    const mission = await later.db
      .selectFrom('missions')
      .select('name')
      .where('id', '=', missionId)
      .executeTakeFirstOrThrow();
    expect(mission.name).toBe('Renamed');
  } finally {
    await later.close();
  }
  expect(await copyPgliteTemplate(join(root, 'other'), join(root, 'no-template'))).toBe(false);
});

it('fills again a folder that a start stopped while copying (no PG_VERSION yet)', async () => {
  const dataDir = join(root, 'stopped');
  mkdirSync(join(dataDir, '.template-copy', 'base'), { recursive: true });
  mkdirSync(join(dataDir, 'base', '5'), { recursive: true });
  writeFileSync(join(dataDir, 'base', '5', '1259'), 'half a file');
  expect(await copyPgliteTemplate(dataDir, template)).toBe(true);
  expect(existsSync(join(dataDir, '.template-copy'))).toBe(false);
  const database = await openDatabase({ pgliteDir: dataDir });
  try {
    expect(await isMigrated(database.db)).toBe(true);
  } finally {
    await database.close();
  }
});
