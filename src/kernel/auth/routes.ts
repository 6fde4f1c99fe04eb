// /api/auth: login, logout, who am I; /api/tokens: API tokens for automation (administrators).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit } from '../audit/audit.js';
import type { AppContext } from '../context.js';
import { inTransaction } from '../db/database.js';
import { HttpError, notFound } from '../http/errors.js';
import { findUser, recordFailedLogin } from './accounts.js';
import { CSRF_COOKIE, SESSION_COOKIE, requirePrincipal } from './http.js';
import { dummyHash, verifyPassword } from './passwords.js';
import { MFA_COOKIE, completeLogin, cookieBase, me } from './login.js';
import { CHALLENGE_MINUTES, createChallenge } from './mfa.js';
import { mfaRoutes } from './mfa-routes.js';
import { isRole } from './policy.js';
import { deleteSession } from './sessions.js';
import { createToken, listTokens, revokeToken } from './tokens.js';

const Login = z.object({ username: z.string().trim().min(1).max(200), password: z.string().min(1).max(256) });
const TokenCreate = z.object({
  name: z.string().trim().min(1).max(100),
  role: z.string().refine(isRole, 'okänd roll'),
  departmentIds: z.array(z.string().uuid()).nullable().default(null),
  expiresInDays: z.number().int().min(1).max(730).nullable().default(90),
});

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  mfaRoutes(app, ctx);

  r.post('/api/auth/login', {
    schema: { tags: ['auth'], summary: 'Log in with a local account (answers {mfaRequired: true} when a second step follows)', body: Login },
    config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
  }, async (req, reply) => {
    const { username, password } = req.body;
    const user = await findUser(ctx.db, username);
    const actor = { id: user?.id ?? null, name: username.toLowerCase().slice(0, 100), ip: req.ip };
    const fail = async (reason: string) => {
      await inTransaction(ctx.db, (tx) => appendAudit(tx, actor, { action: 'login.failed', entityType: 'user', entityId: user?.id ?? null, changes: { reason } }));
      return new HttpError(401, 'unauthorized', 'Fel användarnamn eller lösenord');
    };
    if (!user || !user.password_hash) {
      await verifyPassword(await dummyHash(), password);
      throw await fail('unknown user');
    }
    if (user.disabled) throw await fail('disabled');
    if (user.locked_until && user.locked_until > new Date()) {
      await fail('locked');
      throw new HttpError(429, 'too_many_requests', 'Kontot är tillfälligt låst efter för många misslyckade inloggningar. Försök igen om en stund.');
    }
    if (!(await verifyPassword(user.password_hash, password))) {
      await recordFailedLogin(ctx.db, user.id);
      throw await fail('bad password');
    }
    if (user.mfa_enabled_at) {
      // The password was right; the session waits for the second factor (POST /api/auth/mfa).
      const challenge = await createChallenge(ctx.db, user.id, req.ip);
      reply.setCookie(MFA_COOKIE, challenge, { ...cookieBase(ctx), path: '/api/auth', httpOnly: true, maxAge: CHALLENGE_MINUTES * 60 });
      return { mfaRequired: true };
    }
    return completeLogin(ctx, req, reply, user, 'password');
  });

  r.post('/api/auth/logout', {
    schema: { tags: ['auth'], summary: 'Log out; a single-sign-on session answers { sso: true } (then end it at the identity provider: GET /api/auth/oidc/logout)' },
    config: { permission: 'authenticated', duringEnrolment: true },
  }, async (req, reply) => {
    const sid = req.cookies[SESSION_COOKIE];
    const method = sid ? await deleteSession(ctx.db, sid) : null;
    reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
    return method === 'oidc' ? reply.send({ sso: true }) : reply.status(204).send();
  });

  r.get('/api/auth/me', { schema: { tags: ['auth'], summary: 'The signed-in caller' }, config: { permission: 'authenticated', duringEnrolment: true } }, async (req) => {
    const p = requirePrincipal(req);
    const { rows } = p.userId ? await ctx.db.query('SELECT display_name FROM users WHERE id = $1', [p.userId]) : { rows: [] };
    return me(p, rows[0]?.display_name ?? p.name);
  });

  r.get('/api/tokens', { schema: { tags: ['auth'], summary: 'List API tokens' }, config: { permission: 'admin:users' } }, async () => ({
    items: await listTokens(ctx.db),
  }));

  r.post('/api/tokens', { schema: { tags: ['auth'], summary: 'Create an API token (shown once)', body: TokenCreate }, config: { permission: 'admin:users' } }, async (req) => {
    const p = requirePrincipal(req);
    const created = await createToken(ctx.db, { ...req.body, createdBy: p.userId });
    await inTransaction(ctx.db, (tx) =>
      appendAudit(tx, { id: p.userId, name: p.name, ip: req.ip }, { action: 'token.create', entityType: 'token', entityId: created.info.id, changes: { name: req.body.name, role: req.body.role } }),
    );
    return created;
  });

  r.delete('/api/tokens/:id', { schema: { tags: ['auth'], summary: 'Revoke an API token', params: z.object({ id: z.string().uuid() }) }, config: { permission: 'admin:users' } }, async (req, reply) => {
    const p = requirePrincipal(req);
    if (!(await revokeToken(ctx.db, req.params.id))) throw notFound('Token');
    await inTransaction(ctx.db, (tx) => appendAudit(tx, { id: p.userId, name: p.name, ip: req.ip }, { action: 'token.revoke', entityType: 'token', entityId: req.params.id }));
    return reply.status(204).send();
  });
}

