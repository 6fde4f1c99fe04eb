// What the token API answers, as a plain type with no imports: the server builds it and the web UI
// imports it (type only), so the two cannot drift apart.

export interface TokenInfo {
  id: string;
  name: string;
  prefix: string;
  role: string;
  departmentIds: string[] | null;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
