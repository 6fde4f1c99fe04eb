// Compiles a validated rule set once into closures over prepared fact arrays, so that evaluating
// millions of pairs costs a few array reads per rule. Three-valued (Kleene) logic throughout.
import type { PlacementResult, Verdict } from './model.js';
import { verdictSeverity } from './model.js';
import type { Condition, RuleCondition, RuleSet } from './ruleset.js';
import { parseRuleSet } from './ruleset.js';
import * as facts from './facts.js';
import { aspects, assetFacts, lookupFact, type Tri } from './facts.js';

// Local copies: transpilers (tsx, bundlers) may turn imported bindings into getter calls, which
// showed up as a third of the time in the hot loop.
const FALSE = facts.FALSE;
const TRUE = facts.TRUE;
const UNKNOWN = facts.UNKNOWN;
const LEVEL_UNKNOWN = facts.LEVEL_UNKNOWN;

/** Prepared facts: asset codes are the asset facts, then the levels K, R, T, S (5 = unknown). */
export type Codes = Uint8Array;
export type Pred = (a: Codes, s: Codes) => Tri;

export const LEVEL_OFFSET = assetFacts.length;

/** A compiled condition keeps its tree, so R0 can say which leaves were unknown. */
export interface Node {
  pred: Pred;
  children: Node[];
  leaf?: { scope: 'asset' | 'service'; index: number; table?: Uint8Array };
}

export interface Clause {
  /** Position in the output order (rule order, escalations after their rule, fallback last). */
  seq: number;
  ruleId: string;
  verdict: Verdict;
  severity: number;
  reason: { sv: string; en: string };
  conditions: RuleCondition[];
}

export interface CompiledVerdictRule extends Clause {
  order: number;
  when: Node;
  escalations: (Clause & { when: Node })[];
  /** The strictest verdict this rule can give: what an undecided rule puts at stake. */
  maxSeverity: number;
}

export interface CompiledAdjustRule {
  ruleId: string;
  order: number;
  when: Node;
  levelIndex: number;
  by: number;
  reason: { sv: string; en: string };
  /** How the adjustment is listed among the fired rules. */
  clause: Clause;
}

export interface CompiledRuleSet {
  ruleSet: RuleSet;
  adjust: CompiledAdjustRule[];
  rules: CompiledVerdictRule[];
  unknownRule?: Clause & { order: number };
  fallback: Clause;
  /** What the verdict rules can tell apart: used fact indexes and, per level, code → class. */
  profile: { assetFacts: number[]; serviceFacts: number[]; levelClass: Uint8Array[] };
  /** Results by signature (fired clauses + unknown facts): pairs that fire alike share one result. */
  results: Map<string, PlacementResult>;
}

const NOT: readonly Tri[] = [TRUE, FALSE, UNKNOWN];

export function compileCondition(c: Condition): Node {
  if ('all' in c) {
    const children = c.all.map(compileCondition);
    const preds = children.map((n) => n.pred);
    const pred: Pred = (a, s) => {
      let r: Tri = TRUE;
      for (let i = 0; i < preds.length; i++) {
        const v = preds[i]!(a, s);
        if (v === FALSE) return FALSE;
        if (v === UNKNOWN) r = UNKNOWN;
      }
      return r;
    };
    return { pred, children };
  }
  if ('any' in c) {
    const children = c.any.map(compileCondition);
    const preds = children.map((n) => n.pred);
    const pred: Pred = (a, s) => {
      let r: Tri = FALSE;
      for (let i = 0; i < preds.length; i++) {
        const v = preds[i]!(a, s);
        if (v === TRUE) return TRUE;
        if (v === UNKNOWN) r = UNKNOWN;
      }
      return r;
    };
    return { pred, children };
  }
  if ('not' in c) {
    const child = compileCondition(c.not);
    const p = child.pred;
    return { pred: (a, s) => NOT[p(a, s)]!, children: [child] };
  }
  if ('level' in c) {
    const index = LEVEL_OFFSET + aspects.indexOf(c.level);
    const table = new Uint8Array(LEVEL_UNKNOWN + 1);
    for (let v = 0; v < LEVEL_UNKNOWN; v++) {
      const ok = (c.gte === undefined || v >= c.gte) && (c.lte === undefined || v <= c.lte) && (c.eq === undefined || v === c.eq);
      table[v] = ok ? TRUE : FALSE;
    }
    table[LEVEL_UNKNOWN] = UNKNOWN;
    return { pred: (a) => table[a[index]!] as Tri, children: [], leaf: { scope: 'asset', index, table } };
  }
  const ref = lookupFact(c.fact);
  if (!ref) throw new Error(`unknown fact "${c.fact}"`); // validated earlier; kept for direct callers
  const { scope, index, fact } = ref;
  let pred: Pred;
  if (fact.type === 'enum') {
    const wanted = new Set(c.in ?? []);
    const table = Uint8Array.from(fact.values, (v) => (wanted.has(v) ? TRUE : v === 'unknown' ? UNKNOWN : FALSE));
    pred = scope === 'asset' ? (a) => table[a[index]!] as Tri : (_a, s) => table[s[index]!] as Tri;
  } else {
    pred = scope === 'asset' ? (a) => a[index] as Tri : (_a, s) => s[index] as Tri;
  }
  return { pred, children: [], leaf: { scope, index } };
}

