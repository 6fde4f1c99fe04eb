// Services, placements, verdicts, what-if and decisions through the HTTP API on the demo municipality.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ApiClient } from '../helpers/client.js';

describe('placement decisions API', () => {
  let app: TestApp;
  let api: ApiClient;
  beforeAll(async () => {
    app = await startTestApp();
    api = await ApiClient.login(app.url, app.adminUser, app.adminPassword);
  });
  afterAll(() => app?.stop());

  it('shows from the first start that secret information sits in the US-owned office suite', async () => {
    const o = (await api.get('/api/placement/overview')).body;
    expect(o.ruleSet.id).toBe('cautious');
    const sick = o.violations.find((v: any) => v.asset.name === 'Personregister för sjukintyg');
    expect(sick.service.name).toBe('Microsoft 365 (kommunens tenant)');
    expect(sick.result.verdict).toBe('not_allowed');
    expect(sick.result.firedRules).toContain('R4');
    expect(sick.result.reasons[0].sv.length).toBeGreaterThan(10);
    // The security-protection analysis in the own data centre needs the security officer's assessment (R2), not R1.
    const analysis = o.placements.find((p: any) => p.asset.name === 'Säkerhetsskyddsanalys');
    expect(analysis.result.firedRules).toContain('R2');
    expect(analysis.result.firedRules).not.toContain('R1');
    const m365 = o.services.find((s: any) => s.name === 'Microsoft 365 (kommunens tenant)');
    expect(m365.effectiveClass.levels.K).toBeGreaterThanOrEqual(3);
  });

  it('ranks where an asset may go and registers a service with unknown facts (fail closed)', async () => {
    const asset = (await api.get(`/api/assets?q=${encodeURIComponent('Orosanmälningar')}`)).body.items[0];
    const options = (await api.get(`/api/assets/${asset.id}/placement-options`)).body.items;
    expect(options[0].result.verdict).not.toBe('not_allowed');
    expect(options.at(-1).result.verdict).toBe('not_allowed');

    const created = await api.post('/api/services', { name: 'Okänd SaaS', ownerJurisdiction: 'unknown' });
    expect(created.status).toBe(200);
    const placed = await api.post('/api/placements', { assetId: asset.id, serviceId: created.body.id, purpose: 'Test' });
    expect(placed.status).toBe(200);
    expect(placed.body.result.verdict).toBe('needs_legal_review');
    expect(placed.body.result.firedRules).toContain('R0');
    expect((await api.post('/api/placements', { assetId: asset.id, serviceId: created.body.id })).status).toBe(409);
  });

  it('lists every verdict that changes between the cautious and the balanced rule set', async () => {
    const w = (await api.post('/api/placement/whatif', { from: 'cautious', to: 'balanced', scope: 'all_pairs' })).body;
    expect(w.from.id).toBe('cautious');
    expect(w.to.id).toBe('balanced');
    expect(w.verdictChanges).toBeGreaterThan(0);
    const change = w.changes.find((c: any) => !c.conditionsOnly);
    expect(change.from.verdict).toBe('needs_legal_review');
    expect(change.to.verdict).toBe('allowed_with_conditions');
  });

  it('records decisions with the rule-set version and flags them when the basis changes', async () => {
    const o = (await api.get('/api/placement/overview')).body;
    const p = o.placements.find((x: any) => x.asset.name === 'Mötesprotokoll kommunstyrelsen');
    expect(p.result.verdict).not.toBe('not_allowed');
    const decided = await api.post('/api/placement/decisions', { assetId: p.asset.id, serviceId: p.service.id, decision: 'confirmed' });
    expect(decided.status).toBe(200);
    expect(decided.body.rule_set_version).toBe(o.ruleSet.version);
    expect(decided.body.evaluated_verdict).toBe(p.result.verdict);

    const noReason = await api.post('/api/placement/decisions', { assetId: p.asset.id, serviceId: p.service.id, decision: 'overridden', verdict: 'allowed', reason: 'nej' });
    expect(noReason.status).toBe(400);

    // The map changes: the minutes get a secret annex under strict secrecy in the US-owned service. The decision is flagged, not changed.
    const asset = (await api.get(`/api/assets/${p.asset.id}`)).body;
    await api.patch(`/api/assets/${asset.id}`, { version: asset.version, legal: { ...asset.legal, osl: [{ ref: '26:1', harmTest: 'omvant' }] } });
    const after = (await api.get('/api/placement/overview')).body;
    const flagged = after.placements.find((x: any) => x.asset.name === 'Mötesprotokoll kommunstyrelsen');
    expect(flagged.result.verdict).toBe('not_allowed');
    expect(flagged.decision.status).toBe('needs_review');
    expect(flagged.decision.flag_reason).toContain(flagged.result.verdict);
    // Stored, not only shown: the next read finds it flagged from the database; the flagging is audited once.
    const again = (await api.get('/api/placement/overview')).body.placements.find((x: any) => x.asset.name === 'Mötesprotokoll kommunstyrelsen');
    expect(again.decision).toMatchObject({ status: 'needs_review', flag_reason: flagged.decision.flag_reason });
    const audit = (await api.get('/api/audit?action=placement.decision.flagged')).body.items;
    expect(audit).toHaveLength(1);
    expect(audit[0].changes.decisions).toEqual([flagged.decision.id]);
  });

  it('rejects an invalid rule-set draft naming the problem, and saves a valid one', async () => {
    const bad = await api.post('/api/rulesets', { id: 'egen', name: { sv: 'x', en: 'x' } });
    expect(bad.status).toBe(400);
    const balanced = (await api.get('/api/rulesets/balanced')).body;
    const saved = await api.post('/api/rulesets', { ...balanced, id: 'exempelkommun-2027', version: '1.0.0' });
    expect(saved.status).toBe(200);
    const list = (await api.get('/api/rulesets')).body.items.map((r: any) => r.id);
    expect(list).toEqual(expect.arrayContaining(['cautious', 'balanced', 'exempelkommun-2027']));
  });
});
