// Semantics of the engine: precedence, accumulation, R12 raising, fail-closed R0, escalations.
import { describe, expect, it } from 'vitest';
import { createEvaluator, evaluatePlacement } from './evaluate.js';
import { loadShippedRuleSet } from './shipped.js';
import { encryptedUsStorage, makeAsset, makeService, usSuite } from './testing.js';

const cautious = loadShippedRuleSet('cautious');
const secret = { osl: [{ ref: '26:1', harmTest: 'omvant' as const }] };

describe('precedence: the strictest verdict wins', () => {
  it('not allowed beats needs review and allowed with conditions', () => {
    const asset = makeAsset({ levels: { K: 3, R: 3, T: 3 }, legal: { ...secret, gdprArt9: ['health'] } });
    const r = evaluatePlacement(asset, usSuite({ offlineFallback: 'yes' }), cautious);
    expect(r.firedRules).toEqual(['R4', 'R8', 'R10', 'R11']);
    expect(r.verdict).toBe('not_allowed');
  });

  it('needs review beats allowed with conditions', () => {
    const r = evaluatePlacement(makeAsset({ levels: { K: 4 }, legal: secret }), makeService(), cautious);
    expect(r.firedRules).toEqual(['R2', 'R7']);
    expect(r.verdict).toBe('needs_legal_review');
  });

  it('allowed only when nothing stricter fires', () => {
    expect(evaluatePlacement(makeAsset({ levels: { K: 0 } }), usSuite(), cautious).verdict).toBe('allowed');
    expect(evaluatePlacement(makeAsset({ levels: { K: 0, R: 3 } }), usSuite(), cautious).verdict).toBe('allowed_with_conditions');
  });
});

describe('conditions accumulate', () => {
  it('lists the conditions of every fired rule, each id once, with the rule that asked for it', () => {
    const asset = makeAsset({ levels: { K: 3, R: 3, T: 3 }, legal: secret });
    const own = makeService({ keyControl: 'customer_hsm_eu', processing: 'storage_only' });
    const r = evaluatePlacement(asset, own, cautious);
    expect(r.firedRules).toEqual(['R6', 'R7', 'R10', 'R11']);
    const ids = r.conditions.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['keys-in-municipal-hsm', 'osl-10-2a-record', 'exit-plan', 'tested-restore', 'immutable-backup']));
    expect(ids.filter((id) => id === 'osl-10-2a-record')).toHaveLength(1);
    expect(r.conditions.find((c) => c.id === 'osl-10-2a-record')?.ruleId).toBe('R6');
    expect(r.conditions.every((c) => c.sv.length > 0 && c.en.length > 0)).toBe(true);
  });

  it('R10 escalates to review without an offline fallback and adds its condition', () => {
    const asset = makeAsset({ levels: { T: 3 } });
    const without = evaluatePlacement(asset, makeService({ offlineFallback: 'no' }), cautious);
    expect(without.verdict).toBe('needs_legal_review');
    expect(without.firedRules).toEqual(['R10', 'R13']);
    expect(without.conditions.map((c) => c.id)).toContain('offline-fallback');
    expect(without.reasons.filter((x) => x.ruleId === 'R10')).toHaveLength(2);
    const withFallback = evaluatePlacement(asset, makeService({ offlineFallback: 'yes' }), cautious);
    expect(withFallback.verdict).toBe('allowed_with_conditions');
    expect(withFallback.conditions.map((c) => c.id)).not.toContain('offline-fallback');
  });
});

