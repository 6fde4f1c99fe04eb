// The information map through the real HTTP API, on both the system PostgreSQL and the embedded one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../helpers/client.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { DB_KINDS } from '../helpers/db.js';

describe.each(DB_KINDS)('information map API on %s PostgreSQL', (kind) => {
  let app: TestApp;
  let api: ApiClient;
  beforeAll(async () => {
    app = await startTestApp({ kind });
    api = await ApiClient.login(app.url, app.adminUser, app.adminPassword);
  });
  afterAll(() => app?.stop());

  it('answers health without login and refuses the API without it', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const anon = new ApiClient(app.url);
    for (const path of ['/api/assets', '/api/departments', '/api/dashboard', '/api/openapi.json']) {
      expect((await anon.get(path)).status, path).toBe(401);
    }
  });

  it('shows the demo municipality on the dashboard', async () => {
    const d = (await api.get('/api/dashboard')).body;
    expect(d.departments).toBeGreaterThanOrEqual(8);
    expect(d.assets).toBeGreaterThanOrEqual(40);
    expect(d.approved).toBeGreaterThan(0);
    const kTotal = d.distribution.K.reduce((a: number, b: number) => a + b, 0);
    expect(kTotal).toBe(d.classified);
  });

  it('pages, sorts, filters and searches with Swedish stemming', async () => {
    const page1 = (await api.get('/api/assets?pageSize=10&sort=name')).body;
    expect(page1.items).toHaveLength(10);
    expect(page1.total).toBeGreaterThanOrEqual(40);
    const names = page1.items.map((a: { name: string }) => a.name);
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
    const page2 = (await api.get('/api/assets?pageSize=10&sort=name&page=2')).body;
    expect(page2.items[0].name >= names[9]).toBe(true);

    // "protokollen" stems to the same lexeme as "protokoll".
    const hits = (await api.get(`/api/assets?q=${encodeURIComponent('protokollen')}`)).body;
    expect(hits.items.map((a: { name: string }) => a.name)).toContain('Mötesprotokoll kommunstyrelsen');

    const secret = (await api.get('/api/assets?minK=3&sort=-k')).body;
    expect(secret.items.length).toBeGreaterThan(0);
    expect(secret.items.every((a: { levels: { K: number } }) => a.levels.K >= 3)).toBe(true);

    const bad = await api.get('/api/assets?pageSize=1000');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toContain('pageSize');
  });

  it('creates, edits with optimistic concurrency, keeps history and diffs versions', async () => {
    const deps = (await api.get('/api/departments')).body.items;
    const soc = deps.find((d: { code: string }) => d.code === 'SOC');
    const created = await api.post('/api/assets', {
      departmentId: soc.id,
      name: 'Testakter familjerätt',
      ownerRole: 'Socialchef',
      legal: { osl: [{ ref: '26:1', harmTest: 'omvant' }], personalData: true },
    });
    expect(created.status).toBe(200);
    expect(created.body.ref).toMatch(/^SOC-\d{3}$/);
    const id = created.body.id;

    const edited = await api.patch(`/api/assets/${id}`, { version: 1, purpose: 'Utredning av vårdnad', retention: 'Bevaras' });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(2);
    expect(edited.body.ownerRole).toBe('Socialchef');

    const stale = await api.patch(`/api/assets/${id}`, { version: 1, purpose: 'annat' });
    expect(stale.status).toBe(409);

    const history = (await api.get(`/api/assets/${id}/history`)).body.items;
    expect(history[0].version).toBe(2);
    expect(history[0].actor).toBe('admin');
    expect(history[0].changes.map((c: { field: string }) => c.field).sort()).toEqual(['purpose', 'retention']);

    const diff = (await api.get(`/api/assets/${id}/diff?from=1&to=2`)).body;
    expect(diff.changes).toContainEqual({ field: 'purpose', before: '', after: 'Utredning av vårdnad' });

    const invalid = await api.post('/api/assets', { departmentId: soc.id, name: '' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields[0].path).toBe('body.name');
  });

  it('classifies through the questionnaire, requires reasons for overrides, and approves', async () => {
    const catalog = (await api.get('/api/catalog/classification')).body;
    const kQuestions = catalog.questionnaire.questions.filter((q: { aspect: string }) => q.aspect === 'K');
    expect(kQuestions.length).toBeGreaterThan(0);
    const q = kQuestions[0];
    const top = q.options.reduce((a: { level: number }, b: { level: number }) => (b.level > a.level ? b : a));
    const asset = (await api.get('/api/assets?q=Bygglov')).body.items[0];

    const noReason = await api.post(`/api/assets/${asset.id}/classifications`, { overrides: { R: { level: 4, reason: 'kort' } } });
    expect(noReason.status).toBe(400);

    const draft = await api.post(`/api/assets/${asset.id}/classifications`, {
      answers: { K: { [q.id]: { optionId: top.id, reason: 'Ritningar av skyddsobjekt kan ingå' } } },
      overrides: { T: { level: 3, reason: 'Handläggningstiden är lagstyrd och kort' } },
    });
    expect(draft.status).toBe(200);
    expect(draft.body.levels.K).toBe(top.level);
    expect(draft.body.levels.T).toBe(3);
    expect(draft.body.status).toBe('draft');

    const approved = await api.post(`/api/assets/${asset.id}/classifications/${draft.body.id}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    // A year after today's date in Sweden (between 23:00 and 01:00 UTC it is not the UTC date).
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    const [year, monthDay] = [Number(today.slice(0, 4)), today.slice(4)];
    expect(approved.body.reviewDue).toBe(`${year + 1}${monthDay === '-02-29' ? '-02-28' : monthDay}`);

    const detail = (await api.get(`/api/assets/${asset.id}`)).body;
    expect(detail.classificationState).toBe('approved');
    expect(detail.classification.approvedBy).toBe('admin');
  });

  it('runs a workshop from the template catalogue, across pause and resume', async () => {
    const deps = (await api.get('/api/departments')).body.items;
    const hr = deps.find((d: { code: string }) => d.code === 'HR');
    const w = (await api.post('/api/workshops', { departmentId: hr.id, title: 'HR workshop 1', heldOn: '2026-11-20', participants: ['HR-chef', 'Informationssäkerhetsansvarig'] })).body;
    const detail = (await api.get(`/api/workshops/${w.id}`)).body;
    expect(detail.suggestions.length).toBeGreaterThan(3);
    const [first, second] = detail.suggestions;
    const accepted = await api.post(`/api/workshops/${w.id}/items`, { templateId: first.template.id, decision: 'accepted' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.assetId).toBeTruthy();
    const rejected = await api.post(`/api/workshops/${w.id}/items`, { templateId: second.template.id, decision: 'rejected', note: 'Hanteras av lönecentrum' });
    expect(rejected.status).toBe(200);
    expect((await api.post(`/api/workshops/${w.id}/status`, { status: 'paused' })).body.status).toBe('paused');
    expect((await api.post(`/api/workshops/${w.id}/items`, { decision: 'added', asset: { name: 'Friskvårdsbidrag' } })).status).toBe(409);

    const w2 = (await api.post('/api/workshops', { departmentId: hr.id, title: 'HR workshop 2', heldOn: '2026-11-27', participants: ['HR-chef'] })).body;
    const again = (await api.get(`/api/workshops/${w2.id}`)).body;
    const firstAgain = again.suggestions.find((s: { template: { id: string } }) => s.template.id === first.template.id);
    expect(firstAgain.decision.decision).toBe('accepted');
    const dup = await api.post(`/api/workshops/${w2.id}/items`, { templateId: first.template.id, decision: 'accepted' });
    expect(dup.status).toBe(409);
    const added = await api.post(`/api/workshops/${w2.id}/items`, { decision: 'added', asset: { name: 'Friskvårdsbidrag' }, levels: { K: 1, R: 1, T: 1, S: 1 } });
    expect(added.status).toBe(200);
    const asset = (await api.get(`/api/assets/${added.body.assetId}`)).body;
    expect(asset.departmentCode).toBe('HR');
    expect(asset.levels).toEqual({ K: 1, R: 1, T: 1, S: 1 });
  });
});
