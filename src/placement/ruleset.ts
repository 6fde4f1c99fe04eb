// The rule-set format: versioned JSON data, validated on load. Exported as a schema so that a
// municipality's own draft edited in the UI is checked by the same contract as the shipped sets.
import { z } from 'zod';
import { Verdict } from './model.js';
import { aspects, lookupFact } from './facts.js';

export const Text = z.object({ sv: z.string().min(1).max(2000), en: z.string().min(1).max(2000) });

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: string; in?: string[] }
  | { level: 'K' | 'R' | 'T' | 'S'; gte?: number; lte?: number; eq?: number };

const LevelValue = z.number().int().min(0).max(4);

/** The condition language: all / any / not over named facts and level comparisons. */
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
    z.strictObject({ fact: z.string().min(1).max(100), in: z.array(z.string().min(1)).min(1).optional() }),
    z.strictObject({ level: z.enum(aspects), gte: LevelValue.optional(), lte: LevelValue.optional(), eq: LevelValue.optional() }),
  ]),
);

const RuleId = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,39}$/, 'rule id: a letter, then letters, digits, _ . -');

export const RuleCondition = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,60}$/),
  text: Text,
});
export type RuleCondition = z.infer<typeof RuleCondition>;

const common = {
  id: RuleId,
  title: Text,
  reason: Text,
  /** Legal references and guidance the rule rests on, e.g. "OSL 10 kap. 2 a §". */
  basis: z.array(z.string().min(1).max(300)).default([]),
};

export const Escalation = z.strictObject({
  when: Condition,
  verdict: Verdict,
  reason: Text,
  conditions: z.array(RuleCondition).default([]),
});

/** A rule that gives a verdict (and conditions) when its condition holds. */
export const VerdictRule = z.strictObject({
  ...common,
  kind: z.literal('verdict'),
  when: Condition,
  verdict: Verdict,
  conditions: z.array(RuleCondition).default([]),
  /** Stricter verdicts when the rule fires and a further condition holds (e.g. R10 without offline fallback). */
  escalations: z.array(Escalation).default([]),
});

/** A rule that raises a level before the verdict rules run (R12: aggregation raises K). */
export const AdjustRule = z.strictObject({
  ...common,
  kind: z.literal('adjust'),
  when: Condition,
  raise: z.strictObject({ aspect: z.enum(aspects), by: z.number().int().min(1).max(4) }),
});

/** Fail closed (R0): fires when a fact that could make the verdict stricter is unknown. `{facts}` in the reason names them. */
export const UnknownFactsRule = z.strictObject({
  ...common,
  kind: z.literal('unknownFacts'),
  verdict: Verdict,
  conditions: z.array(RuleCondition).default([]),
});

export const Rule = z.discriminatedUnion('kind', [VerdictRule, AdjustRule, UnknownFactsRule]);
export type Rule = z.infer<typeof Rule>;
export type VerdictRule = z.infer<typeof VerdictRule>;
export type AdjustRule = z.infer<typeof AdjustRule>;
export type UnknownFactsRule = z.infer<typeof UnknownFactsRule>;

/** Applies when no rule decides the pair. */
export const Fallback = z.strictObject({
  id: RuleId,
  verdict: Verdict,
  reason: Text,
  conditions: z.array(RuleCondition).default([]),
  basis: z.array(z.string().min(1).max(300)).default([]),
});

export const RuleSet = z.strictObject({
  format: z.literal('infovakt-placement-rules'),
  formatVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'rule-set id: lower-case letters, digits and -'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version like 1.0.0'),
  status: z.enum(['published', 'draft']).default('draft'),
  name: Text,
  description: Text,
  basedOn: z.strictObject({ id: z.string(), version: z.string() }).optional(),
  publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  rules: z.array(Rule).min(1).max(200),
  fallback: Fallback,
});
export type RuleSet = z.infer<typeof RuleSet>;
export type RuleSetInput = z.input<typeof RuleSet>;

export interface RuleSetProblem {
  ruleId?: string;
  path: string;
  message: string;
}

