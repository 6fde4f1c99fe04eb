// Accounts administration through the API and the CLI: roles, departments, password policy,
// disabling, password reset, and the audit entries every change leaves.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../helpers/client.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { dbUrl } from './helpers.js';

const run = promisify(execFile);

describe('accounts administration', () => {
  let app: TestApp;
  let admin: ApiClient;
  let soc: string;
  let utb: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await ApiClient.login(app.url, app.adminUser, app.adminPassword);
    const deps = (await admin.get('/api/departments')).body.items as { id: string; code: string }[];
    soc = deps.find((d) => d.code === 'SOC')!.id;
    utb = deps.find((d) => d.code === 'UTB')!.id;
  });
  afterAll(() => app?.stop());

  it('creates an editor for one department whose view is limited to it', async () => {
    const created = await admin.post('/api/access/users', { username: 'Eva.Editor', role: 'editor', departmentIds: [soc], password: 'Socialtjänstens långa fras 7' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ username: 'eva.editor', role: 'editor', departmentIds: [soc], disabled: false, mfaEnabled: false });
    expect(created.body).not.toHaveProperty('passwordHash');

    const eva = await ApiClient.login(app.url, 'eva.editor', 'Socialtjänstens långa fras 7');
    const me = (await eva.get('/api/auth/me')).body;
    expect(me.departmentIds).toEqual([soc]);
    const assets = (await eva.get('/api/assets?pageSize=200')).body.items as { departmentId: string }[];
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.every((a) => a.departmentId === soc)).toBe(true);
    expect((await eva.get('/api/access/users')).status).toBe(403);

    const dup = await admin.post('/api/access/users', { username: 'eva.editor', role: 'reader', password: 'En helt annan lång fras 9' });
    expect(dup.status).toBe(409);
  });

  it('refuses weak passwords, unknown roles and unknown departments, naming the field', async () => {
    const cases = [
      [{ username: 'kalle', role: 'reader', password: 'kort' }, 'body.password'],
      [{ username: 'kalle', role: 'reader', password: 'Sommar2026!!!!' }, 'body.password'],
      [{ username: 'kalle', role: 'reader', password: 'kalle-har-en-lång-fras' }, 'body.password'],
      [{ username: 'kalle', role: 'kung', password: 'En helt okej lång fras 3' }, 'body.role'],
      [{ username: 'kalle', role: 'reader', departmentIds: ['00000000-0000-4000-8000-000000000000'], password: 'En helt okej lång fras 3' }, 'body.departmentIds'],
    ] as const;
    for (const [body, field] of cases) {
      const res = await admin.post('/api/access/users', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.fields[0].path).toBe(field);
    }
  });

  it('changes role and departments at once, disables (ending sessions) and resets passwords, all audited', async () => {
    const u = (await admin.post('/api/access/users', { username: 'rut', role: 'reader', departmentIds: [utb], password: 'Läsaren på utbildning 44' })).body;
    const rut = await ApiClient.login(app.url, 'rut', 'Läsaren på utbildning 44');
    expect((await rut.get(`/api/departments/${soc}`)).status).toBe(404);

    const moved = await admin.patch(`/api/access/users/${u.id}`, { role: 'owner', departmentIds: [soc] });
    expect(moved.status).toBe(200);
    expect((await rut.get(`/api/departments/${soc}`)).status).toBe(200);
    expect((await rut.get('/api/auth/me')).body.role).toBe('owner');

    expect((await admin.patch(`/api/access/users/${u.id}`, { disabled: true })).body.disabled).toBe(true);
    expect((await rut.get('/api/auth/me')).status).toBe(401);
    await expect(ApiClient.login(app.url, 'rut', 'Läsaren på utbildning 44')).rejects.toThrow(/401/);

    await admin.patch(`/api/access/users/${u.id}`, { disabled: false });
    expect((await admin.post(`/api/access/users/${u.id}/password`, { password: 'Ett nytt lösenord för läsaren 5' })).status).toBe(204);
    await expect(ApiClient.login(app.url, 'rut', 'Läsaren på utbildning 44')).rejects.toThrow(/401/);
    await ApiClient.login(app.url, 'rut', 'Ett nytt lösenord för läsaren 5');

    const { rows } = await app.pool.query(
      "SELECT action, actor, changes FROM audit_log WHERE entity_type = 'user' AND entity_id = $1 ORDER BY seq",
      [u.id],
    );
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['user.create', 'user.update', 'user.disable', 'user.password.reset', 'login']));
    const roleChange = rows.find((r) => r.action === 'user.update')!.changes as { field: string; before: unknown; after: unknown }[];
    expect(roleChange).toContainEqual({ field: 'role', before: 'reader', after: 'owner' });
    expect(roleChange).toContainEqual({ field: 'departmentIds', before: [utb], after: [soc] });
    expect(JSON.stringify(rows)).not.toContain('Ett nytt lösenord');
  });

  it('never disables or demotes the last administrator, nor lets admins lock themselves out', async () => {
    const me = (await admin.get('/api/auth/me')).body;
    expect((await admin.patch(`/api/access/users/${me.id}`, { disabled: true })).status).toBe(409);
    expect((await admin.patch(`/api/access/users/${me.id}`, { role: 'reader' })).status).toBe(409);
  });

  it('creates accounts from the CLI with a generated password shown once', async () => {
    const env = { ...process.env, DATABASE_URL: dbUrl(app), INFOVAKT_LOG_LEVEL: 'silent' };
    const { stdout } = await run('node', ['bin/infovakt.js', 'user', 'create', '--username', 'cli.editor', '--role', 'editor', '--department', 'SOC', 'UTB'], { env });
    const password = /Lösenord \(visas bara nu\): (\S+)/.exec(stdout)?.[1];
    expect(password).toBeTruthy();
    const c = await ApiClient.login(app.url, 'cli.editor', password!);
    expect(((await c.get('/api/auth/me')).body.departmentIds as string[]).sort()).toEqual([soc, utb].sort());
    const audit = await app.pool.query("SELECT actor FROM audit_log WHERE action = 'user.create' ORDER BY seq DESC LIMIT 1");
    expect(audit.rows[0].actor).toMatch(/^cli:/);
  });
});

