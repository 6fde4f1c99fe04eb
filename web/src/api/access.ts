// Access control, MFA, API tokens and the audit trail: types and react-query hooks for
// /api/access/*, /api/auth/mfa*, /api/auth/password, /api/tokens and /api/audit*.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import rolesCatalog from '../../../catalog/access/roles.json';
import { api, download } from './client.ts';
import type { Me, Page } from './types.ts';
import type { AuditEntry, UserView } from '../../../src/access/views.ts';
import type { TokenInfo } from '../../../src/kernel/auth/token-view.ts';

export type { AuditEntry, UserView };

// ---------------------------------------------------------------------------------------------
// Roles: the same data file the server reads (catalog/access/roles.json).

export interface RoleInfo {
  id: string;
  name: { sv: string; en: string };
  /** 'all' = every department; 'assigned' = the departments given to the account or token. */
  scope: 'all' | 'assigned';
  permissions: string[];
}

export const ROLES: RoleInfo[] = Object.entries(rolesCatalog.roles).map(([id, r]) => ({
  id,
  name: r.name,
  scope: r.scope === 'all' ? 'all' : 'assigned',
  permissions: r.permissions,
}));

export function roleInfo(id: string): RoleInfo | undefined {
  return ROLES.find((r) => r.id === id);
}

/** The signed-in user as /api/auth/me answers it, including the enrolment-only flag. */
export type MeWithMfa = Me & { mfaEnrolmentRequired?: boolean };

export function hasPermission(me: Me | null | undefined, permission: string): boolean {
  return !!me?.permissions?.includes(permission);
}

// ---------------------------------------------------------------------------------------------
// Login, second step

export interface LoginAnswer {
  mfaRequired?: boolean;
  user?: MeWithMfa;
  mfaEnrolment?: { required: boolean; graceUntil: string | null };
}

/** The password step: answers {mfaRequired: true} when a second step follows, else a session. */
export function usePasswordLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) => api<LoginAnswer>('/api/auth/login', { method: 'POST', body }),
    onSuccess: async (answer) => {
      if (answer.mfaRequired) return;
      qc.clear();
      await qc.fetchQuery({ queryKey: ['me'], queryFn: () => api<Me>('/api/auth/me') });
    },
  });
}

export function useSecondFactor() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { code: string } | { recoveryCode: string }) => api<LoginAnswer>('/api/auth/mfa', { method: 'POST', body }),
    onSuccess: async () => {
      qc.clear();
      await qc.fetchQuery({ queryKey: ['me'], queryFn: () => api<Me>('/api/auth/me') });
    },
  });
}

// ---------------------------------------------------------------------------------------------
// My account: MFA and password

export interface MfaStatus {
  enabled: boolean;
  enabledAt: string | null;
  required: boolean;
  recoveryCodesLeft: number;
}

export interface MfaEnrolment {
  secret: string;
  otpauthUrl: string;
  qrDataUrl: string;
}

export function useMfaStatus(enabled = true) {
  return useQuery({ queryKey: ['mfa', 'status'], queryFn: () => api<MfaStatus>('/api/auth/mfa/status'), enabled });
}

export function useStartEnrolment() {
  return useMutation({ mutationFn: () => api<MfaEnrolment>('/api/auth/mfa/enrol', { method: 'POST' }) });
}

export function useConfirmEnrolment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api<{ enabled: true; recoveryCodes: string[] }>('/api/auth/mfa/confirm', { method: 'POST', body: { code } }),
    // A session limited to enrolment becomes a full one: permissions change.
    onSuccess: () => qc.invalidateQueries({ queryKey: ['mfa'] }),
  });
}

export function useDisableMfa() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api<{ enabled: false }>('/api/auth/mfa/disable', { method: 'POST', body: { code } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['mfa'] }),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api<{ changed: true }>('/api/auth/password', { method: 'POST', body }),
  });
}

// ---------------------------------------------------------------------------------------------
// Administration: accounts


export interface UserFilter {
  q?: string;
  role?: string;
  disabled?: 'true' | 'false';
}

export interface UserCreate {
  username: string;
  displayName?: string;
  role: string;
  departmentIds: string[] | null;
  password: string;
}

export interface UserPatch {
  displayName?: string;
  role?: string;
  departmentIds?: string[] | null;
  disabled?: boolean;
}

export function useUsers(filter: UserFilter) {
  return useQuery({
    queryKey: ['access', 'users', filter],
    queryFn: async ({ signal }) => (await api<{ items: UserView[] }>('/api/access/users', { query: { ...filter }, signal })).items,
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UserCreate) => api<UserView>('/api/access/users', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['access', 'users'] }),
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) => api<UserView>(`/api/access/users/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['access', 'users'] }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) => api<void>(`/api/access/users/${id}/password`, { method: 'POST', body: { password } }),
  });
}

export function useResetUserMfa() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/access/users/${id}/mfa/reset`, { method: 'POST' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['access', 'users'] }),
  });
}

const PASSWORD_ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A random password for a new or reset account (shown once to the administrator): 20 characters
 * from a 57-character alphabet in groups of five, about 116 bits.
 */
export function generatePassword(): string {
  const out: string[] = [];
  const bytes = new Uint8Array(64);
  while (out.length < 20) {
    crypto.getRandomValues(bytes);
    for (const b of bytes) {
      // Rejection sampling keeps every character equally likely.
      if (b < 256 - (256 % PASSWORD_ALPHABET.length) && out.length < 20) out.push(PASSWORD_ALPHABET[b % PASSWORD_ALPHABET.length]!);
    }
  }
  return out.join('').match(/.{5}/g)!.join('-');
}

// ---------------------------------------------------------------------------------------------
// Administration: MFA policy

export interface MfaPolicy {
  requiredRoles: string[];
  graceHours: number;
}

export function useMfaPolicy() {
  return useQuery({ queryKey: ['access', 'mfa-policy'], queryFn: () => api<MfaPolicy>('/api/access/mfa-policy') });
}

export function useSaveMfaPolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MfaPolicy) => api<MfaPolicy>('/api/access/mfa-policy', { method: 'PUT', body }),
    onSuccess: (data) => qc.setQueryData(['access', 'mfa-policy'], data),
  });
}

// ---------------------------------------------------------------------------------------------
// Administration: API tokens

export type { TokenInfo };

export interface TokenCreate {
  name: string;
  role: string;
  departmentIds: string[] | null;
  expiresInDays: number | null;
}

export function useTokens() {
  return useQuery({ queryKey: ['access', 'tokens'], queryFn: async () => (await api<{ items: TokenInfo[] }>('/api/tokens')).items });
}

export function useCreateToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TokenCreate) => api<{ token: string; info: TokenInfo }>('/api/tokens', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['access', 'tokens'] }),
  });
}

export function useRevokeToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/tokens/${id}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['access', 'tokens'] }),
  });
}

// ---------------------------------------------------------------------------------------------
// Audit trail


export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

export type AuditVerify = { ok: true; entries: number } | { ok: false; entries: number; brokenAt: { seq: number; reason: string } };

export function useAudit(filter: AuditFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', filter, page, pageSize],
    queryFn: ({ signal }) => api<Page<AuditEntry>>('/api/audit', { query: { ...filter, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api<AuditVerify>('/api/audit/verify') });
}

export function exportAudit(filter: AuditFilter, format: 'csv' | 'json'): Promise<void> {
  return download('/api/audit/export', { ...filter, format }, `granskningslogg.${format}`);
}
