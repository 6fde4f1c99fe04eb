/// <reference types="vite/client" />
// The audit trail names exactly the action codes the server writes: read from the server's source,
// so a new code without a name (or a name for a code no longer written) fails here.
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from './actions.tsx';

const sources = import.meta.glob<string>(['../../../../src/**/*.ts', '!../../../../src/**/*.test.ts'], { query: '?raw', import: 'default', eager: true });

// Codes built from a template, with the values the template takes (read the code around each).
const TEMPLATES: Record<string, string[]> = {
  'asset.${action}': ['update', 'archive', 'import'], // updateAsset callers (createAsset writes asset.create)
  'placement.decision.${d.decision}': ['confirmed', 'overridden'],
  'risk.acceptance.${action}': ['submit', 'accept', 'reject', 'revoke'],
  'workshop.${item.decision}': ['accepted', 'adjusted', 'rejected', 'added'],
};

function writtenCodes() {
  const codes = new Set<string>();
  const templates = new Set<string>();
  for (const text of Object.values(sources)) {
    // appendAudit(…, { action: <expression>, … }) and the MFA routes' audit(req, user, '<code>').
    for (const [, expr] of text.matchAll(/appendAudit\([^;]*?\baction: ([^,]+),/g)) {
      for (const [, code] of expr!.matchAll(/'([^']+)'/g)) codes.add(code!);
      for (const [, tpl] of expr!.matchAll(/`([^`]+)`/g)) templates.add(tpl!);
    }
    for (const [, code] of text.matchAll(/\baudit\(req, user, '([^']+)'/g)) codes.add(code!);
  }
  return { codes, templates };
}

describe('audit action names', () => {
  const { codes, templates } = writtenCodes();
  it('knows every template the server builds codes from', () => {
    expect([...templates].sort()).toEqual(Object.keys(TEMPLATES).sort());
  });
  it('names exactly the codes the server writes', () => {
    for (const [tpl, values] of Object.entries(TEMPLATES)) for (const v of values) codes.add(tpl.replace(/\$\{[^}]+\}/, v));
    expect(codes.size).toBeGreaterThan(40);
    expect([...AUDIT_ACTIONS].sort()).toEqual([...codes].sort());
  });
});
