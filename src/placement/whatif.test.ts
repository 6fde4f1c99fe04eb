import { describe, expect, it } from 'vitest';
import { whatIf } from './whatif.js';
import { loadShippedRuleSet } from './shipped.js';
import { makeAsset, makeService, usSuite } from './testing.js';

const cautious = loadShippedRuleSet('cautious');
const balanced = loadShippedRuleSet('balanced');
const rakt = { osl: [{ ref: '39:3', harmTest: 'rakt' as const }] };
const assets = [
  makeAsset({ id: 'hr-files', departmentId: 'HR', levels: { K: 2 }, legal: { ...rakt, identityNumbers: true } }),
  makeAsset({ id: 'tenders', departmentId: 'UPH', levels: { K: 1 }, legal: { osl: [{ ref: '19:3', harmTest: 'rakt' }] } }),
  makeAsset({ id: 'case-files', departmentId: 'SOC', levels: { K: 3 }, legal: { osl: [{ ref: '26:1', harmTest: 'omvant' }] } }),
  makeAsset({ id: 'minutes', departmentId: 'KS', levels: { K: 0 } }),
];
const services = [usSuite({ id: 'm365' }), usSuite({ id: 'zoom' }), makeService({ id: 'dc' })];

describe('what-if cautious → balanced', () => {
  it('groups assets of the same department and profile into one change set', () => {
    const twins = [...assets, makeAsset({ id: 'hr-files-2', departmentId: 'HR', levels: { K: 2 }, legal: { ...rakt, identityNumbers: true } })];
    const r = whatIf(twins, services, cautious, balanced);
    const hrM365 = r.groups.find((g) => g.departmentId === 'HR' && g.serviceId === 'm365')!;
    expect(hrM365.sets).toHaveLength(1);
    expect(hrM365.sets[0]!.assetIds).toEqual(['hr-files', 'hr-files-2']);
    expect(hrM365.count).toBe(2);
    expect(hrM365.changes.map((c) => c.assetId)).toEqual(['hr-files', 'hr-files-2']);
    expect(r.verdictChanges).toBe(6);
  });

  it('lists exactly the R5 pairs, grouped by department and service', () => {
    const r = whatIf(assets, services, cautious, balanced);
    expect(r.scope).toBe('all_pairs');
    expect(r.pairsCompared).toBe(12);
    expect(r.verdictChanges).toBe(4);
    expect(r.transitions).toEqual({ 'needs_legal_review→allowed_with_conditions': 4 });
    expect(r.groups.map((g) => [g.departmentId, g.serviceId, g.changes.map((c) => c.assetId)])).toEqual([
      ['HR', 'm365', ['hr-files']],
      ['HR', 'zoom', ['hr-files']],
      ['UPH', 'm365', ['tenders']],
      ['UPH', 'zoom', ['tenders']],
    ]);
    expect(r.groups[0]).toMatchObject({ count: 1, sets: [{ assetIds: ['hr-files'], placed: false }] });
    const change = r.groups[0]!.changes[0]!;
    expect(change.from.firedRules).toContain('R5');
    expect(change.to.conditions.map((c) => c.id)).toContain('osl-10-2a-standard-assessment');
    expect(change).toMatchObject({ placed: false, conditionsOnly: false });
    expect(r.from).toEqual({ id: 'cautious', version: '1.1.0' });
    expect(r.to).toEqual({ id: 'balanced', version: '1.1.0' });
  });

  it('over placements compares only placed pairs', () => {
    const placements = [{ assetId: 'hr-files', serviceId: 'm365' }, { assetId: 'case-files', serviceId: 'm365' }, { assetId: 'hr-files', serviceId: 'dc' }];
    const r = whatIf(assets, services, cautious, balanced, { placements });
    expect(r.scope).toBe('placements');
    expect(r.pairsCompared).toBe(3);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.changes[0]).toMatchObject({ assetId: 'hr-files', serviceId: 'm365', placed: true });
  });

  it('finds no change between a rule set and itself, and counts without listing on request', () => {
    expect(whatIf(assets, services, cautious, cautious).verdictChanges).toBe(0);
    const counts = whatIf(assets, services, cautious, balanced, { listChanges: false });
    expect(counts.verdictChanges).toBe(4);
    expect(counts.groups).toEqual([]);
  });

  it('reports condition-only changes apart from verdict changes', () => {
    const edited = structuredClone(cautious);
    const r7 = edited.rules.find((r) => r.id === 'R7');
    if (r7?.kind !== 'verdict') throw new Error('R7');
    r7.conditions.push({ id: 'yearly-audit', text: { sv: 'Årlig revision.', en: 'Yearly audit.' } });
    const r = whatIf(assets, services, cautious, edited);
    expect(r.verdictChanges).toBe(0);
    expect(r.conditionOnlyChanges).toBe(3); // every OSL asset in the own data centre
    expect(whatIf(assets, services, cautious, edited, { includeConditionChanges: false }).groups).toEqual([]);
  });
});
