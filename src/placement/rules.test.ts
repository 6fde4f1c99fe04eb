// Every rule id of both shipped rule sets: one case that makes it fire and one that must not.
import { describe, expect, it } from 'vitest';
import { evaluatePlacement } from './evaluate.js';
import type { PlacementAsset, Verdict } from './model.js';
import { loadShippedRuleSet, shippedRuleSetIds, type ShippedRuleSetId } from './shipped.js';
import { encryptedUsStorage, makeAsset, makeService, usSuite } from './testing.js';
import type { Service } from '../services/model.js';

interface Case {
  asset: PlacementAsset;
  service: Service;
  /** Expected verdict when the rule fires, per rule set (when the rule alone decides it). */
  verdict?: Verdict | Partial<Record<ShippedRuleSetId, Verdict>>;
}

const secret = { osl: [{ ref: '26:1', harmTest: 'omvant' as const }] };
const rakt = { osl: [{ ref: '39:3', harmTest: 'rakt' as const }] };

const cases: Record<string, { fires: Case; notFires: Case }> = {
  R0: {
    fires: { asset: makeAsset({ levels: { K: 2 }, legal: { personalData: true } }), service: makeService({ ownerJurisdiction: 'unknown' }), verdict: 'needs_legal_review' },
    notFires: { asset: makeAsset({ levels: { K: 2 }, legal: { personalData: true } }), service: makeService() },
  },
  R1: {
    fires: { asset: makeAsset({ legal: { securityClass: 'konfidentiell' } }), service: makeService(), verdict: 'not_allowed' },
    notFires: { asset: makeAsset({ legal: { securityClass: 'konfidentiell' } }), service: makeService({ deployment: 'on_premises' }) },
  },
  R2: {
    fires: { asset: makeAsset({ levels: { K: 4 } }), service: makeService(), verdict: 'needs_legal_review' },
    notFires: { asset: makeAsset({ levels: { K: 3 } }), service: makeService() },
  },
  R3: {
    fires: { asset: makeAsset({ levels: { K: 1 }, legal: { protectedIdentity: true } }), service: usSuite(), verdict: 'not_allowed' },
    notFires: { asset: makeAsset({ levels: { K: 1 }, legal: { protectedIdentity: true } }), service: encryptedUsStorage() },
  },
  R4: {
    fires: { asset: makeAsset({ levels: { K: 1 }, legal: secret }), service: usSuite(), verdict: 'not_allowed' },
    notFires: { asset: makeAsset({ levels: { K: 1 }, legal: secret }), service: makeService() },
  },
  R5: {
    fires: { asset: makeAsset({ levels: { K: 1 }, legal: rakt }), service: usSuite(), verdict: { cautious: 'needs_legal_review', balanced: 'allowed_with_conditions' } },
    notFires: { asset: makeAsset({ levels: { K: 1 }, legal: rakt }), service: encryptedUsStorage() },
  },
  R6: {
    fires: { asset: makeAsset({ levels: { K: 2 }, legal: secret }), service: encryptedUsStorage(), verdict: 'allowed_with_conditions' },
    notFires: { asset: makeAsset({ levels: { K: 2 }, legal: secret }), service: usSuite({ keyControl: 'byok', processing: 'clear_text' }) },
  },
  R7: {
    fires: { asset: makeAsset({ levels: { K: 3 }, legal: secret }), service: makeService(), verdict: 'allowed_with_conditions' },
    notFires: { asset: makeAsset({ levels: { K: 3 }, legal: secret }), service: makeService({ thirdCountrySubProcessors: 'yes' }) },
  },
  R8: {
    fires: { asset: makeAsset({ levels: { K: 1 }, legal: { gdprArt10: true } }), service: encryptedUsStorage(), verdict: 'needs_legal_review' },
    notFires: { asset: makeAsset({ levels: { K: 1 }, legal: { gdprArt9: ['health'] } }), service: makeService() },
  },
  R9: {
    fires: { asset: makeAsset({ levels: { K: 1 }, legal: { personalData: true } }), service: usSuite(), verdict: 'allowed_with_conditions' },
    notFires: { asset: makeAsset({ levels: { K: 1 }, legal: { personalData: true } }), service: usSuite({ dpfCertified: 'no' }) },
  },
  R10: {
    fires: { asset: makeAsset({ levels: { T: 3 } }), service: makeService(), verdict: 'allowed_with_conditions' },
    notFires: { asset: makeAsset({ levels: { T: 2 } }), service: makeService() },
  },
  R11: {
    fires: { asset: makeAsset({ levels: { R: 3 } }), service: makeService(), verdict: 'allowed_with_conditions' },
    notFires: { asset: makeAsset({ levels: { R: 2 } }), service: makeService() },
  },
  R12: {
    fires: { asset: makeAsset({ levels: { K: 2 }, legal: { aggregated: true } }), service: makeService() },
    notFires: { asset: makeAsset({ levels: { K: 2 } }), service: makeService() },
  },
  R13: {
    fires: { asset: makeAsset({ levels: { K: 1 } }), service: usSuite(), verdict: 'allowed' },
    notFires: { asset: makeAsset({ levels: { K: 1 }, legal: { personalData: true } }), service: usSuite() },
  },
  R14: {
    fires: { asset: makeAsset({ levels: { K: 1 }, legal: { identityNumbers: true } }), service: makeService(), verdict: 'allowed_with_conditions' },
    notFires: { asset: makeAsset({ levels: { K: 1 }, legal: { identityNumbers: true } }), service: usSuite() },
  },
  R15: {
    fires: { asset: makeAsset({ levels: { K: 1 }, legal: { personalData: true } }), service: makeService({ thirdCountrySubProcessors: 'yes' }), verdict: 'needs_legal_review' },
    notFires: { asset: makeAsset({ levels: { K: 1 }, legal: { personalData: true } }), service: usSuite() },
  },
  RX: {
    fires: { asset: makeAsset({ levels: { K: 2 } }), service: encryptedUsStorage(), verdict: 'needs_legal_review' },
    notFires: { asset: makeAsset({ levels: { K: 1 } }), service: encryptedUsStorage() },
  },
};

