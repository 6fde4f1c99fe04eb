// Browser sessions: a random id in an HttpOnly cookie, stored only as its hash, with idle and
// absolute time-outs and a per-session CSRF token for the double-submit check.
import type pg from 'pg';
import { newSecret, sha256 } from './secrets.js';

export const IDLE_MINUTES = 60;
export const ABSOLUTE_HOURS = 12;

export async function createSession(
  db: pg.Pool | pg.ClientBase,
  userId: string,
  ip: string,
  opts: { enrolmentOnly?: boolean; method?: 'password' | 'mfa' | 'oidc' } = {},
): Promise<{ id: string; csrf: string }> {
  const id = newSecret();
  const csrf = newSecret(24);
  await db.query('INSERT INTO sessions (id_hash, user_id, csrf, ip, enrolment_only, auth_method) VALUES ($1, $2, $3, $4, $5, $6)', [
    sha256(id), userId, csrf, ip, opts.enrolmentOnly ?? false, opts.method ?? 'password',
  ]);
  return { id, csrf };
}

export interface SessionUser {
  userId: string;
  username: string;
  displayName: string;
  role: string;
  departmentIds: string[] | null;
  csrf: string;
  /** MFA is required for the user's role and not yet set up: only enrolment is allowed. */
  enrolmentOnly: boolean;
}

export async function resolveSession(db: pg.Pool, id: string): Promise<SessionUser | null> {
  const { rows } = await db.query<{
    user_id: string;
    username: string;
    display_name: string;
    role: string;
    department_ids: string[] | null;
    csrf: string;
    enrolment_only: boolean;
  }>(
    `UPDATE sessions s SET last_seen_at = now()
     FROM users u
     WHERE s.id_hash = $1 AND u.id = s.user_id AND NOT u.disabled
       AND s.last_seen_at > now() - make_interval(mins => $2)
       AND s.created_at > now() - make_interval(hours => $3)
     RETURNING s.user_id, u.username, u.display_name, u.role, u.department_ids, s.csrf, s.enrolment_only`,
    [sha256(id), IDLE_MINUTES, ABSOLUTE_HOURS],
  );
  const r = rows[0];
  if (!r) return null;
  return { userId: r.user_id, username: r.username, displayName: r.display_name, role: r.role, departmentIds: r.department_ids, csrf: r.csrf, enrolmentOnly: r.enrolment_only };
}

/** Ends a session; answers how it was opened (null if there was none). */
export async function deleteSession(db: pg.Pool, id: string): Promise<string | null> {
  const { rows } = await db.query<{ auth_method: string }>('DELETE FROM sessions WHERE id_hash = $1 RETURNING auth_method', [sha256(id)]);
  return rows[0]?.auth_method ?? null;
}

export async function purgeExpiredSessions(db: pg.Pool): Promise<void> {
  await db.query(
    `DELETE FROM sessions WHERE last_seen_at < now() - make_interval(mins => $1) OR created_at < now() - make_interval(hours => $2)`,
    [IDLE_MINUTES, ABSOLUTE_HOURS],
  );
}
