// Single sign-on against a real OpenID provider on 127.0.0.1: authorization code flow with PKCE,
// groups mapped to roles and departments, just-in-time accounts that follow the groups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ApiClient } from '../helpers/client.js';
import { startOidcProvider, type TestProvider } from './oidc-provider.js';

const ENV_KEYS = ['INFOVAKT_OIDC_ISSUER', 'INFOVAKT_OIDC_CLIENT_ID', 'INFOVAKT_OIDC_CLIENT_SECRET', 'INFOVAKT_OIDC_REDIRECT_URI', 'INFOVAKT_OIDC_ROLE_MAP', 'INFOVAKT_OIDC_SCOPES'];

/** Follows redirects by hand, keeping one cookie jar per origin, like a browser would. */
async function browse(start: string, stopAt: (u: URL) => boolean, jar = new Map<string, Map<string, string>>()) {
  let url = new URL(start);
  const visited: URL[] = [];
  for (let hop = 0; hop < 20; hop++) {
    visited.push(url);
    const cookies = jar.get(url.origin) ?? new Map<string, string>();
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const sc of res.headers.getSetCookie()) {
      const [kv] = sc.split(';');
      const i = kv!.indexOf('=');
      const [k, v] = [kv!.slice(0, i), kv!.slice(i + 1)];
      if (/expires=Thu, 01 Jan 1970/i.test(sc) || v === '') cookies.delete(k);
      else cookies.set(k, v);
    }
    jar.set(url.origin, cookies);
    const location = res.headers.get('location');
    if (stopAt(url) || !location || res.status < 300 || res.status >= 400) return { res, url, visited, jar };
    url = new URL(location, url);
  }
  throw new Error('too many redirects');
}

