// Every route of the API, derived from /api/openapi.json, against every kind of caller: the
// expected outcome is data (route-matrix.data.ts), and a route without a row fails the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../helpers/client.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { CALLERS, type Caller, MATRIX, expectedFor } from './route-matrix.data.js';

type Ids = Record<string, string>;

function outcomeOf(status: number): string {
  if (status === 401) return 'U';
  if (status === 403) return 'D';
  if (status === 404) return 'H';
  return 'O';
}

/** A request body that passes validation where the caller may act, so the handler's scope checks run. */
function bodyFor(key: string, ids: Ids, n: number): unknown {
  switch (key) {
    case 'POST /api/assets':
      return { departmentId: ids.soc, name: `Matrisprov ${n}` };
    case 'PATCH /api/assets/{id}':
      return { version: 1, purpose: 'Ändrad av matristestet' };
    case 'PATCH /api/departments/{id}':
      return { description: 'Ändrad av matristestet' };
    case 'POST /api/departments':
      return { code: `MX${n}`, name: `Matrisförvaltning ${n}`, kind: 'enhet' };
    case 'POST /api/workshops':
      return { departmentId: ids.soc, title: `Matris ${n}`, heldOn: '2026-11-28', participants: ['Socialchef'] };
    case 'POST /api/workshops/{id}/items':
      return { decision: 'added', asset: { name: `Workshopprov ${n}` } };
    case 'POST /api/workshops/{id}/status':
      return { status: 'open' };
    case 'POST /api/tokens':
      return { name: `matris ${n}`, role: 'reader', departmentIds: [ids.soc] };
    case 'POST /api/access/users':
      return { username: `matris${n}`, role: 'reader', departmentIds: [ids.soc], password: 'Matris-lösenord-2026!' };
    case 'PATCH /api/access/users/{id}':
      return { displayName: `Matrisanvändare ${n}` };
    case 'POST /api/access/users/{id}/password':
      return { password: `Nytt-matrislösenord-${n}!` };
    case 'POST /api/services':
      return { name: `Matristjänst ${n}` };
    case 'PUT /api/services/{id}':
      return { name: `Matristjänst ${n}`, version: 1 };
    case 'POST /api/placements':
      return { assetId: ids.socAsset, serviceId: ids.service };
    case 'POST /api/placement/whatif':
      return { from: 'cautious', to: 'balanced' };
    case 'POST /api/placement/decisions':
      return { assetId: ids.socAsset, serviceId: ids.service, decision: 'confirmed' };
    case 'POST /api/rulesets/active':
      return { id: ids.activeRuleSet };
    case 'POST /api/risks':
      return { scenario: { scope: { kind: 'asset', id: ids.socAsset }, title: `Matrisrisk ${n}`, inherent: { likelihood: 2, consequence: 2 } } };
    case 'PUT /api/risks/{id}':
      return { version: 1, scenario: { scope: { kind: 'asset', id: ids.socAsset }, title: `Matrisrisk ${n}`, inherent: { likelihood: 2, consequence: 3 } } };
    case 'POST /api/risks/{id}/acceptances':
      return { justification: 'Matristestet begär acceptans', expiresOn: '2027-06-30' };
    case 'PUT /api/access/mfa-policy':
      return { requiredRoles: ['admin', 'security_officer'], graceHours: 72 };
    default:
      return {};
  }
}

