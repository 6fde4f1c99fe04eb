// Risk scenarios, treatment, acceptance with expiry and separation of duties, and the heat map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ApiClient } from '../helpers/client.js';

describe('risk API', () => {
  let app: TestApp;
  let api: ApiClient;
  let owner: ApiClient;
  beforeAll(async () => {
    app = await startTestApp();
    api = await ApiClient.login(app.url, app.adminUser, app.adminPassword);
    const deps = (await api.get('/api/departments')).body.items;
    const soc = deps.find((d: { code: string }) => d.code === 'SOC');
    const token = (await api.post('/api/tokens', { name: 'ägare SOC', role: 'owner', departmentIds: [soc.id] })).body.token;
    owner = new ApiClient(app.url, token);
  });
  afterAll(() => app?.stop());

  it('lists the demo risks with inherent and residual ratings and a heat map', async () => {
    const items = (await api.get('/api/risks')).body.items;
    expect(items.length).toBeGreaterThanOrEqual(3);
    const grid = items.find((s: any) => s.scenario.title.startsWith('Kartor över elnätet'));
    // An implemented measure lowers the residual likelihood; a planned one would not.
    expect(grid.residualRating.likelihood).toBe(grid.inherentRating.likelihood - 1);
    const heat = (await api.get('/api/risks/heatmap')).body;
    const total = heat.inherent.flat().reduce((n: number, c: { count: number }) => n + c.count, 0);
    expect(total).toBe(items.length);
  });

  it('walks an acceptance from request to decision, refusing self-approval and too long periods', async () => {
    const asset = (await api.get(`/api/assets?q=${encodeURIComponent('Orosanmälningar')}`)).body.items[0];
    const created = await api.post('/api/risks', {
      scenario: { scope: { kind: 'asset', id: asset.id }, title: 'Felskickad orosanmälan', threat: 'Felaktig mottagare', vulnerability: 'Manuell e-post', inherent: { likelihood: 2, consequence: 3 } },
      treatment: { strategy: 'accept', measures: [] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const outside = await api.post('/api/risks', { scenario: { scope: { kind: 'asset', id: asset.id }, title: 'x', inherent: { likelihood: 9, consequence: 1 } } });
    expect(outside.status).toBe(400);

    const id = created.body.id;
    const tooShort = await api.post(`/api/risks/${id}/acceptances`, { justification: 'för kort', expiresOn: '2027-06-30' });
    expect(tooShort.status).toBe(400);
    const requested = await api.post(`/api/risks/${id}/acceptances`, { justification: 'Kostnaden för åtgärder överstiger nyttan under 2027.', expiresOn: '2027-06-30' });
    expect(requested.status).toBe(200);
    expect(requested.body.state).toBe('submitted');

    const self = await api.post(`/api/risks/${id}/acceptances/${requested.body.id}/accept`, {});
    expect(self.status).toBe(400);
    const accepted = await owner.post(`/api/risks/${id}/acceptances/${requested.body.id}/accept`, { comment: 'Godkänt av socialchefen' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.state).toBe('accepted');
    expect(accepted.body.approver).toBe('token:ägare SOC');
    const again = await owner.post(`/api/risks/${id}/acceptances/${requested.body.id}/accept`, {});
    expect(again.status).toBe(409);
    const revoked = await api.post(`/api/risks/${id}/acceptances/${requested.body.id}/revoke`, { comment: 'Ny hotbild efter incident' });
    expect(revoked.body.state).toBe('revoked');
  });

  it('keeps another department\'s editor out and lets an owner only decide', async () => {
    const deps = (await api.get('/api/departments')).body.items;
    const soc = deps.find((d: { code: string }) => d.code === 'SOC');
    const editor = new ApiClient(app.url, (await api.post('/api/tokens', { name: 'redaktör SOC', role: 'editor', departmentIds: [soc.id] })).body.token);
    const asset = (await api.get(`/api/assets?q=${encodeURIComponent('Bygglov')}`)).body.items[0];
    expect((await owner.post('/api/risks', { scenario: { scope: { kind: 'asset', id: asset.id }, title: 'x', inherent: { likelihood: 1, consequence: 1 } } })).status).toBe(403);
    const res = await editor.post('/api/risks', { scenario: { scope: { kind: 'asset', id: asset.id }, title: 'x', inherent: { likelihood: 1, consequence: 1 } } });
    expect(res.status).toBe(404);
  });
});
