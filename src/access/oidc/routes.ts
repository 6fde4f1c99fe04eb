// /api/auth/oidc: single sign-on with OpenID Connect (Entra ID, Keycloak, …). Both routes are
// public: the login redirects to the identity provider, the callback opens a session.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit } from '../../kernel/audit/audit.js';
import { completeLogin } from '../../kernel/auth/login.js';
import { newSecret, sha256 } from '../../kernel/auth/secrets.js';
import type { AppContext } from '../../kernel/context.js';
import { inTransaction } from '../../kernel/db/database.js';
import { HttpError } from '../../kernel/http/errors.js';
import { endSessionUrl, finishLogin, startLogin } from './client.js';
import { oidcSettings } from './config.js';
import { provisionSsoUser } from './provision.js';
import { mapClaims } from './role-mapping.js';

const PENDING_COOKIE = 'infovakt_oidc';
const PENDING_MINUTES = 10;

function settingsOrNotFound() {
  const s = oidcSettings();
  if (!s) throw new HttpError(404, 'not_found', 'Inloggning via OpenID Connect är inte konfigurerad');
  return s;
}

export function oidcRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  const config = { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } };
  // The callback is a top-level navigation from the identity provider's site: a SameSite=Strict
  // cookie would not come back with it, so the pending state uses Lax on a narrow path.
  const pendingCookie = { path: '/api/auth/oidc', sameSite: 'lax' as const, secure: ctx.config.secureCookies, httpOnly: true };

  // Lets the login page offer single sign-on only where it is set up; says nothing else.
  r.get('/api/auth/oidc/status', { schema: { tags, summary: 'Whether single sign-on is configured' }, config }, async () => ({
    configured: oidcSettings() !== null,
  }));

  r.get('/api/auth/oidc/login', { schema: { tags, summary: 'Single sign-on: redirect to the identity provider' }, config }, async (_req, reply: FastifyReply) => {
    const s = settingsOrNotFound();
    const start = await startLogin(s);
    const id = newSecret();
    await ctx.db.query(`DELETE FROM oidc_pending WHERE created_at < now() - make_interval(mins => $1)`, [PENDING_MINUTES]);
    await ctx.db.query('INSERT INTO oidc_pending (id_hash, state, nonce, code_verifier) VALUES ($1, $2, $3, $4)', [sha256(id), start.state, start.nonce, start.codeVerifier]);
    reply.setCookie(PENDING_COOKIE, id, { ...pendingCookie, maxAge: PENDING_MINUTES * 60 });
    return reply.redirect(start.url.href, 302);
  });

  // After POST /api/auth/logout ended a single-sign-on session here, the browser comes here to end
  // it at the identity provider too. Public (the session is gone by now); it only redirects.
  r.get('/api/auth/oidc/logout', { schema: { tags, summary: 'Single sign-on: log out at the identity provider' }, config }, async (req, reply) => {
    const s = settingsOrNotFound();
    let target: URL | null = null;
    try {
      target = await endSessionUrl(s);
    } catch (e) {
      req.log.warn({ err: (e as Error).message }, 'oidc discovery failed at logout');
    }
    return reply.redirect(target?.href ?? '/login', 302);
  });

  r.get('/api/auth/oidc/callback', {
    schema: { tags, summary: 'Single sign-on: the identity provider returns here', querystring: z.record(z.string(), z.string().max(4000)) },
    config,
  }, async (req, reply) => {
    const s = settingsOrNotFound();
    const id = req.cookies[PENDING_COOKIE];
    reply.clearCookie(PENDING_COOKIE, { path: pendingCookie.path });
    const { rows } = id
      ? await ctx.db.query<{ state: string; nonce: string; code_verifier: string }>(
          `DELETE FROM oidc_pending WHERE id_hash = $1 AND created_at > now() - make_interval(mins => $2) RETURNING state, nonce, code_verifier`,
          [sha256(id), PENDING_MINUTES],
        )
      : { rows: [] };
    const pending = rows[0];
    if (!pending) throw new HttpError(401, 'unauthorized', 'Inloggningen har gått ut: börja om');
    const query = new URLSearchParams(req.query).toString();
    const fail = async (reason: string, status = 401, message = 'Inloggningen via identitetstjänsten misslyckades') => {
      await inTransaction(ctx.db, (tx) => appendAudit(tx, { id: null, name: 'sso', ip: req.ip }, { action: 'login.failed', entityType: 'user', changes: { method: 'oidc', reason } }));
      return new HttpError(status, status === 403 ? 'forbidden' : 'unauthorized', message);
    };
    let claims: Record<string, unknown>;
    try {
      claims = await finishLogin(s, query, { codeVerifier: pending.code_verifier, state: pending.state, nonce: pending.nonce });
    } catch (e) {
      req.log.warn({ err: (e as Error).message }, 'oidc callback rejected');
      throw await fail(`token exchange: ${(e as Error).message.slice(0, 200)}`);
    }
    const username = String(claims[s.usernameClaim] ?? claims.email ?? claims.sub).toLowerCase().slice(0, 100);
    const access = mapClaims(claims, s.roleMap);
    if (!access) throw await fail(`no role mapping for ${username}`, 403, 'Ditt konto har ingen roll i infovakt: be en administratör om behörighet');
    const user = await inTransaction(ctx.db, (tx) =>
      provisionSsoUser(tx, { subject: `${s.issuer.href}|${String(claims.sub)}`, username, displayName: String(claims.name ?? username), ip: req.ip }, access),
    );
    if (user.disabled) throw await fail(`disabled: ${username}`, 403, 'Kontot är inaktiverat');
    await completeLogin(ctx, req, reply, user, 'oidc', { issuer: s.issuer.href });
    return reply.redirect('/', 302);
  });
}
