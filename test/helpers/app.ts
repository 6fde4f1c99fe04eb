// The real server on a fresh database with the demo municipality, for API and browser tests.
import { createApp } from '../../src/app.js';
import { seedDemo } from '../../src/demo/seed.js';
import { ensureAdmin } from '../../src/kernel/auth/accounts.js';
import { loadConfig } from '../../src/kernel/config.js';
import { createTestDb, type DbKind } from './db.js';

export interface TestApp {
  url: string;
  adminUser: string;
  adminPassword: string;
  pool: import('pg').Pool;
  stop(): Promise<void>;
}

export const ADMIN_PASSWORD = 'Testlösenord-för-admin-2026';

export async function startTestApp(opts: { kind?: DbKind; demo?: boolean } = {}): Promise<TestApp> {
  const db = await createTestDb(opts.kind ?? 'system');
  const config = { ...loadConfig({ INFOVAKT_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv), databaseUrl: db.url, port: 0 };
  await ensureAdmin(db.pool, ADMIN_PASSWORD);
  if (opts.demo !== false) await seedDemo(db.pool);
  const app = await createApp({ db: db.pool, config }, { logger: false });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    adminUser: 'admin',
    adminPassword: ADMIN_PASSWORD,
    pool: db.pool,
    async stop() {
      await app.close();
      await db.drop();
    },
  };
}
