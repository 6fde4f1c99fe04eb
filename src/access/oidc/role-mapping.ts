// Claims → infovakt role and departments. Pure, so that the rules are easy to test and explain.
import type { RoleMap } from './config.js';

/** When claims grant several roles, the one with the widest rights wins. */
export const ROLE_PRECEDENCE = ['admin', 'security_officer', 'auditor', 'owner', 'editor', 'reader', 'service'];

export interface MappedAccess {
  role: string;
  /** Department codes; all grants of the winning role are merged. */
  departments: string[];
}

function values(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.filter((v): v is string => typeof v === 'string');
  if (typeof claim === 'string') return claim.split(/[ ,]+/).filter(Boolean);
  return [];
}

/** The access the claims grant, or null when no rule matches (the login is refused). */
export function mapClaims(claims: Record<string, unknown>, map: RoleMap): MappedAccess | null {
  const grants = Object.entries(map).flatMap(([claim, byValue]) =>
    values(claims[claim]).flatMap((v) => (byValue[v] ? [byValue[v]] : [])),
  );
  if (grants.length === 0) return null;
  const rank = (role: string) => {
    const i = ROLE_PRECEDENCE.indexOf(role);
    return i === -1 ? ROLE_PRECEDENCE.length : i;
  };
  const role = grants.map((g) => g.role).sort((a, b) => rank(a) - rank(b))[0]!;
  const departments = [...new Set(grants.filter((g) => g.role === role).flatMap((g) => g.departments))].sort();
  return { role, departments };
}
