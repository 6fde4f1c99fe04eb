// What the access API answers, as plain types with no imports: the server builds them and the web
// UI imports them (type only), so the two cannot drift apart.

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: string;
  departmentIds: string[] | null;
  disabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  mfaEnabled: boolean;
  authSource: 'local' | 'oidc';
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string | null;
  actor: string;
  ip: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  departmentId: string | null;
  changes: unknown;
  hash: string;
}
