import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { BackupRefusedError, backupPglite, restorePglite } from '../../src/db/pglite-backup.ts';

const root = mkdtempSync(join(tmpdir(), 'suar-backup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('backs up a stopped PGlite folder and restores it, refusing a folder in use or in the way', async () => {
  const dataDir = join(root, 'data');
  const first = await openDatabase({ pgliteDir: dataDir });
  await migrateToLatest(first.db);
  await first.db.insertInto('contacts').values({ channel: 'webchat', address: 'kept' }).execute();
  await first.close();

  // A folder a process has open is refused (PGlite leaves postmaster.pid while open).
  writeFileSync(join(dataDir, 'postmaster.pid'), '-42\n');
  const file = join(root, 'backup.tar.gz');
  await expect(backupPglite(dataDir, file)).rejects.toBeInstanceOf(BackupRefusedError);
  rmSync(join(dataDir, 'postmaster.pid'));
  expect(await backupPglite(dataDir, file)).toBeGreaterThan(1000);
  // Gzipped tar, as the docs say: the system's tar lists it.
  expect(execFileSync('tar', ['-tzf', file]).toString()).toMatch(/PG_VERSION/);

  await expect(restorePglite(file, dataDir)).rejects.toThrow(/not empty/);
  const movedTo = await restorePglite(file, dataDir, { force: true, now: new Date('2026-01-02T03:04:05Z') });
  expect(movedTo).toBe(`${dataDir}.before-restore-2026-01-02T03-04-05-000Z`);
  expect(existsSync(join(movedTo!, 'PG_VERSION'))).toBe(true);

  const restored = await openDatabase({ pgliteDir: dataDir });
  try {
    const rows = await restored.db.selectFrom('contacts').select('address').execute();
    expect(rows.map((r) => r.address)).toEqual(['kept']);
  } finally {
    await restored.close();
  }
  // Dumping and loading a whole data folder takes seconds on a quiet machine, far more on a busy one.
}, 120_000);
