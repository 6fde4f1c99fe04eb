// Export → import into an empty database → export gives the same map; bad imports change nothing;
// a records-management plan becomes draft assets.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ApiClient } from '../helpers/client.js';

function form(file: Buffer, filename: string, fields: Record<string, string> = {}): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  f.append('file', new Blob([file]), filename);
  return f;
}

const withoutStamp = (snap: { exportedAt?: string }) => ({ ...snap, exportedAt: undefined });

describe('import and export of the map', () => {
  let source: TestApp;
  let empty: TestApp;
  let src: ApiClient;
  let dst: ApiClient;
  beforeAll(async () => {
    [source, empty] = await Promise.all([startTestApp(), startTestApp({ demo: false })]);
    [src, dst] = await Promise.all([
      ApiClient.login(source.url, source.adminUser, source.adminPassword),
      ApiClient.login(empty.url, empty.adminUser, empty.adminPassword),
    ]);
  });
  afterAll(async () => {
    await Promise.all([source?.stop(), empty?.stop()]);
  });

  it.each(['json', 'xlsx'])('round-trips the whole map through %s', async (format) => {
    const first = await src.get(`/api/export?format=${format}`);
    expect(first.status).toBe(200);
    const bytes = Buffer.isBuffer(first.body) ? first.body : Buffer.from(JSON.stringify(first.body));
    const imported = await dst.request('POST', '/api/import', form(bytes, `karta.${format}`, { mode: 'replace' }));
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.assetsCreated).toBeGreaterThanOrEqual(40);
    const a = (await src.get('/api/export?format=json')).body;
    const b = (await dst.get('/api/export?format=json')).body;
    expect(withoutStamp(b)).toEqual(withoutStamp(a));
  });

  it('names sheet, row and column of every problem and changes nothing', async () => {
    const before = (await dst.get('/api/export?format=json')).body;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await src.get('/api/export?format=xlsx')).body);
    const sheet = wb.getWorksheet('Informationsmängder')!;
    const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const kCol = header.indexOf('K');
    const depCol = header.findIndex((h) => /förvaltning/i.test(h));
    sheet.getRow(3).getCell(kCol).value = 7;
    sheet.getRow(4).getCell(depCol).value = 'FINNS-INTE';
    const broken = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await dst.request('POST', '/api/import', form(broken, 'karta.xlsx'));
    expect(res.status).toBe(422);
    const problems = res.body.error.problems;
    expect(problems).toContainEqual(expect.objectContaining({ sheet: 'Informationsmängder', row: 3, column: 'K' }));
    expect(problems.some((p: { row: number; message: string }) => p.row === 4 && /FINNS-INTE/.test(p.message))).toBe(true);

    const garbage = await dst.request('POST', '/api/import', form(Buffer.from('PK\x03\x04 trasig'), 'karta.xlsx'));
    expect(garbage.status).toBe(422);
    expect(garbage.body.error.problems[0].message.length).toBeGreaterThan(5);
    expect(withoutStamp((await dst.get('/api/export?format=json')).body)).toEqual(withoutStamp(before));
  });

  it('a merge import over existing assets records the new levels in each asset\'s history', async () => {
    const snap = (await dst.get('/api/export?format=json')).body;
    const target = snap.assets.find((a: { levels: unknown }) => a.levels);
    const raised = Math.min(4, target.levels.K + 1) === target.levels.K ? target.levels.K - 1 : target.levels.K + 1;
    const changed = { ...snap, assets: [{ ...target, levels: { ...target.levels, K: raised } }] };
    const res = await dst.request('POST', '/api/import', form(Buffer.from(JSON.stringify(changed)), 'karta.json', { mode: 'merge' }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.assetsUpdated).toBe(1);
    const list = await dst.get(`/api/assets?q=${encodeURIComponent(target.ref)}`);
    const id = list.body.items.find((a: { ref: string }) => a.ref === target.ref).id;
    const history = (await dst.get(`/api/assets/${id}/history`)).body.items;
    const latest = history[0];
    expect(latest.action).toBe('import');
    expect(latest.changes).toContainEqual({ field: 'levels.K', before: target.levels.K, after: raised });
    expect((await dst.get(`/api/assets/${id}`)).body.levels.K).toBe(raised);
  });

  it('starts the map from a records-management plan with a chosen column mapping', async () => {
    const plan = fs.readFileSync('test/fixtures/transfer/dokumenthanteringsplan-exempel.xlsx');
    const preview = await src.request('POST', '/api/import/records-plan/preview', form(plan, 'plan.xlsx'));
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    const sheets = preview.body.sheets.filter((s: { headerRow: number | null }) => s.headerRow !== null);
    expect(sheets.length).toBe(2);
    const mapping = preview.body.suggestedMapping;
    expect(mapping.documentType).toBeTruthy();
    const departmentMap = Object.fromEntries(sheets.map((s: { name: string }, i: number) => [s.name, i === 0 ? 'SOC' : 'SBF']));
    const before = (await src.get('/api/dashboard')).body.assets;
    const res = await src.post('/api/import/records-plan', { uploadId: preview.body.uploadId, mapping, departmentMap });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.assetsCreated).toBeGreaterThanOrEqual(30);
    expect((await src.get('/api/dashboard')).body.assets).toBe(before + res.body.assetsCreated);
    const drafts = (await src.get('/api/assets?state=unclassified&status=draft&pageSize=200')).body.items;
    expect(drafts.some((a: { process: string; retention: string }) => a.process.length > 0 && a.retention.length > 0)).toBe(true);
  });
});
