// One PostgreSQL pool for the process: the embedded server by default, DATABASE_URL when set.
import pg from 'pg';
import type { Config } from '../config.js';
import { startEmbedded } from './embedded.js';
import { migrate } from './migrate.js';

/**
 * Costs for SSD storage, so that the planner uses the list indexes; more sort memory per query; and
 * Swedish time for SQL's calendar: `current_date` (reviews overdue) and a date read as a moment
 * (the audit trail's from/to) follow the date in Sweden, not the server's zone (timestamps are
 * stored and returned as absolute moments either way).
 */
export const SESSION_SETTINGS = '-c random_page_cost=1.1 -c work_mem=16MB -c TimeZone=Europe/Stockholm';

export type Db = pg.Pool;
export type Tx = pg.PoolClient;

export interface Database {
  pool: pg.Pool;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

// Return DATE columns as 'YYYY-MM-DD' strings, never as local-time Date objects.
pg.types.setTypeParser(1082, (v) => v);
// bigint counts fit in a JS number here.
pg.types.setTypeParser(20, (v) => Number(v));

export async function openDatabase(
  config: Config,
  opts: { log?: (m: string) => void; migrate?: boolean; max?: number } = {},
): Promise<Database> {
  const log = opts.log ?? ((m: string) => console.error(m));
  let url = config.databaseUrl;
  let stopEmbedded = async () => {};
  if (!url) {
    const handle = await startEmbedded(config.dataDir, config.embeddedPort, log);
    url = handle.url;
    stopEmbedded = handle.stop;
  }
    const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    application_name: 'infovakt',
    options: SESSION_SETTINGS,
  });
  pool.on('error', (e) => log(`database pool error: ${e.message}`));
  if (opts.migrate !== false) await migrate(pool);
  return {
    pool,
    url,
    embedded: !config.databaseUrl,
    async close() {
      await pool.end();
      await stopEmbedded();
    },
  };
}

/** Runs fn in a transaction; rolls back on any error. */
export async function inTransaction<T>(pool: pg.Pool, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
