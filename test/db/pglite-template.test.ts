import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { isMigrated } from '../../src/db/migrate.ts';
import { buildPgliteTemplateDir, copyPgliteTemplate } from '../../src/db/pglite-template.ts';

const root = mkdtempSync(join(tmpdir(), 'suar-template-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('builds a migrated data folder at install time that a first start copies and opens as is', async () => {
  const template = await buildPgliteTemplateDir(join(root, 'template'));
  const dataDir = join(root, 'data');
  expect(copyPgliteTemplate(dataDir, template)).toBe(true);
  const database = await openDatabase({ pgliteDir: dataDir });
  try {
    expect(await isMigrated(database.db)).toBe(true);
    const missions = await database.db.selectFrom('missions').select('id').execute();
    expect(missions.length).toBeGreaterThan(50);
  } finally {
    await database.close();
  }
  expect(copyPgliteTemplate(join(root, 'other'), join(root, 'no-template'))).toBe(false);
});
