// Which roles must use MFA, and the grace period an account of such a role gets to enrol.
// Stored in the settings table; administrators change it (API or `infovakt user mfa-policy`).
import type pg from 'pg';
import { z } from 'zod';
import { isRole } from './policy.js';

export const MfaPolicy = z.object({
  requiredRoles: z.array(z.string().refine(isRole, 'okänd roll')).max(50),
  /**
   * Hours from an account's creation during which it may work without MFA while being asked to
   * enrol; after that its session is limited to enrolment. 0 = enrol before anything else.
   */
  graceHours: z.number().int().min(0).max(24 * 90),
});
export type MfaPolicy = z.infer<typeof MfaPolicy>;

export const DEFAULT_MFA_POLICY: MfaPolicy = { requiredRoles: ['admin', 'security_officer'], graceHours: 72 };
const KEY = 'mfa.policy';

export async function getMfaPolicy(db: pg.Pool | pg.ClientBase): Promise<MfaPolicy> {
  const { rows } = await db.query<{ value: unknown }>('SELECT value FROM settings WHERE key = $1', [KEY]);
  const parsed = MfaPolicy.safeParse(rows[0]?.value);
  return parsed.success ? parsed.data : DEFAULT_MFA_POLICY;
}

export async function setMfaPolicy(db: pg.Pool | pg.ClientBase, policy: MfaPolicy): Promise<void> {
  await db.query(
    'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value',
    [KEY, JSON.stringify(policy)],
  );
}

/** What a password login of this user gets when the user has no MFA yet. */
export function enrolmentState(policy: MfaPolicy, user: { role: string; created_at: Date }, now = new Date()) {
  const required = policy.requiredRoles.includes(user.role);
  const graceUntil = new Date(user.created_at.getTime() + policy.graceHours * 3_600_000);
  return { required, enrolmentOnly: required && now >= graceUntil, graceUntil: required && now < graceUntil ? graceUntil.toISOString() : null };
}
