// MFA storage: enrolment (pending secret → confirmed with a code → recovery codes), the second
// step of a login (a short-lived challenge), and checking a code or a recovery code.
import type pg from 'pg';
import type { UserRow } from './accounts.js';
import { open, seal } from '../secret-box.js';
import { newSecret, sha256 } from './secrets.js';
import { acceptTotp, enrolmentMaterial, newRecoveryCodes, newTotpSecret, recoveryCodeHash } from './totp.js';

type Q = pg.Pool | pg.ClientBase;

export const CHALLENGE_MINUTES = 5;
export const CHALLENGE_ATTEMPTS = 5;

export async function startEnrolment(db: Q, userId: string, username: string) {
  const secret = newTotpSecret();
  await db.query('UPDATE users SET mfa_pending_secret = $2 WHERE id = $1', [userId, seal(secret)]);
  return enrolmentMaterial(secret, username);
}

/** Confirms the pending secret with a code; returns the recovery codes (shown once) or null. */
export async function confirmEnrolment(tx: pg.ClientBase, userId: string, code: string): Promise<string[] | null> {
  const { rows } = await tx.query<{ mfa_pending_secret: string | null }>('SELECT mfa_pending_secret FROM users WHERE id = $1 FOR UPDATE', [userId]);
  const secret = rows[0]?.mfa_pending_secret;
  if (!secret) return null;
  const step = await acceptTotp(open(secret), code, null);
  if (step === null) return null;
  await tx.query(
    `UPDATE users SET mfa_secret = mfa_pending_secret, mfa_pending_secret = NULL, mfa_enabled_at = now(), mfa_last_step = $2 WHERE id = $1`,
    [userId, step],
  );
  const codes = newRecoveryCodes();
  await tx.query('DELETE FROM mfa_recovery_codes WHERE user_id = $1', [userId]);
  await tx.query('INSERT INTO mfa_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])', [userId, codes.map(recoveryCodeHash)]);
  // Sessions that were limited to enrolment become full sessions.
  await tx.query('UPDATE sessions SET enrolment_only = false WHERE user_id = $1', [userId]);
  return codes;
}

export async function removeMfa(db: Q, userId: string): Promise<void> {
  await db.query('UPDATE users SET mfa_secret = NULL, mfa_pending_secret = NULL, mfa_enabled_at = NULL, mfa_last_step = NULL WHERE id = $1', [userId]);
  await db.query('DELETE FROM mfa_recovery_codes WHERE user_id = $1', [userId]);
}

export async function unusedRecoveryCodes(db: Q, userId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM mfa_recovery_codes WHERE user_id = $1 AND used_at IS NULL', [userId]);
  return rows[0]!.n;
}

/**
 * Checks a TOTP code (never the same time step twice) or a recovery code (each usable once).
 * Returns which one matched, or null.
 */
export async function checkSecondFactor(
  db: Q,
  user: Pick<UserRow, 'id' | 'mfa_secret' | 'mfa_last_step'>,
  input: { code?: string; recoveryCode?: string },
): Promise<'totp' | 'recovery' | null> {
  if (input.code && user.mfa_secret) {
    const step = await acceptTotp(open(user.mfa_secret), input.code, user.mfa_last_step == null ? null : Number(user.mfa_last_step));
    if (step === null) return null;
    // The conditional update makes two concurrent uses of one code accept only one.
    const { rowCount } = await db.query(
      'UPDATE users SET mfa_last_step = $2 WHERE id = $1 AND (mfa_last_step IS NULL OR mfa_last_step < $2)',
      [user.id, step],
    );
    return rowCount ? 'totp' : null;
  }
  if (input.recoveryCode) {
    const { rowCount } = await db.query(
      'UPDATE mfa_recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL',
      [user.id, recoveryCodeHash(input.recoveryCode)],
    );
    return rowCount ? 'recovery' : null;
  }
  return null;
}

export async function createChallenge(db: Q, userId: string, ip: string): Promise<string> {
  const id = newSecret();
  await db.query(`DELETE FROM login_challenges WHERE created_at < now() - make_interval(mins => $1)`, [CHALLENGE_MINUTES]);
  await db.query('INSERT INTO login_challenges (id_hash, user_id, ip) VALUES ($1, $2, $3)', [sha256(id), userId, ip]);
  return id;
}

/** The user waiting for a second factor, counting this attempt; null when expired or used up. */
export async function openChallenge(db: Q, id: string): Promise<string | null> {
  const { rows } = await db.query<{ user_id: string }>(
    `UPDATE login_challenges SET attempts = attempts + 1
     WHERE id_hash = $1 AND created_at > now() - make_interval(mins => $2) AND attempts < $3
     RETURNING user_id`,
    [sha256(id), CHALLENGE_MINUTES, CHALLENGE_ATTEMPTS],
  );
  return rows[0]?.user_id ?? null;
}

export async function closeChallenge(db: Q, id: string): Promise<void> {
  await db.query('DELETE FROM login_challenges WHERE id_hash = $1', [sha256(id)]);
}