describe('R12 aggregation raises K before the other rules', () => {
  it('moves a K = 2 register from R5 (review) to R4 (not allowed) in an exposed service', () => {
    const single = evaluatePlacement(makeAsset({ levels: { K: 2 } }), usSuite(), cautious);
    expect(single.firedRules).toContain('R5');
    const register = evaluatePlacement(makeAsset({ levels: { K: 2 }, legal: { aggregated: true } }), usSuite(), cautious);
    expect(register.firedRules).toEqual(['R4', 'R12']);
    expect(register.verdict).toBe('not_allowed');
  });

  it('raises K = 3 to 4 (R2) and stops at 4', () => {
    const r3 = evaluatePlacement(makeAsset({ levels: { K: 3 }, legal: { aggregated: true } }), makeService(), cautious);
    expect(r3.firedRules).toContain('R2');
    const r4 = evaluatePlacement(makeAsset({ levels: { K: 4 }, legal: { aggregated: true } }), makeService(), cautious);
    expect(r4.firedRules).toEqual(['R2', 'R12', 'R14']);
  });

  it('lifts K = 1 out of the baseline', () => {
    const r = evaluatePlacement(makeAsset({ levels: { K: 1 }, legal: { aggregated: true } }), makeService(), cautious);
    expect(r.firedRules).not.toContain('R13');
    expect(r.firedRules).toContain('R14');
  });
});

describe('unknown facts fail closed (R0)', () => {
  it('names the unknown service facts in the reason', () => {
    const asset = makeAsset({ levels: { K: 3 }, legal: secret });
    const r = evaluatePlacement(asset, makeService({ thirdCountrySubProcessors: 'unknown', keyControl: 'unknown', processing: 'unknown' }), cautious);
    expect(r.verdict).toBe('needs_legal_review');
    expect(r.firedRules).toEqual(['R0']);
    expect(r.unknownFacts).toEqual(['service.keyControl', 'service.processing', 'service.thirdCountrySubProcessors']);
    const reason = r.reasons.find((x) => x.ruleId === 'R0')!;
    expect(reason.sv).toContain('underbiträden i tredje land');
    expect(reason.sv).toContain('nyckelkontroll');
    expect(reason.en).toContain('third-country sub-processors');
    expect(reason.sv).not.toContain('{facts}');
  });

  it('treats an unclassified asset as unknown levels', () => {
    const r = evaluatePlacement(makeAsset({ levels: null }), usSuite(), cautious);
    expect(r.firedRules).toContain('R0');
    expect(r.unknownFacts).toContain('asset.levels.K');
  });

  it('does not fire when a known fact already gives the strictest verdict', () => {
    const asset = makeAsset({ levels: { K: 3 }, legal: { securityClass: 'hemlig' } });
    const r = evaluatePlacement(asset, makeService({ ownerJurisdiction: 'unknown' }), cautious);
    expect(r.verdict).toBe('not_allowed');
    expect(r.firedRules).not.toContain('R0');
  });

  it('does not fire when the unknown fact cannot change the verdict', () => {
    // US owner makes the service exposed whatever the sub-processors are.
    const r = evaluatePlacement(makeAsset({ levels: { K: 3 }, legal: secret }), usSuite({ thirdCountrySubProcessors: 'unknown' }), cautious);
    expect(r.firedRules).toEqual(['R4']);
    expect(r.unknownFacts).toEqual([]);
  });

  it('fires on an unknown offline fallback for T ≥ 3', () => {
    const r = evaluatePlacement(makeAsset({ levels: { T: 3 } }), makeService({ offlineFallback: 'unknown' }), cautious);
    expect(r.firedRules).toEqual(['R0', 'R10', 'R13']);
    expect(r.unknownFacts).toEqual(['service.offlineFallback']);
  });
});

describe('evaluator', () => {
  it('gives pairs with the same fact profile the same result and stamps the rule-set version', () => {
    const assets = [makeAsset({ id: 'a1', levels: { K: 3 }, legal: secret }), makeAsset({ id: 'a2', levels: { K: 3 }, legal: secret })];
    const services = [usSuite({ id: 's1' }), usSuite({ id: 's2' }), encryptedUsStorage({ id: 's3' })];
    const ev = createEvaluator(cautious, assets, services);
    expect(ev.evaluate(0, 0)).toBe(ev.evaluate(1, 1));
    expect(ev.evaluate(0, 2).verdict).toBe('allowed_with_conditions');
    expect(ev.stats()).toEqual({ assetProfiles: 1, serviceProfiles: 2, evaluatedCombinations: 2 });
    expect(ev.evaluate(0, 0)).toMatchObject({ ruleSetId: 'cautious', ruleSetVersion: '1.1.0' });
  });
});
