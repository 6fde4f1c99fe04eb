// Just-in-time accounts for single sign-on: created on the first login, and their role and
// departments follow the identity provider's groups on every login (a mover loses old access).
import type pg from 'pg';
import { appendAudit } from '../../kernel/audit/audit.js';
import type { UserRow } from '../../kernel/auth/accounts.js';
import { rolesCatalog } from '../../kernel/auth/policy.js';
import { HttpError } from '../../kernel/http/errors.js';
import type { MappedAccess } from './role-mapping.js';

export interface SsoIdentity {
  subject: string;
  username: string;
  displayName: string;
  ip: string;
}

async function departmentIds(tx: pg.ClientBase, access: MappedAccess): Promise<string[] | null> {
  if (rolesCatalog().roles[access.role]?.scope === 'all') return null;
  const { rows } = await tx.query<{ id: string; code: string }>('SELECT id, code FROM departments WHERE code = ANY($1) ORDER BY code', [access.departments]);
  return rows.map((r) => r.id);
}

export async function provisionSsoUser(tx: pg.ClientBase, who: SsoIdentity, access: MappedAccess): Promise<UserRow> {
  const deps = await departmentIds(tx, access);
  const actor = { id: null, name: `sso:${who.username}`, ip: who.ip };
  const existing = (await tx.query<UserRow>('SELECT * FROM users WHERE sso_subject = $1 FOR UPDATE', [who.subject])).rows[0];
  if (!existing) {
    // Never take over a local account that happens to have the same name.
    const clash = await tx.query('SELECT 1 FROM users WHERE username = $1', [who.username]);
    if (clash.rowCount) throw new HttpError(409, 'conflict', `Det finns redan ett lokalt konto med användarnamnet ${who.username}`);
    const { rows } = await tx.query<UserRow>(
      `INSERT INTO users (username, display_name, password_hash, role, department_ids, auth_source, sso_subject)
       VALUES ($1, $2, NULL, $3, $4, 'oidc', $5) RETURNING *`,
      [who.username, who.displayName, access.role, deps, who.subject],
    );
    const user = rows[0]!;
    await appendAudit(tx, { ...actor, id: user.id }, {
      action: 'user.sso.create', entityType: 'user', entityId: user.id, changes: { username: user.username, role: access.role, departmentIds: deps },
    });
    return user;
  }
  const changes = [
    { field: 'role', before: existing.role, after: access.role },
    { field: 'departmentIds', before: existing.department_ids, after: deps },
    { field: 'displayName', before: existing.display_name, after: who.displayName },
  ].filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
  if (changes.length === 0) return existing;
  const { rows } = await tx.query<UserRow>(
    'UPDATE users SET role = $2, department_ids = $3, display_name = $4 WHERE id = $1 RETURNING *',
    [existing.id, access.role, deps, who.displayName],
  );
  await appendAudit(tx, { ...actor, id: existing.id }, { action: 'user.sso.update', entityType: 'user', entityId: existing.id, changes });
  return rows[0]!;
}
