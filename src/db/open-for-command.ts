import { type Config, loadConfigOrExit } from '../config.ts';
import { DataFolderInUseError } from './data-folder-lock.ts';
import { type Database, openDatabase } from './database.ts';

/**
 * For a command-line tool (`npm run staff`, `npm run evidence:rekey`): the configuration and the configured
 * database (PGlite in DATA_DIR, or PostgreSQL by DATABASE_URL). Exits with the reason when the configuration
 * is bad or a running Suar holds the PGlite folder, before anything is touched.
 */
export async function openForCommand(command: string): Promise<{ config: Config; database: Database }> {
  const config = loadConfigOrExit();
  try {
    const database = await openDatabase(
      config.databaseUrl ? { url: config.databaseUrl } : { pgliteDir: config.dataDir },
    );
    return { config, database };
  } catch (error) {
    if (!(error instanceof DataFolderInUseError)) throw error;
    console.error(`${command}: ${error.message}`);
    process.exit(1);
  }
}
