// The one place that decides who may do what where. Routes ask it; lists are filtered by it; the
// UI only mirrors it. Roles and permissions are data (catalog/access/roles.json).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const here = path.dirname(fileURLToPath(import.meta.url));
const rolesFile = path.resolve(here, '../../../catalog/access/roles.json');

const Text = z.object({ sv: z.string(), en: z.string() });
const RolesCatalog = z
  .object({
    version: z.string(),
    permissions: z.record(z.string(), Text),
    roles: z.record(
      z.string(),
      z.object({ name: Text, scope: z.enum(['all', 'assigned']), permissions: z.array(z.string()) }),
    ),
  })
  .superRefine((c, ctx) => {
    for (const [id, role] of Object.entries(c.roles)) {
      for (const p of role.permissions) {
        if (!(p in c.permissions)) ctx.addIssue({ code: 'custom', path: ['roles', id, 'permissions'], message: `unknown permission ${p}` });
      }
    }
  });
export type RolesCatalog = z.infer<typeof RolesCatalog>;

let cached: RolesCatalog | undefined;
export function rolesCatalog(): RolesCatalog {
  if (!cached) {
    const parsed = RolesCatalog.safeParse(JSON.parse(fs.readFileSync(rolesFile, 'utf8')));
    if (!parsed.success) throw new Error(`${rolesFile}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    cached = parsed.data;
  }
  return cached;
}

export type Permission =
  | 'map:read'
  | 'map:write'
  | 'classification:approve'
  | 'workshop:write'
  | 'map:import'
  | 'map:export'
  | 'audit:read'
  | 'admin:users';

export interface Principal {
  userId: string | null;
  tokenId: string | null;
  name: string;
  role: string;
  /** null = every department. */
  departmentIds: string[] | null;
  permissions: ReadonlySet<string>;
  /** A session limited to MFA enrolment (the role requires MFA and the user has none yet). */
  enrolmentOnly?: boolean;
}

export function isRole(role: string): boolean {
  return role in rolesCatalog().roles;
}

export function principalFor(args: {
  userId: string | null;
  tokenId?: string | null;
  name: string;
  role: string;
  departmentIds: string[] | null;
}): Principal {
  const role = rolesCatalog().roles[args.role];
  if (!role) throw new Error(`unknown role ${args.role}`);
  return {
    userId: args.userId,
    tokenId: args.tokenId ?? null,
    name: args.name,
    role: args.role,
    departmentIds: role.scope === 'all' ? null : (args.departmentIds ?? []),
    permissions: new Set(role.permissions),
  };
}

/** May the principal use this permission at all (in some department)? */
export function can(p: Principal, permission: Permission): boolean {
  return p.permissions.has(permission);
}

/** May the principal see anything in this department? */
export function canSee(p: Principal, departmentId: string): boolean {
  return p.permissions.has('map:read') && (p.departmentIds === null || p.departmentIds.includes(departmentId));
}

/** May the principal use this permission in this department? */
export function canIn(p: Principal, permission: Permission, departmentId: string): boolean {
  return can(p, permission) && (p.departmentIds === null || p.departmentIds.includes(departmentId));
}

/**
 * Does the principal's role cover every department? Municipality-wide changes (new departments,
 * the services register, rule sets, whole-map imports, service-wide risks) need that.
 */
export function seesAllDepartments(p: Principal): boolean {
  return p.departmentIds === null;
}

/** SQL-ready department filter: null when the principal sees every department. */
export function visibleDepartments(p: Principal): string[] | null {
  return p.departmentIds;
}
