// Runtime configuration from the environment, validated once.
import path from 'node:path';
import { z } from 'zod';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  INFOVAKT_DATA: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  INFOVAKT_ADMIN_PASSWORD: z.string().min(12, 'INFOVAKT_ADMIN_PASSWORD must be at least 12 characters').optional(),
  /** Embedded PostgreSQL port; never 5432, where a system server may listen. */
  INFOVAKT_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Set when infovakt runs behind TLS so that cookies get the Secure flag. */
  INFOVAKT_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  INFOVAKT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  embeddedPort: number;
  secureCookies: boolean;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${issues}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.INFOVAKT_DATA),
    databaseUrl: e.DATABASE_URL,
    adminPassword: e.INFOVAKT_ADMIN_PASSWORD,
    embeddedPort: e.INFOVAKT_PG_PORT,
    secureCookies: e.INFOVAKT_SECURE_COOKIES === 'true',
    logLevel: e.INFOVAKT_LOG_LEVEL,
  };
}
