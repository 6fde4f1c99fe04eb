// Evaluation of (asset, service) pairs. Facts are computed once per asset and per service;
// pairs with the same fact profile share one result, so a whole municipality costs little more
// than its distinct combinations.
import type { Service } from '../services/model.js';
import type { PlacementAsset, PlacementResult, Reason, ConditionToFulfil } from './model.js';
import * as model from './model.js';
import * as facts from './facts.js';
import { aspects, assetFacts, factLabel, serviceFacts } from './facts.js';
import type { Clause, CompiledRuleSet, Codes, Node } from './compile.js';
import * as compile from './compile.js';
import { collectUnknownLeaves, compileRuleSet } from './compile.js';

// Local copies of hot constants (see compile.ts).
const verdicts = model.verdicts;
const TRUE = facts.TRUE;
const UNKNOWN = facts.UNKNOWN;
const LEVEL_UNKNOWN = facts.LEVEL_UNKNOWN;
const LEVEL_OFFSET = compile.LEVEL_OFFSET;
import type { RuleSet } from './ruleset.js';

const EMPTY: Codes = new Uint8Array(serviceFacts.length);

export interface PreparedAsset {
  codes: Codes;
  /** Raw fact names behind each unknown code, by index. */
  unknown: (string[] | undefined)[];
  /** Adjust rules (R12) that fired for this asset. */
  adjusted: string[];
  profile: number;
}

export interface PreparedService {
  codes: Codes;
  unknown: (string[] | undefined)[];
  profile: number;
}

export function prepareAsset(c: CompiledRuleSet, asset: PlacementAsset): Omit<PreparedAsset, 'profile'> {
  const codes = new Uint8Array(LEVEL_OFFSET + aspects.length);
  const unknown: (string[] | undefined)[] = [];
  assetFacts.forEach((f, i) => {
    const v = f.compute(asset);
    codes[i] = v.code;
    if (v.unknown) unknown[i] = v.unknown;
  });
  aspects.forEach((aspect, i) => {
    const level = asset.levels?.[aspect];
    const known = typeof level === 'number' && level >= 0 && level <= 4;
    codes[LEVEL_OFFSET + i] = known ? level : LEVEL_UNKNOWN;
    if (!known) unknown[LEVEL_OFFSET + i] = [`asset.levels.${aspect}`];
  });
  const adjusted: string[] = [];
  for (const rule of c.adjust) {
    if (rule.when.pred(codes, EMPTY) !== TRUE) continue;
    adjusted.push(rule.ruleId);
    const v = codes[rule.levelIndex]!;
    if (v !== LEVEL_UNKNOWN) codes[rule.levelIndex] = Math.min(4, v + rule.by);
  }
  return { codes, unknown, adjusted };
}

export function prepareService(service: Service): Omit<PreparedService, 'profile'> {
  const codes = new Uint8Array(serviceFacts.length);
  const unknown: (string[] | undefined)[] = [];
  serviceFacts.forEach((f, i) => {
    const v = f.compute(service);
    codes[i] = v.code;
    if (v.unknown) unknown[i] = v.unknown;
  });
  return { codes, unknown };
}

/** Evaluates one prepared pair. Pure; the result depends on the codes and adjusted rules only. */
export function evaluatePrepared(c: CompiledRuleSet, a: Omit<PreparedAsset, 'profile'>, s: Omit<PreparedService, 'profile'>): PlacementResult {
  const fired: Clause[] = [];
  let undecided: Node[] | undefined;
  let undecidedMax = -1;
  let decided = -1;
  for (const rule of c.rules) {
    const r = rule.when.pred(a.codes, s.codes);
    if (r === TRUE) {
      fired.push(rule);
      if (rule.severity > decided) decided = rule.severity;
      for (const e of rule.escalations) {
        const er = e.when.pred(a.codes, s.codes);
        if (er === TRUE) {
          fired.push(e);
          if (e.severity > decided) decided = e.severity;
        } else if (er === UNKNOWN) {
          (undecided ??= []).push(e.when);
          if (e.severity > undecidedMax) undecidedMax = e.severity;
        }
      }
    } else if (r === UNKNOWN) {
      (undecided ??= []).push(rule.when);
      if (rule.maxSeverity > undecidedMax) undecidedMax = rule.maxSeverity;
    }
  }
  let unknownFacts: string[] = [];
  // Fail closed: an unknown fact that could make the verdict stricter decides nothing by itself.
  const u = c.unknownRule;
  if (u && undecided && undecidedMax > decided) {
    unknownFacts = unknownFactNames(undecided, a, s);
    fired.push(u);
    if (u.severity > decided) decided = u.severity;
  }
  if (fired.length === 0) {
    fired.push(c.fallback);
    decided = c.fallback.severity;
  }
  for (const id of a.adjusted) fired.push(c.adjust.find((r) => r.ruleId === id)!.clause);
  fired.sort((x, y) => x.seq - y.seq);
  // Pairs that fire the same clauses with the same unknown facts share one result object.
  let key = '';
  for (const f of fired) key += `${f.seq},`;
  key += `|${unknownFacts.join(',')}`;
  let result = c.results.get(key);
  if (!result) {
    if (c.results.size > 100_000) c.results.clear(); // bound memory for odd, huge rule sets
    result = buildResult(c, fired.map((f) => (f === u ? withFacts(u, unknownFacts) : f)), decided, unknownFacts);
    c.results.set(key, result);
  }
  return result;
}

