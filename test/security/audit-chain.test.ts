// The audit trail: browsing with filters, export (itself audited), token use, and tamper
// evidence — an edited row breaks verification at that row, through the API and the CLI.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/kernel/audit/audit.js';
import { ApiClient } from '../helpers/client.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { dbUrl } from './helpers.js';

const run = promisify(execFile);

describe('audit trail', () => {
  let app: TestApp;
  let admin: ApiClient;
  let assetId: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await ApiClient.login(app.url, app.adminUser, app.adminPassword);
    const soc = ((await admin.get('/api/departments')).body.items as { id: string; code: string }[]).find((d) => d.code === 'SOC')!;
    const a = await admin.post('/api/assets', { departmentId: soc.id, name: 'Granskningsprov' });
    assetId = a.body.id;
    await admin.patch(`/api/assets/${assetId}`, { version: 1, purpose: 'Första ändringen' });
    await admin.patch(`/api/assets/${assetId}`, { version: 2, purpose: 'Andra ändringen' });
  });
  afterAll(() => app?.stop());

  it('browses with filters on actor, action, entity and dates, newest first and paged', async () => {
    const all = (await admin.get('/api/audit?pageSize=5')).body;
    expect(all.items).toHaveLength(5);
    expect(all.total).toBeGreaterThan(5);
    expect(all.items[0].seq).toBeGreaterThan(all.items[1].seq);

    const forAsset = (await admin.get(`/api/audit?entityType=asset&entityId=${assetId}`)).body;
    expect(forAsset.items.length).toBeGreaterThanOrEqual(3);
    expect(forAsset.items.every((e: { entityId: string; actor: string }) => e.entityId === assetId && e.actor === 'admin')).toBe(true);

    const logins = (await admin.get('/api/audit?action=login&actor=adm')).body;
    expect(logins.total).toBeGreaterThanOrEqual(1);
    expect(logins.items.every((e: { action: string }) => e.action === 'login')).toBe(true);
    const byPrefix = (await admin.get('/api/audit?action=asset.')).body;
    expect(byPrefix.items.every((e: { action: string }) => e.action.startsWith('asset.'))).toBe(true);

    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }); // a date in the filter is a day in Sweden
    expect((await admin.get(`/api/audit?from=${today}&to=${today}`)).body.total).toBe(all.total);
    expect((await admin.get('/api/audit?to=2000-01-01')).body.total).toBe(0);
    const bad = await admin.get('/api/audit?from=igår');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('querystring.from');

    const page2 = (await admin.get('/api/audit?pageSize=2&page=2')).body;
    expect(page2.items[0].seq).toBe(all.items[2].seq);
  });

  it('exports CSV and JSON, and audits the export', async () => {
    const csv = await admin.get(`/api/audit/export?format=csv&entityId=${assetId}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('seq,at,actor,actor_id,ip,action,entity_type,entity_id,department_id,changes,hash');
    expect(text).toContain('Andra ändringen');

    const json = await admin.get('/api/audit/export?format=json&action=asset.');
    expect(json.status).toBe(200);
    expect(json.body.entries.length).toBeGreaterThan(0);

    const exports = (await admin.get('/api/audit?action=audit.export')).body.items;
    expect(exports).toHaveLength(2);
    expect(exports[0].changes).toMatchObject({ format: 'json', filter: { action: 'asset.' } });
  });

  it('audits the first use of an API token each day, and every change made with it', async () => {
    const soc = ((await admin.get('/api/departments')).body.items as { id: string; code: string }[]).find((d) => d.code === 'SOC')!;
    const created = (await admin.post('/api/tokens', { name: 'integration', role: 'editor', departmentIds: [soc.id] })).body;
    const bot = new ApiClient(app.url, created.token);
    await bot.get('/api/assets');
    await bot.get('/api/departments');
    await bot.post('/api/assets', { departmentId: soc.id, name: 'Skapad av integrationen' });
    const uses = (await admin.get(`/api/audit?action=token.use&entityId=${created.info.id}`)).body.items;
    expect(uses).toHaveLength(1);
    expect(uses[0]).toMatchObject({ actor: 'token:integration', actorId: created.info.id, changes: { method: 'GET', path: '/api/assets' } });
    const changes = (await admin.get(`/api/audit?actor=${created.info.id}&action=asset.create`)).body.items;
    expect(changes).toHaveLength(1);
    expect(JSON.stringify(uses)).not.toContain(created.token);
  });

  it('verifies the chain, and names the entry someone edited in the database (API and CLI)', async () => {
    const ok = (await admin.get('/api/audit/verify')).body;
    expect(ok.ok).toBe(true);
    expect(ok.entries).toBeGreaterThan(5);

    const env = { ...process.env, DATABASE_URL: dbUrl(app), INFOVAKT_LOG_LEVEL: 'silent' };
    const good = await run('node', ['bin/infovakt.js', 'audit', 'verify'], { env });
    expect(good.stdout).toMatch(/intact/);

    const { rows } = await app.pool.query("SELECT seq FROM audit_log WHERE action = 'asset.update' ORDER BY seq LIMIT 1");
    const n = Number(rows[0].seq);
    await app.pool.query(`UPDATE audit_log SET changes = '[{"field":"purpose","before":"","after":"Något annat"}]' WHERE seq = $1`, [n]);

    const broken = await verifyAudit(app.pool);
    expect(broken.ok).toBe(false);
    expect(broken.brokenAt).toEqual({ seq: n, reason: expect.stringContaining('hash') });
    expect((await admin.get('/api/audit/verify')).body.brokenAt.seq).toBe(n);

    const cli = await run('node', ['bin/infovakt.js', 'audit', 'verify'], { env }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(`entry ${n}`);
  });
});
