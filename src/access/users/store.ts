// Accounts as an administrator sees them: list, create, change role and departments, disable,
// reset password. Every change is audited with the before/after of the fields that changed.
import type pg from 'pg';
import { type Actor, appendAudit } from '../../kernel/audit/audit.js';
import { createUser } from '../../kernel/auth/accounts.js';
import { hashPassword, passwordProblem } from '../../kernel/auth/passwords.js';
import { rolesCatalog } from '../../kernel/auth/policy.js';
import { badRequest, conflict, notFound } from '../../kernel/http/errors.js';
import type { UserPatch, UserView } from './model.js';

type Q = pg.Pool | pg.ClientBase;

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : null);

function toView(r: Record<string, unknown>): UserView {
  return {
    id: r.id as string,
    username: r.username as string,
    displayName: r.display_name as string,
    role: r.role as string,
    departmentIds: (r.department_ids as string[] | null) ?? null,
    disabled: r.disabled as boolean,
    lockedUntil: r.locked_until && (r.locked_until as Date) > new Date() ? iso(r.locked_until) : null,
    lastLoginAt: iso(r.last_login_at),
    createdAt: iso(r.created_at)!,
    mfaEnabled: r.mfa_enabled_at != null,
    authSource: r.auth_source as 'local' | 'oidc',
  };
}

export async function listUsers(db: Q, f: { q?: string; role?: string; disabled?: 'true' | 'false' }): Promise<UserView[]> {
  const { rows } = await db.query(
    `SELECT * FROM users
     WHERE ($1::text IS NULL OR username ILIKE '%' || $1 || '%' OR display_name ILIKE '%' || $1 || '%')
       AND ($2::text IS NULL OR role = $2)
       AND ($3::boolean IS NULL OR disabled = $3)
     ORDER BY username`,
    [f.q ?? null, f.role ?? null, f.disabled === undefined ? null : f.disabled === 'true'],
  );
  return rows.map(toView);
}

export async function getUserView(db: Q, id: string): Promise<UserView | null> {
  const { rows } = await db.query('SELECT * FROM users WHERE id = $1', [id]);
  return rows[0] ? toView(rows[0]) : null;
}

/** Departments apply only to roles scoped to assigned departments; unknown ids are refused. */
async function scopeFor(db: Q, role: string, departmentIds: string[] | null): Promise<string[] | null> {
  if (rolesCatalog().roles[role]?.scope === 'all') return null;
  const ids = [...new Set(departmentIds ?? [])];
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ id: string }>('SELECT id FROM departments WHERE id = ANY($1::uuid[])', [ids]);
  if (rows.length !== ids.length) throw badRequest('body.departmentIds: okänd förvaltning', [{ path: 'body.departmentIds', message: 'okänd förvaltning' }]);
  return ids;
}

function passwordError(password: string, username: string) {
  const problem = passwordProblem(password, { username });
  return problem ? badRequest(`body.password: ${problem}`, [{ path: 'body.password', message: problem }]) : null;
}

export async function createAccount(
  tx: pg.ClientBase,
  actor: Actor,
  u: { username: string; displayName?: string; role: string; departmentIds: string[] | null; password: string },
): Promise<UserView> {
  const err = passwordError(u.password, u.username);
  if (err) throw err;
  const exists = await tx.query('SELECT 1 FROM users WHERE username = $1', [u.username.toLowerCase()]);
  if (exists.rows.length) throw conflict(`Användarnamnet ${u.username} är upptaget`);
  const departmentIds = await scopeFor(tx, u.role, u.departmentIds);
  const row = await createUser(tx, { ...u, departmentIds });
  await tx.query('UPDATE users SET password_changed_at = now() WHERE id = $1', [row.id]);
  await appendAudit(tx, actor, {
    action: 'user.create',
    entityType: 'user',
    entityId: row.id,
    changes: { username: row.username, role: row.role, departmentIds },
  });
  return (await getUserView(tx, row.id))!;
}

/** Is this the last enabled administrator? Removing it would lock everyone out of administration. */
async function isLastAdmin(db: Q, id: string): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND NOT disabled AND id <> $1",
    [id],
  );
  return rows[0]!.n === 0;
}

export async function updateAccount(tx: pg.ClientBase, actor: Actor, id: string, patch: UserPatch): Promise<UserView> {
  const before = await getUserView(tx, id);
  if (!before) throw notFound('Kontot');
  const role = patch.role ?? before.role;
  const losesAdmin = before.role === 'admin' && !before.disabled && (role !== 'admin' || patch.disabled === true);
  if (losesAdmin && (await isLastAdmin(tx, id))) throw conflict('Det sista aktiva administratörskontot kan inte tas bort eller ändras');
  if (actor.id === id && (patch.disabled === true || (patch.role && patch.role !== before.role))) {
    throw conflict('Du kan inte inaktivera ditt eget konto eller ändra din egen roll');
  }
  const departmentIds = patch.departmentIds !== undefined || patch.role !== undefined
    ? await scopeFor(tx, role, patch.departmentIds !== undefined ? patch.departmentIds : before.departmentIds)
    : before.departmentIds;
  const after = {
    displayName: patch.displayName ?? before.displayName,
    role,
    departmentIds,
    disabled: patch.disabled ?? before.disabled,
  };
  const changes = (Object.keys(after) as (keyof typeof after)[])
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
  if (changes.length === 0) return before;
  await tx.query('UPDATE users SET display_name = $2, role = $3, department_ids = $4, disabled = $5 WHERE id = $1', [
    id, after.displayName, after.role, after.departmentIds, after.disabled,
  ]);
  // A disabled account loses its sessions at once; role and scope are read on every request.
  if (after.disabled) await tx.query('DELETE FROM sessions WHERE user_id = $1', [id]);
  await appendAudit(tx, actor, { action: after.disabled && !before.disabled ? 'user.disable' : 'user.update', entityType: 'user', entityId: id, changes });
  return (await getUserView(tx, id))!;
}

/** Sets a new password chosen by an administrator; ends the user's sessions and lifts a lock-out. */
export async function resetPassword(tx: pg.ClientBase, actor: Actor, id: string, password: string): Promise<void> {
  const user = await getUserView(tx, id);
  if (!user) throw notFound('Kontot');
  const err = passwordError(password, user.username);
  if (err) throw err;
  await tx.query(
    `UPDATE users SET password_hash = $2, password_changed_at = now(), failed_logins = 0, locked_until = NULL WHERE id = $1`,
    [id, await hashPassword(password)],
  );
  await tx.query('DELETE FROM sessions WHERE user_id = $1', [id]);
  // The password itself never enters the trail.
  await appendAudit(tx, actor, { action: 'user.password.reset', entityType: 'user', entityId: id });
}
