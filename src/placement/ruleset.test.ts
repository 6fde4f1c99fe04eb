import { describe, expect, it } from 'vitest';
import { parseRuleSet, ruleSetJsonSchema, RuleSetError, validateRuleSet, type RuleSetInput } from './ruleset.js';
import { compileRuleSet } from './compile.js';
import { evaluatePlacement } from './evaluate.js';
import { loadShippedRuleSet } from './shipped.js';
import { makeAsset, makeService } from './testing.js';

const draft = (): RuleSetInput => structuredClone(loadShippedRuleSet('cautious')) as RuleSetInput;

function problemsOf(json: unknown) {
  const v = validateRuleSet(json);
  if (v.success) throw new Error('expected problems');
  return v.problems;
}

describe('rule-set validation', () => {
  it('accepts both shipped rule sets', () => {
    expect(loadShippedRuleSet('cautious').rules.map((r) => r.id)).toEqual(['R0', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13', 'R14', 'R15']);
    expect(loadShippedRuleSet('balanced').basedOn).toEqual({ id: 'cautious', version: '1.1.0' });
  });

  it('names the rule that uses an unknown fact', () => {
    const rs = draft();
    const r4 = rs.rules.find((r) => r.id === 'R4')!;
    if (r4.kind !== 'verdict') throw new Error('R4 is a verdict rule');
    r4.when = { all: [{ fact: 'service.exposd' }] };
    const problems = problemsOf(rs);
    expect(problems).toEqual([{ ruleId: 'R4', path: expect.stringContaining('when.all.0.fact'), message: 'unknown fact "service.exposd"' }]);
    expect(() => parseRuleSet(rs)).toThrow(RuleSetError);
    expect(() => parseRuleSet(rs)).toThrow(/rule R4: .*unknown fact "service.exposd"/);
  });

  it('checks enum values and the use of "in"', () => {
    const rs = draft();
    rs.rules.push({
      id: 'M1', kind: 'verdict', title: { sv: 'x', en: 'x' }, reason: { sv: 'x', en: 'x' }, verdict: 'not_allowed',
      when: { all: [{ fact: 'service.ownerJurisdiction', in: ['usa'] }, { fact: 'service.exposed', in: ['yes'] }, { fact: 'asset.securityClass' }] },
    });
    const messages = problemsOf(rs).map((p) => `${p.ruleId}: ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^M1: "usa" is not a value of "service.ownerJurisdiction"/),
      'M1: "service.exposed" is true/false: use it without "in"',
      expect.stringMatching(/^M1: "asset.securityClass" has values/),
    ]);
  });

  it('rejects duplicate ids, service facts in adjust rules, and shape errors with the rule id', () => {
    const rs = draft();
    const r12 = rs.rules.find((r) => r.id === 'R12')!;
    if (r12.kind !== 'adjust') throw new Error('R12 is an adjust rule');
    r12.when = { fact: 'service.exposed' };
    rs.rules.push({ ...rs.rules[1]! });
    const messages = problemsOf(rs).map((p) => p.message);
    expect(messages).toContain('an adjust rule may use asset facts only, not "service.exposed"');
    expect(messages).toContain('duplicate rule id R1');

    const bad = draft() as { rules: { verdict?: string }[] };
    bad.rules[2]!.verdict = 'maybe';
    expect(problemsOf(bad)[0]).toMatchObject({ ruleId: 'R2', path: 'rules.2.verdict' });
  });

  it('a municipal draft is a rule set like the others', () => {
    const rs = draft();
    rs.id = 'kommunens-utkast';
    rs.status = 'draft';
    // The municipality chooses: protected identity never in an external service, whatever the encryption.
    rs.rules.push({
      id: 'K1', kind: 'verdict', title: { sv: 'Skyddad identitet endast i egen drift', en: 'Protected identity on premises only' },
      reason: { sv: 'Kommunens policy.', en: 'Municipal policy.' }, verdict: 'not_allowed',
      when: { all: [{ fact: 'asset.protectedIdentity' }, { not: { fact: 'service.ownerJurisdiction', in: ['eu_eea'] } }] },
    });
    const compiled = compileRuleSet(parseRuleSet(rs));
    const asset = makeAsset({ levels: { K: 1 }, legal: { protectedIdentity: true } });
    const r = evaluatePlacement(asset, makeService({ ownerJurisdiction: 'other', keyControl: 'customer_hsm_eu', processing: 'storage_only' }), compiled);
    expect(r).toMatchObject({ verdict: 'not_allowed', ruleSetId: 'kommunens-utkast' });
    expect(r.firedRules).toContain('K1');
  });

  it('exports a JSON schema for the UI editor', () => {
    const schema = ruleSetJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['rules', 'fallback', 'version']));
    expect(schema.required).toContain('rules');
  });
});
