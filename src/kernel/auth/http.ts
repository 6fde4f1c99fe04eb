// Authentication and authorisation for every /api route. A route declares what it needs in its
// config ({ permission } or { public: true }); a route that declares nothing makes start-up fail,
// so no route can ship unprotected by omission.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { appendAudit } from '../audit/audit.js';
import type { AppContext } from '../context.js';
import { inTransaction } from '../db/database.js';
import { HttpError } from '../http/errors.js';
import { type Permission, type Principal, can, principalFor } from './policy.js';
import { resolveSession } from './sessions.js';
import { resolveToken } from './tokens.js';

export const SESSION_COOKIE = 'infovakt_session';
export const CSRF_COOKIE = 'infovakt_csrf';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
  interface FastifyContextConfig {
    /** 'authenticated' = any signed-in caller; department scope is checked in the handler. */
    permission?: Permission | 'authenticated';
    public?: boolean;
    /** Open to a session that is limited to MFA enrolment (who am I, log out, enrol). */
    duringEnrolment?: boolean;
  }
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function requirePrincipal(req: FastifyRequest): Principal {
  if (!req.principal) throw new HttpError(401, 'unauthorized', 'Inloggning krävs');
  return req.principal;
}

export function installAuth(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    const cfg = (route.config ?? {}) as { permission?: string; public?: boolean };
    if (!cfg.public && !cfg.permission) {
      throw new Error(`Route ${route.method} ${route.url} declares neither a permission nor public: refusing to start`);
    }
  });

  // Authentication and the coarse permission check run before body validation, so an anonymous
  // caller learns nothing about a route's schema.
  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    if (!req.url.startsWith('/api')) return;
    await authenticate(req);
    const cfg = req.routeOptions.config ?? {};
    if (cfg.public || !req.routeOptions.url) return;
    const p = requirePrincipal(req);
    if (p.enrolmentOnly && !cfg.duringEnrolment) {
      throw new HttpError(403, 'forbidden', 'Din roll kräver tvåstegsverifiering: aktivera den innan du fortsätter', { mfaEnrolmentRequired: true });
    }
    if (cfg.permission && cfg.permission !== 'authenticated' && !can(p, cfg.permission)) {
      throw new HttpError(403, 'forbidden', 'Du saknar behörighet för detta');
    }
  });

  async function authenticate(req: FastifyRequest): Promise<void> {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      const token = await resolveToken(ctx.db, auth.slice(7).trim());
      if (!token) throw new HttpError(401, 'unauthorized', 'Ogiltig eller utgången token');
      req.principal = principalFor({ userId: null, tokenId: token.id, name: `token:${token.name}`, role: token.role, departmentIds: token.departmentIds });
      // Token use: the first use of each day is audited here; every change made with a token is
      // audited by its route with the token as actor.
      if (token.firstUseToday) {
        const path = req.url.split('?')[0]!.slice(0, 200);
        await inTransaction(ctx.db, (tx) =>
          appendAudit(tx, { id: token.id, name: `token:${token.name}`, ip: req.ip }, { action: 'token.use', entityType: 'token', entityId: token.id, changes: { method: req.method, path } }),
        );
      }
      return;
    }
    const sid = req.cookies[SESSION_COOKIE];
    if (!sid) return;
    const session = await resolveSession(ctx.db, sid);
    if (!session) return;
    if (MUTATING.has(req.method) && req.headers['x-csrf-token'] !== session.csrf) {
      throw new HttpError(403, 'forbidden', 'CSRF-token saknas eller stämmer inte');
    }
    req.principal = {
      ...principalFor({ userId: session.userId, name: session.username, role: session.role, departmentIds: session.departmentIds }),
      enrolmentOnly: session.enrolmentOnly,
    };
  }
}