/** R0's reason with `{facts}` replaced by the unknown facts in Swedish and English. */
function withFacts(u: Clause, unknownFacts: string[]): Clause {
  const labels = unknownFacts.map(factLabel);
  return {
    ...u,
    reason: {
      sv: u.reason.sv.replace('{facts}', labels.map((f) => f.sv).join(', ')),
      en: u.reason.en.replace('{facts}', labels.map((f) => f.en).join(', ')),
    },
  };
}

function unknownFactNames(nodes: Node[], a: Omit<PreparedAsset, 'profile'>, s: Omit<PreparedService, 'profile'>): string[] {
  const leaves: Node['leaf'][] = [];
  for (const n of nodes) collectUnknownLeaves(n, a.codes, s.codes, leaves);
  const names = new Set<string>();
  for (const leaf of leaves) {
    if (!leaf) continue;
    const sources = leaf.scope === 'asset' ? a.unknown[leaf.index] : s.unknown[leaf.index];
    for (const n of sources ?? []) names.add(n);
  }
  return [...names].sort();
}

function buildResult(c: CompiledRuleSet, clauses: Clause[], severity: number, unknownFacts: string[]): PlacementResult {
  const firedRules: string[] = [];
  const reasons: Reason[] = [];
  const conditions: ConditionToFulfil[] = [];
  const seen = new Set<string>();
  for (const cl of clauses) {
    if (!firedRules.includes(cl.ruleId)) firedRules.push(cl.ruleId);
    reasons.push({ ruleId: cl.ruleId, sv: cl.reason.sv, en: cl.reason.en });
    for (const cond of cl.conditions) {
      if (seen.has(cond.id)) continue;
      seen.add(cond.id);
      conditions.push({ id: cond.id, ruleId: cl.ruleId, sv: cond.text.sv, en: cond.text.en });
    }
  }
  return {
    verdict: verdicts[severity]!,
    firedRules,
    reasons,
    conditions,
    unknownFacts,
    ruleSetId: c.ruleSet.id,
    ruleSetVersion: c.ruleSet.version,
  };
}

/** Evaluates one pair directly. For many pairs use `createEvaluator`. */
export function evaluatePlacement(asset: PlacementAsset, service: Service, ruleSet: RuleSet | CompiledRuleSet): PlacementResult {
  const c = 'rules' in ruleSet && 'adjust' in ruleSet ? ruleSet : compileRuleSet(ruleSet);
  return evaluatePrepared(c, prepareAsset(c, asset), prepareService(service));
}

export interface Evaluator {
  readonly compiled: CompiledRuleSet;
  readonly assets: readonly PlacementAsset[];
  readonly services: readonly Service[];
  readonly assetIndex: ReadonlyMap<string, number>;
  readonly serviceIndex: ReadonlyMap<string, number>;
  /** By positions in the arrays given to createEvaluator. */
  evaluate(assetPos: number, servicePos: number): PlacementResult;
  /** Pairs with equal profiles get the same result object (cheap comparisons in what-if). */
  assetProfile(assetPos: number): number;
  serviceProfile(servicePos: number): number;
  stats(): { assetProfiles: number; serviceProfiles: number; evaluatedCombinations: number };
}

