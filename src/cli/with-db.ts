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
  }
}
