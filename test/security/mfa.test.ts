// TOTP MFA with real codes computed here (RFC 6238), recovery codes, two-step login, and the
// per-role requirement with its enrolment-only session.
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../helpers/client.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

const PASSWORD = 'Tvåstegsprovets långa fras 1';
const now = () => Math.floor(Date.now() / 1000);

async function passwordStep(url: string, username: string, password = PASSWORD) {
  const c = new ApiClient(url);
  const res = await c.post('/api/auth/login', { username, password });
  return { c, res };
}

async function enrol(c: ApiClient) {
  const started = await c.post('/api/auth/mfa/enrol');
  expect(started.status).toBe(200);
  const { secret } = started.body;
  const confirmed = await c.post('/api/auth/mfa/confirm', { code: await generate({ secret }) });
  expect(confirmed.status).toBe(200);
  return { secret: secret as string, recoveryCodes: confirmed.body.recoveryCodes as string[], started: started.body };
}

describe('multi-factor authentication', () => {
  let app: TestApp;
  let admin: ApiClient;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    app = await startTestApp();
    admin = await ApiClient.login(app.url, app.adminUser, app.adminPassword);
    for (const [username, role] of [['maja', 'editor'], ['sam', 'security_officer'], ['sigrid', 'security_officer']]) {
      ids[username!] = (await admin.post('/api/access/users', { username, role, password: PASSWORD })).body.id;
    }
  });
  afterAll(() => app?.stop());

  let secret: string;
  let recoveryCodes: string[];

  it('enrols with a secret, an otpauth URL and a QR code, confirmed by a code; recovery codes are stored hashed', async () => {
    const { c } = await passwordStep(app.url, 'maja');
    expect((await c.get('/api/auth/mfa/status')).body).toMatchObject({ enabled: false, required: false });
    const wrong = await (async () => {
      await c.post('/api/auth/mfa/enrol');
      return c.post('/api/auth/mfa/confirm', { code: '000000' });
    })();
    expect(wrong.status).toBe(400);
    const e = await enrol(c);
    ({ secret, recoveryCodes } = e);
    expect(e.started.otpauthUrl).toMatch(/^otpauth:\/\/totp\/infovakt:maja\?.*secret=/);
    expect(e.started.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await app.pool.query('SELECT code_hash FROM mfa_recovery_codes WHERE user_id = $1', [ids.maja]);
    expect(stored.rows).toHaveLength(10);
    expect(stored.rows.map((r) => r.code_hash)).not.toContain(recoveryCodes[0]);
    // The TOTP seed is encrypted at rest: a database dump does not give away the second factor.
    const seed = await app.pool.query('SELECT mfa_secret FROM users WHERE id = $1', [ids.maja]);
    expect(seed.rows[0].mfa_secret).toMatch(/^v1:/);
    expect(seed.rows[0].mfa_secret).not.toContain(secret);
    expect((await c.get('/api/auth/mfa/status')).body).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    expect((await c.post('/api/auth/mfa/enrol')).status).toBe(409);
  });

  it('makes login two-step: password, then a TOTP code that is never accepted twice', async () => {
    const { c, res } = await passwordStep(app.url, 'maja');
    expect(res.body).toEqual({ mfaRequired: true });
    expect(res.headers.getSetCookie().some((s) => s.startsWith('infovakt_session='))).toBe(false);
    expect((await c.get('/api/auth/me')).status).toBe(401);

    expect((await c.post('/api/auth/mfa', { code: '123456' })).status).toBe(401);
    // The enrolment used the current time step; the next one is within the accepted drift.
    const code = await generate({ secret, epoch: now() + 30 });
    const done = await c.post('/api/auth/mfa', { code });
    expect(done.status).toBe(200);
    expect(done.body.user.username).toBe('maja');
    expect((await c.get('/api/auth/me')).status).toBe(200);

    const again = await passwordStep(app.url, 'maja');
    expect((await again.c.post('/api/auth/mfa', { code })).status).toBe(401);

    const noChallenge = new ApiClient(app.url);
    expect((await noChallenge.post('/api/auth/mfa', { code: await generate({ secret }) })).status).toBe(401);
  });

  it('accepts each recovery code once', async () => {
    const first = await passwordStep(app.url, 'maja');
    const ok = await first.c.post('/api/auth/mfa', { recoveryCode: recoveryCodes[0]!.toUpperCase() });
    expect(ok.status).toBe(200);
    expect((await first.c.get('/api/auth/mfa/status')).body.recoveryCodesLeft).toBe(9);
    const second = await passwordStep(app.url, 'maja');
    expect((await second.c.post('/api/auth/mfa', { recoveryCode: recoveryCodes[0] })).status).toBe(401);
    const { rows } = await app.pool.query("SELECT changes FROM audit_log WHERE action = 'login' AND entity_id = $1 ORDER BY seq DESC LIMIT 1", [ids.maja]);
    expect(rows[0].changes).toMatchObject({ method: 'mfa', factor: 'recovery', recoveryCodesLeft: 9 });
  });

  it('limits a session to enrolment when the role requires MFA, until the user enrols', async () => {
    expect((await admin.get('/api/access/mfa-policy')).body).toEqual({ requiredRoles: ['admin', 'security_officer'], graceHours: 72 });
    // Within the grace period: a full session, with a reminder.
    const grace = await passwordStep(app.url, 'sigrid');
    expect(grace.res.body.mfaEnrolment).toMatchObject({ required: true, graceUntil: expect.any(String) });
    expect((await grace.c.get('/api/assets')).status).toBe(200);

    expect((await admin.request('PUT', '/api/access/mfa-policy', { requiredRoles: ['admin', 'security_officer'], graceHours: 0 })).status).toBe(200);
    const { c, res } = await passwordStep(app.url, 'sam');
    expect(res.body.user.mfaEnrolmentRequired).toBe(true);
    expect(res.body.user.permissions).toEqual([]);
    const blocked = await c.get('/api/assets');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.mfaEnrolmentRequired).toBe(true);
    expect((await c.get('/api/auth/me')).body.mfaEnrolmentRequired).toBe(true);

    const { secret: samSecret } = await enrol(c);
    expect((await c.get('/api/assets')).status).toBe(200);
    expect((await c.get('/api/auth/me')).body.mfaEnrolmentRequired).toBe(false);
    // A required factor cannot be switched off by its owner.
    expect((await c.post('/api/auth/mfa/disable', { code: await generate({ secret: samSecret, epoch: now() + 30 }) })).status).toBe(409);
  });

  it('lets an administrator reset a lost factor, audited', async () => {
    expect((await admin.post(`/api/access/users/${ids.maja}/mfa/reset`)).status).toBe(204);
    const { res } = await passwordStep(app.url, 'maja');
    expect(res.body.user.username).toBe('maja');
    const actions = (await admin.get(`/api/audit?entityId=${ids.maja}`)).body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['mfa.enable', 'user.mfa.reset', 'login', 'login.failed']));
    const policyChange = (await admin.get('/api/audit?action=settings.mfa-policy')).body.items[0];
    expect(policyChange.changes.after.graceHours).toBe(0);
  });
});
