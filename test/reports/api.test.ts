// GET /api/reports/decision-basis through the real server: formats, file names, audit, and the
// department scope (a caller limited to one department gets only that department).
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ApiClient } from '../helpers/client.js';

const ROUTE = '/api/reports/decision-basis';

async function matrixRefs(bytes: Buffer): Promise<{ refs: string[]; departments: Set<string> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Bedömningsmatris')!;
  const refs: string[] = [];
  const departments = new Set<string>();
  ws.eachRow((row, n) => {
    if (n === 1) return;
    refs.push(String(row.getCell(1).value));
    departments.add(String(row.getCell(3).value));
  });
  return { refs, departments };
}

describe('decision basis API', () => {
  let app: TestApp;
  let admin: ApiClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    admin = await ApiClient.login(app.url, app.adminUser, app.adminPassword);
    const deps = (await admin.get('/api/departments')).body.items as { id: string; code: string }[];
    ids.soc = deps.find((d) => d.code === 'SOC')!.id;
    ids.utb = deps.find((d) => d.code === 'UTB')!.id;
  });
  afterAll(() => app?.stop());

  const tokenFor = async (role: string, departmentIds: string[] | null) =>
    new ApiClient(app.url, (await admin.post('/api/tokens', { name: `rapport-${role}`, role, departmentIds })).body.token as string);

  it('serves the whole municipality as pdf, docx and xlsx with dated file names, and audits each export', async () => {
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }); // the date in Sweden
    const pdf = await admin.get(`${ROUTE}?format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="beslutsunderlag-exempelkommun-${today}.pdf"`);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    const docx = await admin.get(`${ROUTE}?format=docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toContain('.docx"');
    expect((docx.body as Buffer).subarray(0, 2).toString()).toBe('PK');

    const xlsx = await admin.get(`${ROUTE}?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect((await matrixRefs(xlsx.body)).departments.size).toBeGreaterThan(5);

    const audit = await app.pool.query("SELECT actor, changes FROM audit_log WHERE action = 'report.export' ORDER BY seq");
    expect(audit.rows.map((r) => r.changes.format)).toEqual(['pdf', 'docx', 'xlsx']);
    expect(audit.rows[0].actor).toBe('admin');
  });

  it('gives a caller limited to one department only that department, and hides the others', async () => {
    const editor = await tokenFor('editor', [ids.soc!]);
    const own = await editor.get(`${ROUTE}?format=xlsx`);
    expect(own.status).toBe(200);
    const { refs, departments } = await matrixRefs(own.body);
    expect([...departments]).toEqual(['Socialförvaltningen']);
    expect(refs.every((r) => r.startsWith('SOC-'))).toBe(true);
    expect(own.headers.get('content-disposition')).toMatch(/beslutsunderlag-exempelkommun-soc-\d{4}-\d{2}-\d{2}\.xlsx/);

    expect((await editor.get(`${ROUTE}?format=pdf&departmentId=${ids.soc}`)).status).toBe(200);
    expect((await editor.get(`${ROUTE}?format=pdf&departmentId=${ids.utb}`)).status).toBe(404);
    expect((await editor.get(`${ROUTE}?format=pdf&departmentId=00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('lists decisions taken, with who decided and the rule-set version', async () => {
    const o = (await admin.get('/api/placement/overview')).body;
    const p = o.placements.find((x: any) => x.result.verdict === 'needs_legal_review');
    const decided = await admin.post('/api/placement/decisions', {
      assetId: p.asset.id, serviceId: p.service.id, decision: 'overridden', verdict: 'allowed_with_conditions',
      reason: 'Kommunjuristens bedömning enligt OSL 10 kap. 2 a § är dokumenterad.',
    });
    expect(decided.status).toBe(200);
    const pdf = await admin.get(`${ROUTE}?format=pdf`);
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf.body as Buffer, encoding: 'utf8' });
    expect(text).toContain('Kommunjuristens');
    expect(text).toContain('Gällande');
    expect(text).toContain('9. Fattade beslut');
  });

  it('lets the whole-municipality roles pick one department, and refuses plain readers', async () => {
    const one = await admin.get(`${ROUTE}?format=xlsx&departmentId=${ids.utb}`);
    expect(one.status).toBe(200);
    expect([...(await matrixRefs(one.body)).departments]).toEqual(['Utbildningsförvaltningen']);
    // Readers may look at the map but not export it (map:export), like /api/export.
    const reader = await tokenFor('reader', [ids.soc!]);
    expect((await reader.get(`${ROUTE}?format=pdf`)).status).toBe(403);
    expect((await admin.get(`${ROUTE}?format=odt`)).status).toBe(400);
  });
});
