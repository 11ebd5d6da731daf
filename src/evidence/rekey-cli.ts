// `npm run evidence:rekey`: re-encrypts stored files written under an old key with the current EVIDENCE_KEY,
// so the old key can leave EVIDENCE_OLD_KEYS (docs/media.md, key rotation). Safe to stop and run again.
import { existsSync } from 'node:fs';
import { pino } from 'pino';
import { isMigrated } from '../db/migrate.ts';
import { openForCommand } from '../db/open-for-command.ts';
import { createEvidenceStorage, loadEvidenceKeys } from './evidence-setup.ts';
import { rekeyEvidence } from './rekey-evidence.ts';

const { config, database } = await openForCommand('evidence:rekey');

let code = 1;
try {
  if (!(await isMigrated(database.db))) {
    console.error('evidence:rekey: the database is not migrated yet: start Suar (npm start) first');
  } else if (!config.evidence.key && !existsSync(config.evidence.keyFile)) {
    // Never make a key here: a missing key file means the stored files' key is elsewhere (or lost).
    console.error(`evidence:rekey: no EVIDENCE_KEY and no key file at ${config.evidence.keyFile}`);
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
