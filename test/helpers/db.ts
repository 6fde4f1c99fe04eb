// A fresh, migrated database per test file, on the system server or the embedded one.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { SESSION_SETTINGS } from '../../src/kernel/db/database.js';
import { migrate } from '../../src/kernel/db/migrate.js';

export type DbKind = 'system' | 'embedded';
export const DB_KINDS: DbKind[] = ['system', 'embedded'];

const SYSTEM_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function adminUrl(kind: DbKind): string {
  if (kind === 'system') return SYSTEM_URL;
  const u = new URL(inject('embeddedUrl'));
  u.pathname = '/postgres';
  return u.toString();
}

export interface TestDb {
  pool: pg.Pool;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDb(kind: DbKind = 'system'): Promise<TestDb> {
  const name = `infovakt_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl(kind) });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(adminUrl(kind));
  u.pathname = `/${name}`;
  const url = u.toString();
  const pool = new pg.Pool({ connectionString: url, max: 5, options: SESSION_SETTINGS });
  // DROP … WITH (FORCE) ends connections that may still be closing: not an error of the test.
  pool.on('error', () => {});
  await migrate(pool);
  return {
    pool,
    url,
    async drop() {
      await pool.end();
      const c = new pg.Client({ connectionString: adminUrl(kind) });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
