import { describe, expect, it } from 'vitest';
import { mapClaims } from './role-mapping.js';

const map = {
  groups: {
    'infovakt-admins': { role: 'admin', departments: [] },
    'soc-editors': { role: 'editor', departments: ['SOC'] },
    'voo-editors': { role: 'editor', departments: ['VOO'] },
    'utb-readers': { role: 'reader', departments: ['UTB'] },
  },
  roles: { 'Infovakt.Auditor': { role: 'auditor', departments: [] } },
};

describe('mapping identity-provider claims to roles', () => {
  it('merges departments of the winning role and lets the widest role win', () => {
    expect(mapClaims({ groups: ['soc-editors', 'voo-editors', 'utb-readers'] }, map)).toEqual({ role: 'editor', departments: ['SOC', 'VOO'] });
    expect(mapClaims({ groups: ['soc-editors', 'infovakt-admins'] }, map)).toEqual({ role: 'admin', departments: [] });
    expect(mapClaims({ groups: ['utb-readers'], roles: ['Infovakt.Auditor'] }, map)?.role).toBe('auditor');
  });
  it('accepts a space-separated string claim and refuses when nothing matches', () => {
    expect(mapClaims({ groups: 'other utb-readers' }, map)).toEqual({ role: 'reader', departments: ['UTB'] });
    expect(mapClaims({ groups: ['other'] }, map)).toBeNull();
    expect(mapClaims({}, map)).toBeNull();
  });
});