describe.each(shippedRuleSetIds)('rule set %s', (id) => {
  const ruleSet = loadShippedRuleSet(id);
  const ids = [...ruleSet.rules.map((r) => r.id), ruleSet.fallback.id];

  it('has a firing and a non-firing case for every rule id', () => {
    expect(ids.filter((r) => !(r in cases))).toEqual([]);
  });

  describe.each(ids)('%s', (ruleId) => {
    const c = cases[ruleId]!;
    it('fires', () => {
      const r = evaluatePlacement(c.fires.asset, c.fires.service, ruleSet);
      expect(r.firedRules).toContain(ruleId);
      expect(r.reasons.some((x) => x.ruleId === ruleId && x.sv.length > 0 && x.en.length > 0)).toBe(true);
      const expected = typeof c.fires.verdict === 'object' ? c.fires.verdict[id] : c.fires.verdict;
      if (expected) expect(r.verdict).toBe(expected);
    });
    it('does not fire', () => {
      const r = evaluatePlacement(c.notFires.asset, c.notFires.service, ruleSet);
      expect(r.firedRules).not.toContain(ruleId);
    });
  });
});

describe('security protection in the municipality\'s own environment', () => {
  it.each(shippedRuleSetIds)('%s: konfidentiell on premises needs the security officer\'s assessment instead of R1', (id) => {
    const r = evaluatePlacement(makeAsset({ legal: { securityClass: 'konfidentiell' } }), makeService({ deployment: 'on_premises' }), loadShippedRuleSet(id));
    expect(r.verdict).toBe('needs_legal_review');
    expect(r.firedRules).toContain('R2');
    expect(r.firedRules).not.toContain('R1');
  });
  it.each(shippedRuleSetIds)('%s: an unknown deployment keeps R1 undecided and fails closed', (id) => {
    const r = evaluatePlacement(makeAsset({ legal: { securityClass: 'hemlig' } }), makeService({ deployment: 'unknown' }), loadShippedRuleSet(id));
    expect(r.unknownFacts).toContain('service.deployment');
    expect(r.verdict).not.toBe('allowed');
  });
});
