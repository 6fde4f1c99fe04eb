// What every way of signing in ends with: the session cookies, the audit entry and the answer.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { appendAudit } from '../audit/audit.js';
import type { AppContext } from '../context.js';
import { inTransaction } from '../db/database.js';
import { type UserRow, recordLogin } from './accounts.js';
import { CSRF_COOKIE, SESSION_COOKIE } from './http.js';
import { enrolmentState, getMfaPolicy } from './mfa-policy.js';
import { type Principal, principalFor } from './policy.js';
import { createSession } from './sessions.js';

export const MFA_COOKIE = 'infovakt_mfa';

export function cookieBase(ctx: AppContext) {
  return { path: '/', sameSite: 'strict' as const, secure: ctx.config.secureCookies };
}

export function me(p: Principal, displayName: string) {
  return {
    id: p.userId,
    username: p.name,
    displayName,
    role: p.role,
    departmentIds: p.departmentIds,
    permissions: p.enrolmentOnly ? [] : [...p.permissions],
    mfaEnrolmentRequired: p.enrolmentOnly === true,
  };
}

/**
 * Opens a session for a user who has proved who they are. A password-only login of a role that
 * requires MFA, past its grace period, gets a session limited to enrolment.
 */
export async function completeLogin(
  ctx: AppContext,
  req: FastifyRequest,
  reply: FastifyReply,
  user: UserRow,
  method: 'password' | 'mfa' | 'oidc',
  details: Record<string, unknown> = {},
) {
  let enrolment = { required: false, enrolmentOnly: false, graceUntil: null as string | null };
  if (method === 'password' && !user.mfa_enabled_at) enrolment = enrolmentState(await getMfaPolicy(ctx.db), user);
  await recordLogin(ctx.db, user.id);
  const session = await createSession(ctx.db, user.id, req.ip, { enrolmentOnly: enrolment.enrolmentOnly, method });
  await inTransaction(ctx.db, (tx) =>
    appendAudit(tx, { id: user.id, name: user.username, ip: req.ip }, {
      action: 'login',
      entityType: 'user',
      entityId: user.id,
      changes: { method, ...details, ...(enrolment.required ? { mfaEnrolmentOnly: enrolment.enrolmentOnly } : {}) },
    }),
  );
  reply.setCookie(SESSION_COOKIE, session.id, { ...cookieBase(ctx), httpOnly: true });
  reply.setCookie(CSRF_COOKIE, session.csrf, { ...cookieBase(ctx), httpOnly: false });
  const p = { ...principalFor({ userId: user.id, name: user.username, role: user.role, departmentIds: user.department_ids }), enrolmentOnly: enrolment.enrolmentOnly };
  return { user: me(p, user.display_name), ...(enrolment.required ? { mfaEnrolment: { required: true, graceUntil: enrolment.graceUntil } } : {}) };
}
