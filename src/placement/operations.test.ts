import { describe, expect, it } from 'vitest';
import { effectiveServiceClass, evaluateAll, rankServicesFor } from './operations.js';
import { loadShippedRuleSet } from './shipped.js';
import { encryptedUsStorage, makeAsset, makeService, usSuite } from './testing.js';

const cautious = loadShippedRuleSet('cautious');
const secret = { osl: [{ ref: '26:1', harmTest: 'omvant' as const }] };
const social = makeAsset({ id: 'soc', departmentId: 'SOC', levels: { K: 3, R: 3, T: 2 }, legal: { ...secret, gdprArt9: ['health'] } });
const minutes = makeAsset({ id: 'min', departmentId: 'KS', levels: { K: 0, R: 2, T: 2 } });
const hr = makeAsset({ id: 'hr', departmentId: 'HR', levels: { K: 2 }, legal: { osl: [{ ref: '39:3', harmTest: 'rakt' }], identityNumbers: true } });
const services = [usSuite({ id: 'm365', name: 'Office' }), makeService({ id: 'dc', name: 'Eget datacenter' }), encryptedUsStorage({ id: 'vault', name: 'Krypterad lagring' })];

describe('evaluateAll', () => {
  it('finds what is placed where it is not allowed or needs review, strictest first', () => {
    const placements = [
      { assetId: 'min', serviceId: 'm365' },
      { assetId: 'hr', serviceId: 'm365' },
      { assetId: 'soc', serviceId: 'm365', purpose: 'anteckningar' },
      { assetId: 'soc', serviceId: 'dc' },
      { assetId: 'ghost', serviceId: 'dc' },
    ];
    const r = evaluateAll([social, minutes, hr], services, placements, cautious);
    expect(r.violations.map((v) => [v.assetId, v.serviceId, v.kind])).toEqual([
      ['soc', 'm365', 'not_allowed'],
      ['hr', 'm365', 'needs_review'],
    ]);
    expect(r.violations[0]).toMatchObject({ departmentId: 'SOC', purpose: 'anteckningar' });
    expect(r.counts).toEqual({ allowed: 1, allowed_with_conditions: 1, needs_legal_review: 1, not_allowed: 1 });
    expect(r.dangling).toEqual([{ assetId: 'ghost', serviceId: 'dc' }]);
    expect(r.ruleSetVersion).toBe('1.1.0');
  });
});

describe('rankServicesFor', () => {
  it('ranks services for planning, the most permissive first', () => {
    const ranked = rankServicesFor(social, services, cautious);
    expect(ranked.map((r) => [r.serviceId, r.result.verdict])).toEqual([
      ['dc', 'allowed_with_conditions'],
      ['vault', 'needs_legal_review'],
      ['m365', 'not_allowed'],
    ]);
  });
});

describe('effectiveServiceClass', () => {
  it('is the maximum per aspect, with aggregated assets one K level higher', () => {
    const register = makeAsset({ id: 'reg', levels: { K: 2, R: 1, T: 3, S: 1 }, legal: { aggregated: true } });
    const c = effectiveServiceClass({ id: 'dc' }, [social, register, minutes, makeAsset({ id: 'new', levels: null })]);
    expect(c.levels).toEqual({ K: 3, R: 3, T: 3, S: 1 });
    expect(c.drivers.K.sort()).toEqual(['reg', 'soc']);
    expect(c.raisedForAggregation).toBe(false);
    expect(c.unclassifiedAssetIds).toEqual(['new']);
    expect(c.assetCount).toBe(4);
  });

  it('reports when aggregation raised the class', () => {
    const register = makeAsset({ id: 'reg', levels: { K: 3 }, legal: { aggregated: true } });
    const c = effectiveServiceClass({ id: 'x' }, [register, minutes]);
    expect(c.levels.K).toBe(4);
    expect(c.raisedForAggregation).toBe(true);
  });

  it('is empty for an empty service', () => {
    expect(effectiveServiceClass({ id: 'x' }, []).levels).toEqual({ K: null, R: null, T: null, S: null });
  });
});