describe('single sign-on with OpenID Connect', () => {
  let app: TestApp;
  let idp: TestProvider;
  let admin: ApiClient;
  const deps: Record<string, string> = {};
  const saved: Record<string, string | undefined> = {};

  async function ssoLogin() {
    const flow = await browse(`${app.url}/api/auth/oidc/login`, (u) => u.pathname === '/api/auth/oidc/callback');
    const cookies = flow.jar.get(new URL(app.url).origin)!;
    const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const me = await fetch(`${app.url}/api/auth/me`, { headers: { cookie } });
    return { flow, me: me.status === 200 ? await me.json() : null, status: flow.res.status, cookie };
  }

  beforeAll(async () => {
    app = await startTestApp();
    admin = await ApiClient.login(app.url, app.adminUser, app.adminPassword);
    for (const d of (await admin.get('/api/departments')).body.items as { id: string; code: string }[]) deps[d.code] = d.id;
    const redirectUri = `${app.url}/api/auth/oidc/callback`;
    idp = await startOidcProvider(redirectUri);
    for (const k of ENV_KEYS) saved[k] = process.env[k];
    Object.assign(process.env, {
      INFOVAKT_OIDC_ISSUER: idp.issuer,
      INFOVAKT_OIDC_CLIENT_ID: idp.clientId,
      INFOVAKT_OIDC_CLIENT_SECRET: idp.clientSecret,
      INFOVAKT_OIDC_REDIRECT_URI: redirectUri,
      INFOVAKT_OIDC_SCOPES: 'openid profile groups',
      INFOVAKT_OIDC_ROLE_MAP: JSON.stringify({
        groups: {
          'infovakt-admins': { role: 'admin' },
          'soc-editors': { role: 'editor', departments: ['SOC'] },
          'utb-readers': { role: 'reader', departments: ['UTB'] },
        },
      }),
    });
  });
  afterAll(async () => {
    for (const k of ENV_KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    await idp?.stop();
    await app?.stop();
  });

  it('tells the login page that single sign-on is configured', async () => {
    const res = await fetch(`${app.url}/api/auth/oidc/status`);
    expect(await res.json()).toEqual({ configured: true });
  });

  it('signs in with the code flow and PKCE, creating the account just in time from the groups', async () => {
    const { flow, me, status } = await ssoLogin();
    const authorize = flow.visited.find((u) => u.origin === idp.issuer && u.pathname === '/auth')!;
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(status).toBe(302);
    expect(flow.res.headers.get('location')).toBe('/');
    expect(me).toMatchObject({ username: 'anna.sso', displayName: 'Anna Andersson', role: 'editor', departmentIds: [deps.SOC], mfaEnrolmentRequired: false });

    const { rows } = await app.pool.query("SELECT auth_source, password_hash, sso_subject FROM users WHERE username = 'anna.sso'");
    expect(rows[0]).toEqual({ auth_source: 'oidc', password_hash: null, sso_subject: `${new URL(idp.issuer).href}|anna-1` });
    const actions = (await admin.get('/api/audit?actor=anna.sso')).body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.sso.create', 'login']));
    // The account has no password: local login is impossible.
    expect((await new ApiClient(app.url).post('/api/auth/login', { username: 'anna.sso', password: 'vad som helst här' })).status).toBe(401);
  });

  it('logs out at the identity provider too (RP-initiated logout), a password session only here', async () => {
    const { flow, cookie } = await ssoLogin();
    const csrf = /infovakt_csrf=([^;]+)/.exec(cookie)![1]!;
    const out = await fetch(`${app.url}/api/auth/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf } });
    expect(out.status).toBe(200);
    expect(await out.json()).toEqual({ sso: true });
    expect((await fetch(`${app.url}/api/auth/me`, { headers: { cookie } })).status).toBe(401);

    const toIdp = await fetch(`${app.url}/api/auth/oidc/logout`, { redirect: 'manual' });
    expect(toIdp.status).toBe(302);
    const endSession = new URL(toIdp.headers.get('location')!);
    expect(endSession.origin).toBe(idp.issuer);
    expect(endSession.searchParams.get('client_id')).toBe(idp.clientId);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${app.url}/login`);
    // The provider accepts it and asks the user to confirm (no ID token hint is kept here); the
    // confirmation ends its session and sends the browser back to the login page.
    const idpCookies = flow.jar.get(idp.issuer)!;
    const idpCookie = [...idpCookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const page = await fetch(endSession, { headers: { cookie: idpCookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)![1]!;
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    const done = await fetch(new URL(action, idp.issuer), {
      method: 'POST', redirect: 'manual', headers: { cookie: idpCookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }),
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${app.url}/login`);

    const local = await admin.post('/api/auth/logout', {});
    expect(local.status).toBe(204);
    admin = await ApiClient.login(app.url, app.adminUser, app.adminPassword);
  });

  it('follows the groups at every login: a mover loses the old department', async () => {
    idp.account.current = { ...idp.account.current, groups: ['utb-readers'] };
    const { me } = await ssoLogin();
    expect(me).toMatchObject({ username: 'anna.sso', role: 'reader', departmentIds: [deps.UTB] });
    const update = (await admin.get('/api/audit?action=user.sso.update')).body.items[0];
    expect(update.changes).toContainEqual({ field: 'role', before: 'editor', after: 'reader' });
  });

  it('maps an administrators group to the admin role', async () => {
    idp.account.current = { sub: 'bo-2', preferred_username: 'bo.admin', name: 'Bo Berg', groups: ['infovakt-admins', 'utb-readers'] };
    const { me } = await ssoLogin();
    expect(me).toMatchObject({ username: 'bo.admin', role: 'admin', departmentIds: null });
  });

  it('refuses a person whose groups map to no role, and a callback without its login', async () => {
    idp.account.current = { sub: 'cia-3', preferred_username: 'cia', name: 'Cia', groups: ['other'] };
    const { status, me } = await ssoLogin();
    expect(status).toBe(403);
    expect(me).toBeNull();
    expect((await app.pool.query("SELECT 1 FROM users WHERE username = 'cia'")).rowCount).toBe(0);

    const forged = await fetch(`${app.url}/api/auth/oidc/callback?code=abc&state=xyz`, { redirect: 'manual' });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });

  it('never takes over a local account with the same name', async () => {
    await admin.post('/api/access/users', { username: 'dan', role: 'reader', password: 'Ett lokalt konto med fras 4' });
    idp.account.current = { sub: 'dan-4', preferred_username: 'dan', name: 'Dan', groups: ['infovakt-admins'] };
    const { status, me } = await ssoLogin();
    expect(status).toBe(409);
    expect(me).toBeNull();
  });
});
