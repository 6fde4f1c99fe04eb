// /api/auth/mfa: the second step of a login, and a user's own MFA enrolment; /api/auth/password:
// a user changes their own password.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit } from '../audit/audit.js';
import type { AppContext } from '../context.js';
import { inTransaction } from '../db/database.js';
import { HttpError, badRequest, conflict } from '../http/errors.js';
import { type UserRow, recordFailedLogin } from './accounts.js';
import { SESSION_COOKIE, requirePrincipal } from './http.js';
import { MFA_COOKIE, completeLogin } from './login.js';
import { checkSecondFactor, closeChallenge, confirmEnrolment, openChallenge, removeMfa, startEnrolment, unusedRecoveryCodes } from './mfa.js';
import { getMfaPolicy } from './mfa-policy.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { sha256 } from './secrets.js';

const SecondFactor = z
  .object({ code: z.string().trim().max(12).optional(), recoveryCode: z.string().trim().max(40).optional() })
  .refine((b) => Boolean(b.code) !== Boolean(b.recoveryCode), { message: 'ange antingen code eller recoveryCode', path: ['code'] });

const invalidCode = () => new HttpError(401, 'unauthorized', 'Koden stämmer inte');

export function mfaRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  const self = { permission: 'authenticated' as const, duringEnrolment: true };

  async function userOf(req: FastifyRequest): Promise<UserRow> {
    const p = requirePrincipal(req);
    if (!p.userId) throw badRequest('Gäller bara inloggade konton, inte API-token');
    return (await ctx.db.query<UserRow>('SELECT * FROM users WHERE id = $1', [p.userId])).rows[0]!;
  }
  const audit = (req: FastifyRequest, user: UserRow, action: string, changes?: unknown) =>
    inTransaction(ctx.db, (tx) => appendAudit(tx, { id: user.id, name: user.username, ip: req.ip }, { action, entityType: 'user', entityId: user.id, changes }));

  r.post('/api/auth/mfa', {
    schema: { tags, summary: 'Second step of a login: a TOTP code or a recovery code', body: SecondFactor },
    config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
  }, async (req, reply) => {
    const challenge = req.cookies[MFA_COOKIE];
    const userId = challenge ? await openChallenge(ctx.db, challenge) : null;
    if (!challenge || !userId) throw new HttpError(401, 'unauthorized', 'Inloggningen har gått ut: börja om med lösenordet');
    const user = (await ctx.db.query<UserRow>('SELECT * FROM users WHERE id = $1', [userId])).rows[0];
    if (!user || user.disabled || (user.locked_until && user.locked_until > new Date())) {
      await closeChallenge(ctx.db, challenge);
      throw new HttpError(401, 'unauthorized', 'Inloggningen har gått ut: börja om med lösenordet');
    }
    const factor = await checkSecondFactor(ctx.db, user, req.body);
    if (!factor) {
      // Wrong codes count towards the same lock-out as wrong passwords.
      await recordFailedLogin(ctx.db, user.id);
      await audit(req, user, 'login.failed', { reason: 'bad second factor' });
      throw invalidCode();
    }
    await closeChallenge(ctx.db, challenge);
    reply.clearCookie(MFA_COOKIE, { path: '/api/auth' });
    return completeLogin(ctx, req, reply, user, 'mfa', { factor, ...(factor === 'recovery' ? { recoveryCodesLeft: await unusedRecoveryCodes(ctx.db, user.id) } : {}) });
  });

  r.get('/api/auth/mfa/status', { schema: { tags, summary: 'Whether MFA is set up and required for me' }, config: self }, async (req) => {
    const user = await userOf(req);
    const policy = await getMfaPolicy(ctx.db);
    return {
      enabled: user.mfa_enabled_at != null,
      enabledAt: user.mfa_enabled_at?.toISOString() ?? null,
      required: policy.requiredRoles.includes(user.role),
      recoveryCodesLeft: await unusedRecoveryCodes(ctx.db, user.id),
    };
  });

  r.post('/api/auth/mfa/enrol', { schema: { tags, summary: 'Start MFA enrolment: secret, otpauth URL and QR code' }, config: self }, async (req) => {
    const user = await userOf(req);
    if (user.mfa_enabled_at) throw conflict('Tvåstegsverifiering är redan aktiverad');
    if (user.auth_source === 'oidc') throw conflict('Konton med inloggning via organisationens identitetstjänst får MFA där');
    return startEnrolment(ctx.db, user.id, user.username);
  });

  r.post('/api/auth/mfa/confirm', {
    schema: { tags, summary: 'Confirm enrolment with a code; answers the recovery codes once', body: z.object({ code: z.string().trim().max(12) }) },
    config: self,
  }, async (req) => {
    const user = await userOf(req);
    if (user.mfa_enabled_at) throw conflict('Tvåstegsverifiering är redan aktiverad');
    const recoveryCodes = await inTransaction(ctx.db, async (tx) => {
      const codes = await confirmEnrolment(tx, user.id, req.body.code);
      if (codes) await appendAudit(tx, { id: user.id, name: user.username, ip: req.ip }, { action: 'mfa.enable', entityType: 'user', entityId: user.id });
      return codes;
    });
    if (!recoveryCodes) throw badRequest('body.code: koden stämmer inte', [{ path: 'body.code', message: 'koden stämmer inte' }]);
    return { enabled: true, recoveryCodes };
  });

  r.post('/api/auth/mfa/disable', {
    schema: { tags, summary: 'Turn my MFA off (not when my role requires it)', body: SecondFactor },
    config: { permission: 'authenticated' },
  }, async (req) => {
    const user = await userOf(req);
    if (!user.mfa_enabled_at) throw conflict('Tvåstegsverifiering är inte aktiverad');
    if ((await getMfaPolicy(ctx.db)).requiredRoles.includes(user.role)) throw conflict('Din roll kräver tvåstegsverifiering');
    if (!(await checkSecondFactor(ctx.db, user, req.body))) throw invalidCode();
    await removeMfa(ctx.db, user.id);
    await audit(req, user, 'mfa.disable');
    return { enabled: false };
  });

  r.post('/api/auth/password', {
    schema: { tags, summary: 'Change my password (ends my other sessions)', body: z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }) },
    config: { permission: 'authenticated', rateLimit: { max: 10, timeWindow: '1 minute' } },
  }, async (req) => {
    const user = await userOf(req);
    if (!user.password_hash || !(await verifyPassword(user.password_hash, req.body.currentPassword))) {
      throw badRequest('body.currentPassword: stämmer inte', [{ path: 'body.currentPassword', message: 'stämmer inte' }]);
    }
    const problem = passwordProblem(req.body.newPassword, { username: user.username });
    if (problem) throw badRequest(`body.newPassword: ${problem}`, [{ path: 'body.newPassword', message: problem }]);
    const keep = sha256(req.cookies[SESSION_COOKIE] ?? '');
    await ctx.db.query('UPDATE users SET password_hash = $2, password_changed_at = now() WHERE id = $1', [user.id, await hashPassword(req.body.newPassword)]);
    await ctx.db.query('DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2', [user.id, keep]);
    await audit(req, user, 'user.password.change');
    return { changed: true };
  });
}