const compiledCache = new WeakMap<RuleSet, CompiledRuleSet>();

/** Accepts a validated rule set (or raw JSON, which is validated first). Compiled once per object. */
export function compileRuleSet(input: RuleSet | unknown): CompiledRuleSet {
  const cached = compiledCache.get(input as RuleSet);
  if (cached) return cached;
  const ruleSet = parseRuleSet(input);
  let seq = 0;
  const clause = (ruleId: string, r: { verdict: Verdict; reason: { sv: string; en: string }; conditions: RuleCondition[] }, severity = verdictSeverity[r.verdict]): Clause =>
    ({ seq: seq++, ruleId, verdict: r.verdict, severity, reason: r.reason, conditions: r.conditions });
  const compiled: CompiledRuleSet = {
    ruleSet, adjust: [], rules: [], fallback: undefined as unknown as Clause,
    profile: { assetFacts: [], serviceFacts: [], levelClass: [] }, results: new Map(),
  };
  ruleSet.rules.forEach((rule, order) => {
    if (rule.kind === 'adjust') {
      compiled.adjust.push({
        ruleId: rule.id, order, when: compileCondition(rule.when),
        levelIndex: LEVEL_OFFSET + aspects.indexOf(rule.raise.aspect), by: rule.raise.by, reason: rule.reason,
        clause: clause(rule.id, { verdict: 'allowed', reason: rule.reason, conditions: [] }, -1),
      });
    } else if (rule.kind === 'unknownFacts') {
      compiled.unknownRule = { ...clause(rule.id, rule), order };
    } else {
      const base = clause(rule.id, rule);
      const escalations = rule.escalations.map((e) => ({ ...clause(rule.id, e), when: compileCondition(e.when) }));
      compiled.rules.push({
        ...base, order, when: compileCondition(rule.when), escalations,
        maxSeverity: Math.max(verdictSeverity[rule.verdict], ...escalations.map((e) => e.severity)),
      });
    }
  });
  compiled.fallback = clause(ruleSet.fallback.id, ruleSet.fallback);
  compiled.profile = profileOf(compiled.rules.flatMap((r) => [r.when, ...r.escalations.map((e) => e.when)]));
  compiledCache.set(input as RuleSet, compiled);
  compiledCache.set(ruleSet, compiled);
  return compiled;
}


/** Leaves that are unknown for this pair, in subtrees that are themselves unknown. */
export function collectUnknownLeaves(node: Node, a: Codes, s: Codes, out: Node['leaf'][]): void {
  if (node.pred(a, s) !== UNKNOWN) return;
  if (node.leaf) out.push(node.leaf);
  else for (const child of node.children) collectUnknownLeaves(child, a, s, out);
}

/** Two assets (services) with equal used facts and level classes get the same verdicts. */
function profileOf(roots: Node[]): CompiledRuleSet['profile'] {
  const asset = new Set<number>();
  const service = new Set<number>();
  const levelTables: Uint8Array[][] = aspects.map(() => []);
  const walk = (n: Node) => {
    if (n.leaf?.table) levelTables[n.leaf.index - LEVEL_OFFSET]!.push(n.leaf.table);
    else if (n.leaf) (n.leaf.scope === 'asset' ? asset : service).add(n.leaf.index);
    n.children.forEach(walk);
  };
  roots.forEach(walk);
  const levelClass = levelTables.map((tables) => {
    const classes = new Map<string, number>();
    return Uint8Array.from({ length: LEVEL_UNKNOWN + 1 }, (_, v) => {
      const sig = tables.map((t) => t[v]).join('') + (v === LEVEL_UNKNOWN ? 'u' : '');
      let c = classes.get(sig);
      if (c === undefined) classes.set(sig, (c = classes.size));
      return c;
    });
  });
  return { assetFacts: [...asset].sort((x, y) => x - y), serviceFacts: [...service].sort((x, y) => x - y), levelClass };
}