export class RuleSetError extends Error {
  constructor(readonly problems: RuleSetProblem[]) {
    super(`Invalid rule set:\n${problems.map((p) => `${p.ruleId ? `rule ${p.ruleId}: ` : ''}${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'RuleSetError';
  }
}

export type RuleSetValidation = { success: true; ruleSet: RuleSet } | { success: false; problems: RuleSetProblem[] };

/** Validates shape (zod) and meaning (known facts, value names, unique ids). Never throws. */
export function validateRuleSet(json: unknown): RuleSetValidation {
  const parsed = RuleSet.safeParse(json);
  if (!parsed.success) {
    const rules = (json as { rules?: { id?: unknown }[] } | null)?.rules;
    return {
      success: false,
      problems: parsed.error.issues.map((i) => {
        const ruleIndex = i.path[0] === 'rules' && typeof i.path[1] === 'number' ? i.path[1] : undefined;
        const id = ruleIndex !== undefined && Array.isArray(rules) ? rules[ruleIndex]?.id : undefined;
        return { ...(typeof id === 'string' ? { ruleId: id } : {}), path: i.path.join('.') || '(root)', message: i.message };
      }),
    };
  }
  const problems = checkMeaning(parsed.data);
  return problems.length ? { success: false, problems } : { success: true, ruleSet: parsed.data };
}

export function parseRuleSet(json: unknown): RuleSet {
  const v = validateRuleSet(json);
  if (!v.success) throw new RuleSetError(v.problems);
  return v.ruleSet;
}

function checkMeaning(rs: RuleSet): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  const ids = new Set<string>();
  const conditionTexts = new Map<string, string>();
  const checkConditionIds = (ruleId: string, path: string, list: RuleCondition[]) =>
    list.forEach((c, i) => {
      const key = JSON.stringify(c.text);
      const seen = conditionTexts.get(c.id);
      if (seen !== undefined && seen !== key)
        problems.push({ ruleId, path: `${path}.${i}.id`, message: `condition id "${c.id}" is used with a different text elsewhere` });
      conditionTexts.set(c.id, key);
    });

  rs.rules.forEach((rule, i) => {
    const path = `rules.${i}`;
    if (ids.has(rule.id)) problems.push({ ruleId: rule.id, path: `${path}.id`, message: `duplicate rule id ${rule.id}` });
    ids.add(rule.id);
    if (rule.kind === 'verdict') {
      checkCondition(rule.when, `${path}.when`, rule.id, false, problems);
      checkConditionIds(rule.id, `${path}.conditions`, rule.conditions);
      rule.escalations.forEach((e, j) => {
        checkCondition(e.when, `${path}.escalations.${j}.when`, rule.id, false, problems);
        checkConditionIds(rule.id, `${path}.escalations.${j}.conditions`, e.conditions);
        if (e.verdict === rule.verdict) problems.push({ ruleId: rule.id, path: `${path}.escalations.${j}.verdict`, message: 'an escalation must change the verdict' });
      });
    } else if (rule.kind === 'adjust') {
      checkCondition(rule.when, `${path}.when`, rule.id, true, problems);
    } else {
      checkConditionIds(rule.id, `${path}.conditions`, rule.conditions);
    }
  });
  if (rs.rules.filter((r) => r.kind === 'unknownFacts').length > 1)
    problems.push({ path: 'rules', message: 'at most one rule of kind unknownFacts' });
  if (ids.has(rs.fallback.id)) problems.push({ ruleId: rs.fallback.id, path: 'fallback.id', message: `fallback id ${rs.fallback.id} is also a rule id` });
  checkConditionIds(rs.fallback.id, 'fallback.conditions', rs.fallback.conditions);
  return problems;
}

function checkCondition(c: Condition, path: string, ruleId: string, assetOnly: boolean, problems: RuleSetProblem[]): void {
  if ('all' in c) return c.all.forEach((x, i) => checkCondition(x, `${path}.all.${i}`, ruleId, assetOnly, problems));
  if ('any' in c) return c.any.forEach((x, i) => checkCondition(x, `${path}.any.${i}`, ruleId, assetOnly, problems));
  if ('not' in c) return checkCondition(c.not, `${path}.not`, ruleId, assetOnly, problems);
  if ('level' in c) {
    if (c.gte === undefined && c.lte === undefined && c.eq === undefined)
      problems.push({ ruleId, path, message: `level ${c.level} needs gte, lte or eq` });
    return;
  }
  const ref = lookupFact(c.fact);
  if (!ref) {
    problems.push({ ruleId, path: `${path}.fact`, message: `unknown fact "${c.fact}"` });
    return;
  }
  if (assetOnly && ref.scope !== 'asset')
    problems.push({ ruleId, path: `${path}.fact`, message: `an adjust rule may use asset facts only, not "${c.fact}"` });
  const fact = ref.fact;
  if (fact.type === 'boolean' && c.in)
    problems.push({ ruleId, path: `${path}.in`, message: `"${c.fact}" is true/false: use it without "in"` });
  if (fact.type === 'enum') {
    if (!c.in) problems.push({ ruleId, path, message: `"${c.fact}" has values (${fact.values.join(', ')}): use "in"` });
    else
      for (const v of c.in)
        if (!fact.values.includes(v))
          problems.push({ ruleId, path: `${path}.in`, message: `"${v}" is not a value of "${c.fact}" (${fact.values.join(', ')})` });
  }
}

/** JSON Schema of the rule-set format, for the UI editor and for documentation. */
export function ruleSetJsonSchema(): unknown {
  return z.toJSONSchema(RuleSet, { io: 'input', unrepresentable: 'any' });
}
