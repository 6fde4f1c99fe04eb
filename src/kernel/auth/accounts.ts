// Local accounts: creation, lookup, the first administrator, failed-login lock-out.
import type pg from 'pg';
import { newSecret } from './secrets.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { isRole } from './policy.js';

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  password_hash: string | null;
  role: string;
  department_ids: string[] | null;
  disabled: boolean;
  failed_logins: number;
  locked_until: Date | null;
  created_at: Date;
  mfa_secret: string | null;
  mfa_pending_secret: string | null;
  mfa_enabled_at: Date | null;
  mfa_last_step: number | null;
  auth_source: 'local' | 'oidc';
}

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export async function createUser(
  db: pg.Pool | pg.ClientBase,
  u: { username: string; displayName?: string; password: string; role: string; departmentIds?: string[] | null },
): Promise<UserRow> {
  const problem = passwordProblem(u.password);
  if (problem) throw new Error(problem);
  if (!isRole(u.role)) throw new Error(`Okänd roll: ${u.role}`);
  const hash = await hashPassword(u.password);
  const { rows } = await db.query<UserRow>(
    `INSERT INTO users (username, display_name, password_hash, role, department_ids)
     VALUES ($1, $2, $3, $4, $5) RETURNING *`,
    [u.username.toLowerCase(), u.displayName ?? u.username, hash, u.role, u.departmentIds ?? null],
  );
  return rows[0]!;
}

export async function findUser(db: pg.Pool, username: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE username = $1', [username.toLowerCase()]);
  return rows[0];
}

export async function recordFailedLogin(db: pg.Pool, userId: string): Promise<void> {
  await db.query(
    `UPDATE users SET failed_logins = failed_logins + 1,
       locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
     WHERE id = $1`,
    [userId, MAX_FAILED_LOGINS, LOCKOUT_MINUTES],
  );
}

export async function recordLogin(db: pg.Pool, userId: string): Promise<void> {
  await db.query('UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = $1', [userId]);
}

/**
 * Creates the administrator on first start. Returns the generated password when none was given,
 * so the caller can print it once; it is stored only as an argon2id hash.
 */
export async function ensureAdmin(db: pg.Pool, password: string | undefined): Promise<{ created: boolean; password?: string }> {
  const { rows } = await db.query("SELECT 1 FROM users WHERE role = 'admin' LIMIT 1");
  if (rows.length > 0) return { created: false };
  const pw = password ?? newSecret(18);
  await createUser(db, { username: 'admin', displayName: 'Administratör', password: pw, role: 'admin' });
  return { created: true, password: password ? undefined : pw };
}