/** Key of what the rule set can see: used fact codes (with unknown sources, named by R0) and level classes. */
function profileKey(indexes: number[], p: { codes: Codes; unknown: (string[] | undefined)[] }, levelClass?: Uint8Array[], adjusted?: string[]): string {
  let key = '';
  for (const i of indexes) key += p.codes[i] === UNKNOWN ? `?${p.unknown[i]?.join(',')};` : `${p.codes[i]};`;
  if (levelClass) levelClass.forEach((classes, i) => (key += `L${classes[p.codes[LEVEL_OFFSET + i]!]}`));
  if (adjusted?.length) key += `|${adjusted.join(',')}`;
  return key;
}

/**
 * Asset profile keys as numbers (3 bits per used fact and per level class, one bit per adjust rule):
 * cheaper than strings for 10,000 assets. Asset facts are never unknown except levels, whose
 * unknown sources are fixed, so codes alone decide the result. Falls back to strings past 52 bits.
 */
function assetKeyFunction(c: CompiledRuleSet): (p: Omit<PreparedAsset, 'profile'>) => string | number {
  const { assetFacts: used, levelClass } = c.profile;
  const adjustIds = c.adjust.map((r) => r.ruleId);
  if ((used.length + levelClass.length) * 3 + adjustIds.length > 52)
    return (p) => profileKey(used, p, levelClass, p.adjusted);
  return (p) => {
    let key = 0;
    for (const i of used) key = key * 8 + p.codes[i]!;
    for (let i = 0; i < levelClass.length; i++) key = key * 8 + levelClass[i]![p.codes[LEVEL_OFFSET + i]!]!;
    for (const id of adjustIds) key = key * 2 + (p.adjusted.includes(id) ? 1 : 0);
    return key;
  };
}

export function createEvaluator(ruleSet: RuleSet | CompiledRuleSet, assets: readonly PlacementAsset[], services: readonly Service[]): Evaluator {
  const compiled = 'rules' in ruleSet && 'adjust' in ruleSet ? ruleSet : compileRuleSet(ruleSet);
  const aProfiles = new Map<string | number, number>();
  const assetKey = assetKeyFunction(compiled);
  const sProfiles = new Map<string, number>();
  // Per asset and service only a profile number is kept; one prepared representative per profile.
  const assetProfileOf = new Int32Array(assets.length);
  const repAssets: Omit<PreparedAsset, 'profile'>[] = [];
  assets.forEach((asset, i) => {
    const p = prepareAsset(compiled, asset);
    const key = assetKey(p);
    let profile = aProfiles.get(key);
    if (profile === undefined) {
      aProfiles.set(key, (profile = aProfiles.size));
      repAssets.push(p);
    }
    assetProfileOf[i] = profile;
  });
  const serviceProfileOf = new Int32Array(services.length);
  const repServices: Omit<PreparedService, 'profile'>[] = [];
  services.forEach((service, i) => {
    const p = prepareService(service);
    const key = profileKey(compiled.profile.serviceFacts, p);
    let profile = sProfiles.get(key);
    if (profile === undefined) {
      sProfiles.set(key, (profile = sProfiles.size));
      repServices.push(p);
    }
    serviceProfileOf[i] = profile;
  });
  const width = Math.max(1, sProfiles.size);
  // slot[aProfile * width + sProfile] = 1 + index into results; 0 = not evaluated yet.
  const slot = new Int32Array(aProfiles.size * width);
  const results: PlacementResult[] = [];
  return {
    compiled,
    assets,
    services,
    assetIndex: new Map(assets.map((a, i) => [a.id, i])),
    serviceIndex: new Map(services.map((s, i) => [s.id, i])),
    evaluate(ai, si) {
      if (!(ai >= 0 && ai < assets.length && si >= 0 && si < services.length)) throw new RangeError(`no asset ${ai} or service ${si}`);
      const ap = assetProfileOf[ai]!;
      const sp = serviceProfileOf[si]!;
      const key = ap * width + sp;
      const at = slot[key]!;
      if (at !== 0) return results[at - 1]!;
      const r = evaluatePrepared(compiled, repAssets[ap]!, repServices[sp]!);
      results.push(r);
      slot[key] = results.length;
      return r;
    },
    assetProfile: (ai) => assetProfileOf[ai]!,
    serviceProfile: (si) => serviceProfileOf[si]!,
    stats: () => ({ assetProfiles: aProfiles.size, serviceProfiles: sProfiles.size, evaluatedCombinations: results.length }),
  };
}