describe('route matrix: every route against every kind of caller', () => {
  let app: TestApp;
  let admin: ApiClient;
  const callers = {} as Record<Caller, ApiClient>;
  const ids: Ids = {};
  let counter = 0;

  async function freshAsset(): Promise<string> {
    const a = await admin.post('/api/assets', { departmentId: ids.soc, name: `Arkiveras ${++counter}` });
    return a.body.id;
  }
  async function freshService(): Promise<string> {
    return (await admin.post('/api/services', { name: `Tas bort ${++counter}` })).body.id;
  }
  async function freshPlacement(): Promise<string> {
    return (await admin.post('/api/placements', { assetId: ids.socAsset, serviceId: await freshService() })).body.id;
  }
  async function freshToken(): Promise<string> {
    return (await admin.post('/api/tokens', { name: `återkallas ${++counter}`, role: 'reader' })).body.info.id;
  }

  /** Path parameters: real ids in SOC; destructive routes get a fresh target per call. */
  async function pathFor(key: string, template: string): Promise<string> {
    let id = ids.socAsset!;
    if (template.startsWith('/api/departments/')) id = ids.soc!;
    else if (template.startsWith('/api/workshops/')) id = ids.socWorkshop!;
    else if (template.startsWith('/api/tokens/')) id = await freshToken();
    else if (template.startsWith('/api/access/users/')) id = ids.scratchUser!;
    else if (template.startsWith('/api/services/')) id = key.startsWith('DELETE') ? await freshService() : ids.service!;
    else if (template.startsWith('/api/placements/')) id = await freshPlacement();
    else if (template.startsWith('/api/rulesets/')) id = ids.activeRuleSet!;
    else if (template.startsWith('/api/risks/')) id = ids.socRisk!;
    else if (key === 'DELETE /api/assets/{id}') id = await freshAsset();
    const path = template
      .replace('{id}', id)
      .replace('{cid}', ids.socClassification!)
      .replace('{aid}', ids.socAcceptance!)
      .replace('{action}', 'accept');
    return key === 'GET /api/assets/{id}/diff' ? `${path}?from=1&to=1` : path;
  }

  beforeAll(async () => {
    app = await startTestApp();
    admin = await ApiClient.login(app.url, app.adminUser, app.adminPassword);
    const deps = (await admin.get('/api/departments')).body.items as { id: string; code: string }[];
    ids.soc = deps.find((d) => d.code === 'SOC')!.id;
    ids.utb = deps.find((d) => d.code === 'UTB')!.id;
    ids.socAsset = (await admin.get(`/api/assets?departmentId=${ids.soc}&pageSize=1`)).body.items[0].id;
    const draft = await admin.post(`/api/assets/${ids.socAsset}/classifications`, {});
    ids.socClassification = draft.body.id ?? (await admin.get(`/api/assets/${ids.socAsset}/classifications`)).body.items[0].id;
    ids.socWorkshop = (await admin.post('/api/workshops', { departmentId: ids.soc, title: 'Matris', heldOn: '2026-11-28', participants: [] })).body.id;
    ids.service = await freshService();
    ids.activeRuleSet = (await admin.get('/api/rulesets')).body.active;
    const risk = await admin.post('/api/risks', bodyFor('POST /api/risks', ids, 0));
    ids.socRisk = risk.body.id ?? '00000000-0000-4000-8000-000000000000';
    const acceptance = await admin.post(`/api/risks/${ids.socRisk}/acceptances`, bodyFor('POST /api/risks/{id}/acceptances', ids, 0));
    ids.socAcceptance = acceptance.body.id ?? '00000000-0000-4000-8000-000000000000';
    const scratch = await admin.post('/api/access/users', { username: 'matrisfall', role: 'reader', departmentIds: [ids.soc], password: 'Matris-lösenord-2026!' });
    ids.scratchUser = scratch.body.id ?? '00000000-0000-4000-8000-000000000000';

    const token = async (role: string, departmentIds: string[] | null) =>
      (await admin.post('/api/tokens', { name: `matris-${role}`, role, departmentIds })).body.token as string;
    callers.anonymous = new ApiClient(app.url);
    callers.readerOther = new ApiClient(app.url, await token('reader', [ids.utb]));
    callers.editorOwn = new ApiClient(app.url, await token('editor', [ids.soc]));
    callers.auditor = new ApiClient(app.url, await token('auditor', null));
    callers.admin = new ApiClient(app.url, await token('admin', null));
  });
  afterAll(() => app?.stop());

  it('has a row for every route in the OpenAPI document, and each caller gets what the row says', async () => {
    const spec = (await admin.get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(spec.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes.length).toBeGreaterThan(20);

    const missing = routes.filter((r) => !(r in MATRIX));
    expect(missing, 'routes without a row in test/security/route-matrix.data.ts').toEqual([]);

    const mismatches: string[] = [];
    for (const key of routes) {
      const [method, template] = key.split(' ') as [string, string];
      for (const caller of CALLERS) {
        const path = await pathFor(key, template);
        const body = method === 'GET' || method === 'DELETE' ? undefined : bodyFor(key, ids, ++counter);
        const res = await callers[caller].request(method, path, body);
        expect(res.status, `${key} as ${caller}: no server errors`).toBeLessThan(500);
        const want = expectedFor(MATRIX[key]!, caller);
        const got = outcomeOf(res.status);
        if (got !== want) mismatches.push(`${key} as ${caller}: expected ${want}, got ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 180_000);

  it('filters lists to the departments the caller may see', async () => {
    const assets = (await callers.readerOther.get('/api/assets?pageSize=200')).body.items as { departmentId: string }[];
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.every((a) => a.departmentId === ids.utb)).toBe(true);
    const deps = (await callers.readerOther.get('/api/departments')).body.items as { id: string }[];
    expect(deps.map((d) => d.id)).toEqual([ids.utb]);
    const workshops = (await callers.readerOther.get('/api/workshops')).body.items as unknown[];
    expect(workshops).toEqual([]);
    const editorAssets = (await callers.editorOwn.get('/api/assets?pageSize=200')).body.items as { departmentId: string }[];
    expect(editorAssets.every((a) => a.departmentId === ids.soc)).toBe(true);
  });

  it('does not let an editor move an asset into a department it does not edit', async () => {
    const { version } = (await admin.get(`/api/assets/${ids.socAsset}`)).body;
    const res = await callers.editorOwn.patch(`/api/assets/${ids.socAsset}`, { version, departmentId: ids.utb });
    expect(res.status).toBe(403);
    const asset = (await admin.get(`/api/assets/${ids.socAsset}`)).body;
    expect(asset.departmentId).toBe(ids.soc);
  });
});
