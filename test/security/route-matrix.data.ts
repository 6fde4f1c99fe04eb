// Who may call which route: the expected outcome for every route and caller, as data.
// Every route in /api/openapi.json must have a row here (the test fails otherwise), so a new route
// cannot ship without someone deciding who may call it.
//
// One letter per caller, in this order:
//   anonymous · reader of another department (UTB) · editor of SOC · auditor · admin
// Letters:
//   U = 401 (no authentication)   D = 403 (forbidden)   H = 404 (hidden: the caller may not see it)
//   O = passed the gate: any answer other than 401/403/404 (2xx, or 400/409/422 about the input)
// Path parameters point into SOC (the demo's social services), so "another department" is outside.

export const CALLERS = ['anonymous', 'readerOther', 'editorOwn', 'auditor', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];

export const MATRIX: Record<string, string> = {
  // Authentication: login and the SSO entry points are public; the SSO routes answer 404 while
  // OpenID Connect is not configured (as in this test).
  'POST /api/auth/login': 'OOOOO',
  'POST /api/auth/mfa': 'OOOOO',
  'GET /api/auth/oidc/status': 'OOOOO',
  'GET /api/auth/oidc/login': 'HHHHH',
  'GET /api/auth/oidc/callback': 'HHHHH',
  'GET /api/auth/oidc/logout': 'HHHHH',
  'POST /api/auth/logout': 'UOOOO',
  'GET /api/auth/me': 'UOOOO',

  // MFA self-service: API tokens have no account, so enrolment is for signed-in users only.
  'GET /api/auth/mfa/status': 'UOOOO',
  'POST /api/auth/mfa/enrol': 'UOOOO',
  'POST /api/auth/mfa/confirm': 'UOOOO',
  'POST /api/auth/mfa/disable': 'UOOOO',
  'POST /api/auth/password': 'UOOOO',

  // API tokens and accounts: administrators only.
  'GET /api/tokens': 'UDDDO',
  'POST /api/tokens': 'UDDDO',
  'DELETE /api/tokens/{id}': 'UDDDO',
  'GET /api/access/users': 'UDDDO',
  'POST /api/access/users': 'UDDDO',
  'GET /api/access/users/{id}': 'UDDDO',
  'PATCH /api/access/users/{id}': 'UDDDO',
  'POST /api/access/users/{id}/password': 'UDDDO',
  'POST /api/access/users/{id}/mfa/reset': 'UDDDO',
  'GET /api/access/mfa-policy': 'UDDDO',
  'PUT /api/access/mfa-policy': 'UDDDO',

  // The audit trail: auditors and administrators.
  'GET /api/audit': 'UDDOO',
  'GET /api/audit/export': 'UDDOO',
  'GET /api/audit/verify': 'UDDOO',

  // Catalogues: any signed-in caller.
  'GET /api/catalog/classification': 'UOOOO',
  'GET /api/catalog/legal': 'UOOOO',
  'GET /api/catalog/templates': 'UOOOO',
  'GET /api/catalog/roles': 'UOOOO',

  // The map. Lists answer everyone with map:read but are filtered to what they may see.
  'GET /api/dashboard': 'UOOOO',
  'GET /api/departments': 'UOOOO',
  'POST /api/departments': 'UDDDO',
  'GET /api/departments/{id}': 'UHOOO',
  'PATCH /api/departments/{id}': 'UDODO',
  'GET /api/assets': 'UOOOO',
  'POST /api/assets': 'UDODO',
  'GET /api/assets/{id}': 'UHOOO',
  'PATCH /api/assets/{id}': 'UDODO',
  'DELETE /api/assets/{id}': 'UDODO',
  'GET /api/assets/{id}/history': 'UHOOO',
  'GET /api/assets/{id}/diff': 'UHOOO',
  'GET /api/assets/{id}/classifications': 'UHOOO',
  'POST /api/assets/{id}/classifications': 'UDODO',
  'POST /api/assets/{id}/classifications/{cid}/approve': 'UDDDO',
  'GET /api/workshops': 'UOOOO',
  'POST /api/workshops': 'UDODO',
  'GET /api/workshops/{id}': 'UHOOO',
  'POST /api/workshops/{id}/items': 'UDODO',
  'POST /api/workshops/{id}/status': 'UDODO',

  // Import and export: export needs map:export (not plain readers); importing a whole map file
  // needs map:import and every department; a records plan is imported by department editors.
  'GET /api/export': 'UDOOO',
  'POST /api/import': 'UDDDO',
  'POST /api/import/records-plan/preview': 'UDODO',
  'POST /api/import/records-plan': 'UDODO',

  // The services register is municipality-wide: everyone with map:read reads it; only roles that
  // see every department change it.
  'GET /api/catalog/services': 'UOOOO',
  'GET /api/services': 'UOOOO',
  'POST /api/services': 'UDDDO',
  'GET /api/services/{id}': 'UOOOO',
  'PUT /api/services/{id}': 'UDDDO',
  'DELETE /api/services/{id}': 'UDDDO',

  // Placements carry the asset's department; decisions need classification:approve there.
  'GET /api/placement/overview': 'UOOOO',
  'POST /api/placements': 'UDODO',
  'DELETE /api/placements/{id}': 'UDODO',
  'GET /api/assets/{id}/placement-options': 'UHOOO',
  'POST /api/placement/whatif': 'UOOOO',
  'POST /api/placement/decisions': 'UDDDO',
  'GET /api/rulesets': 'UOOOO',
  'POST /api/rulesets': 'UDDDO',
  'GET /api/rulesets/schema': 'UOOOO',
  'GET /api/rulesets/{id}': 'UOOOO',
  'POST /api/rulesets/active': 'UDDDO',

  // Risk scenarios carry their asset's department; deciding on an acceptance is the owner's.
  'GET /api/risk/matrix': 'UOOOO',
  'GET /api/risks': 'UOOOO',
  'GET /api/risks/heatmap': 'UOOOO',
  'POST /api/risks': 'UDODO',
  'PUT /api/risks/{id}': 'UDODO',
  'POST /api/risks/{id}/acceptances': 'UDODO',
  'POST /api/risks/{id}/acceptances/{aid}/{action}': 'UDDDO',

  // Reports are exports: map:export, limited to the departments the caller sees.
  'GET /api/reports/decision-basis': 'UDOOO',
};

export function expectedFor(row: string, caller: Caller): string {
  return row[CALLERS.indexOf(caller)]!;
}
