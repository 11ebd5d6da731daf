// `npm run evidence:rekey`: re-encrypts stored files written under an old key with the current EVIDENCE_KEY,
// so the old key can leave EVIDENCE_OLD_KEYS (docs/media.md, key rotation). Safe to stop and run again.
import { pino } from 'pino';
import { ConfigError, loadConfig } from '../config.ts';
import { DataFolderInUseError } from '../db/data-folder-lock.ts';
import { openDatabase } from '../db/database.ts';
import { isMigrated } from '../db/migrate.ts';
import { createEvidenceStorage, loadEvidenceKeys } from './evidence-setup.ts';
import { rekeyEvidence } from './rekey-evidence.ts';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

let database: Awaited<ReturnType<typeof openDatabase>>;
try {
  database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { pgliteDir: config.dataDir },
  );
} catch (error) {
  // A running Suar holds the PGlite folder: stop it first (with PostgreSQL this runs beside Suar).
  if (!(error instanceof DataFolderInUseError)) throw error;
  console.error(`evidence:rekey: ${error.message}`);
  process.exit(1);
}

let code = 1;
try {
  if (!(await isMigrated(database.db))) {
    console.error('evidence:rekey: the database is not migrated yet: start Suar (npm start) first');
  } else {
    const keys = loadEvidenceKeys(config.evidence, pino({ level: 'warn' }));
    const report = await rekeyEvidence(database.db, createEvidenceStorage(config.evidence), keys, {
      onProgress: (done) =>
        console.log(`evidence:rekey: ${done} files re-encrypted under ${keys.current.id}`),
    });
    console.log(`evidence:rekey: done, ${report.rekeyed} files re-encrypted under ${keys.current.id}`);
    for (const { id, problem } of report.problems) console.error(`evidence:rekey: item ${id}: ${problem}`);
    code = report.problems.length > 0 ? 2 : 0;
  }
} finally {
  await database.close();
}
process.exit(code);
