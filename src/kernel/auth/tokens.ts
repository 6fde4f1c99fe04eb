// API tokens for automation: shown once, stored as a hash, with role, department scope and expiry.
import type pg from 'pg';
import { newSecret, sha256 } from './secrets.js';
import { isRole } from './policy.js';
import type { TokenInfo } from './token-view.js';

export const TOKEN_PREFIX = 'ivk_';

export type { TokenInfo } from './token-view.js';

export async function createToken(
  db: pg.Pool,
  t: { name: string; role: string; departmentIds?: string[] | null; expiresInDays?: number | null; createdBy?: string | null },
): Promise<{ token: string; info: TokenInfo }> {
  if (!isRole(t.role)) throw new Error(`Okänd roll: ${t.role}`);
  const token = TOKEN_PREFIX + newSecret();
  const { rows } = await db.query(
    `INSERT INTO api_tokens (name, token_hash, prefix, role, department_ids, created_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::int IS NULL THEN NULL ELSE now() + make_interval(days => $7::int) END)
     RETURNING *`,
    [t.name, sha256(token), token.slice(0, 8), t.role, t.departmentIds ?? null, t.createdBy ?? null, t.expiresInDays ?? null],
  );
  return { token, info: toInfo(rows[0]) };
}

function toInfo(r: Record<string, unknown>): TokenInfo {
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : null);
  return {
    id: r.id as string,
    name: r.name as string,
    prefix: r.prefix as string,
    role: r.role as string,
    departmentIds: (r.department_ids as string[] | null) ?? null,
    createdAt: iso(r.created_at) ?? '',
    expiresAt: iso(r.expires_at),
    lastUsedAt: iso(r.last_used_at),
    revokedAt: iso(r.revoked_at),
  };
}

/**
 * The token's info when it is valid; marks it used. `firstUseToday` is true on the first use of a
 * UTC day, so that the caller can audit token use without one entry per request.
 */
export async function resolveToken(db: pg.Pool, token: string): Promise<(TokenInfo & { firstUseToday: boolean }) | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const { rows } = await db.query(
    `WITH old AS (SELECT id, last_used_at AS prev FROM api_tokens WHERE token_hash = $1)
     UPDATE api_tokens t SET last_used_at = now()
     FROM old
     WHERE t.id = old.id AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
     RETURNING t.*, (old.prev IS NULL OR (old.prev AT TIME ZONE 'UTC')::date < (now() AT TIME ZONE 'UTC')::date) AS first_use_today`,
    [sha256(token)],
  );
  return rows[0] ? { ...toInfo(rows[0]), firstUseToday: rows[0].first_use_today === true } : null;
}

export async function listTokens(db: pg.Pool): Promise<TokenInfo[]> {
  const { rows } = await db.query('SELECT * FROM api_tokens ORDER BY created_at DESC');
  return rows.map(toInfo);
}

export async function revokeToken(db: pg.Pool, id: string): Promise<boolean> {
  const { rowCount } = await db.query('UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
  return (rowCount ?? 0) > 0;
}
