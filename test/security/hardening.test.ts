// Hardening as a client sees it: security headers, size limits, no internals in errors,
// lock-out and rate limiting of logins, cookie flags and CSRF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeModules } from '../../src/app.js';
import { loadConfig } from '../../src/kernel/config.js';
import { buildApp } from '../../src/kernel/http/app.js';
import { ApiClient } from '../helpers/client.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

describe('hardening', () => {
  let app: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await ApiClient.login(app.url, app.adminUser, app.adminPassword);
  });
  afterAll(() => app?.stop());

  it('sends the security headers on answers and on errors', async () => {
    for (const path of ['/healthz', '/api/auth/me', '/api/nothing-here']) {
      const res = await fetch(app.url + path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('answers an oversized request with 413 in the JSON error shape', async () => {
    const res = await fetch(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'x', password: 'y'.repeat(3 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: 'payload_too_large', message: expect.any(String) } });
  });

  it('tells an anonymous caller nothing about a route\'s schema', async () => {
    const res = await new ApiClient(app.url).post('/api/assets', { nonsense: true });
    expect(res.status).toBe(401);
    expect(JSON.stringify(res.body)).not.toContain('departmentId');
  });

  it('never sends a stack trace or an internal message with a 500', async () => {
    const config = { ...loadConfig({ INFOVAKT_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv), port: 0 };
    const boom = await buildApp({ db: app.pool, config }, [
      ...routeModules,
      (a) => {
        a.get('/api/boom', { config: { public: true } }, async () => {
          throw new Error('connection to postgres://secret@db failed at /srv/infovakt/src/x.ts:12');
        });
      },
    ], { logger: false });
    const res = await boom.inject({ method: 'GET', url: '/api/boom' });
    await boom.close();
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal', message: 'Internt fel' } });
    expect(res.body).not.toMatch(/secret|\.ts:|\bat /);
  });

  it('sets HttpOnly SameSite=Strict session cookies and refuses a mutation without the CSRF token', async () => {
    const res = await fetch(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: app.adminUser, password: app.adminPassword }),
    });
    const cookies = res.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('infovakt_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    const csrfCookie = cookies.find((c) => c.startsWith('infovakt_csrf='))!;
    expect(csrfCookie).not.toMatch(/HttpOnly/i);
    const cookie = cookies.map((c) => c.split(';')[0]).join('; ');
    const noCsrf = await fetch(`${app.url}/api/departments`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(noCsrf.status).toBe(403);
  });

  it('locks an account for a while after five failed logins (429), audited', async () => {
    const created = await admin.post('/api/access/users', { username: 'lina', role: 'reader', password: 'Hennes riktiga långa fras 8' });
    expect(created.status).toBe(200);
    const anon = new ApiClient(app.url);
    for (let i = 0; i < 5; i++) {
      expect((await anon.post('/api/auth/login', { username: 'lina', password: `fel lösenord ${i}` })).status).toBe(401);
    }
    const locked = await anon.post('/api/auth/login', { username: 'lina', password: 'Hennes riktiga långa fras 8' });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('too_many_requests');
    const view = (await admin.get('/api/access/users?q=lina')).body.items[0];
    expect(view.lockedUntil).toBeTruthy();
    const failures = (await admin.get('/api/audit?action=login.failed&actor=lina')).body.items;
    expect(failures.map((e: { changes: { reason: string } }) => e.changes.reason)).toContain('locked');
  });

  it('rate-limits the login route per client address', async () => {
    const anon = new ApiClient(app.url);
    let limited: Awaited<ReturnType<ApiClient['post']>> | undefined;
    for (let i = 0; i < 12 && !limited; i++) {
      const res = await anon.post('/api/auth/login', { username: 'finns-inte', password: 'gissning' });
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(401);
    }
    expect(limited, 'the login route answered 429 within 12 attempts').toBeDefined();
    expect(limited!.body.error.code).toBe('too_many_requests');
    expect(limited!.headers.get('retry-after')).toBeTruthy();
  });
});
