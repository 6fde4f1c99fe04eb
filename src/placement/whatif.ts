// What-if: run two rule sets over the map and list every verdict that would change, grouped by
// department and service. Pairs are compared by fact profile, so the cost per pair is an array read.
import type { Service } from '../services/model.js';
import { verdicts, verdictSeverity, type Placement, type PlacementAsset, type PlacementResult } from './model.js';
import { createEvaluator, type Evaluator } from './evaluate.js';
import type { CompiledRuleSet } from './compile.js';
import type { RuleSet } from './ruleset.js';

export interface WhatIfChange {
  assetId: string;
  serviceId: string;
  /** True when the pair is an existing placement. */
  placed: boolean;
  /** Only the conditions changed, not the verdict. */
  conditionsOnly: boolean;
  from: PlacementResult;
  to: PlacementResult;
}

export interface WhatIfGroup {
  departmentId: string;
  serviceId: string;
  changes: WhatIfChange[];
}

export interface WhatIfResult {
  from: { id: string; version: string };
  to: { id: string; version: string };
  scope: 'placements' | 'all_pairs';
  pairsCompared: number;
  verdictChanges: number;
  conditionOnlyChanges: number;
  /** Counts per "from→to" verdict, e.g. "needs_legal_review→allowed_with_conditions". */
  transitions: Record<string, number>;
  /** Sorted by department id, then service id. Empty when `listChanges` is false. */
  groups: WhatIfGroup[];
}

export interface WhatIfOptions {
  /** Compare only these pairs (today's placements); without it every asset × service pair. */
  placements?: readonly Placement[];
  /** Also list pairs where only the conditions change (default true). */
  includeConditionChanges?: boolean;
  /** Build the list of changes (default true); false gives counts only. */
  listChanges?: boolean;
}

const SAME = 1;
const VERDICT = 2;
const CONDITIONS = 3;

function conditionKey(r: PlacementResult): string {
  return r.conditions.map((c) => c.id).sort().join(',');
}

export function whatIf(
  assets: readonly PlacementAsset[],
  services: readonly Service[],
  ruleSetA: RuleSet | CompiledRuleSet,
  ruleSetB: RuleSet | CompiledRuleSet,
  options: WhatIfOptions = {},
): WhatIfResult {
  const includeConditions = options.includeConditionChanges ?? true;
  const listChanges = options.listChanges ?? true;
  const evA = createEvaluator(ruleSetA, assets, services);
  const evB = createEvaluator(ruleSetB, assets, services);
  const compare = pairComparer(evA, evB, assets.length, services.length);
  const transitions = new Int32Array(16);
  const groups = new Map<string, WhatIfGroup>();
  let pairsCompared = 0;
  let verdictChanges = 0;
  let conditionOnlyChanges = 0;

  const visit = (ai: number, si: number, placed: boolean, group: () => WhatIfGroup) => {
    pairsCompared++;
    const kind = compare(ai, si);
    if (kind === SAME || (kind === CONDITIONS && !includeConditions)) return;
    const from = evA.evaluate(ai, si);
    const to = evB.evaluate(ai, si);
    if (kind === VERDICT) {
      verdictChanges++;
      transitions[verdictSeverity[from.verdict] * 4 + verdictSeverity[to.verdict]]!++;
    } else conditionOnlyChanges++;
    if (listChanges)
      group().changes.push({ assetId: assets[ai]!.id, serviceId: services[si]!.id, placed, conditionsOnly: kind === CONDITIONS, from, to });
  };
  const groupFor = (departmentId: string, serviceId: string) => {
    const key = `${departmentId}\u0000${serviceId}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { departmentId, serviceId, changes: [] }));
    return g;
  };

  if (options.placements) {
    for (const p of options.placements) {
      const ai = evA.assetIndex.get(p.assetId);
      const si = evA.serviceIndex.get(p.serviceId);
      if (ai === undefined || si === undefined) continue;
      visit(ai, si, true, () => groupFor(assets[ai]!.departmentId, p.serviceId));
    }
  } else {
    // Department-major, then service, then asset: each group's changes arrive together.
    const byDepartment = new Map<string, number[]>();
    assets.forEach((a, i) => {
      const list = byDepartment.get(a.departmentId);
      if (list) list.push(i);
      else byDepartment.set(a.departmentId, [i]);
    });
    for (const [departmentId, positions] of byDepartment)
      for (let si = 0; si < services.length; si++) {
        let g: WhatIfGroup | undefined;
        const group = () => (g ??= groupFor(departmentId, services[si]!.id));
        for (const ai of positions) visit(ai, si, false, group);
      }
  }

  const named: Record<string, number> = {};
  transitions.forEach((n, i) => {
    if (n) named[`${verdicts[Math.floor(i / 4)]}→${verdicts[i % 4]}`] = n;
  });
  const sorted = [...groups.values()].sort((x, y) =>
    x.departmentId < y.departmentId ? -1 : x.departmentId > y.departmentId ? 1 : x.serviceId < y.serviceId ? -1 : x.serviceId > y.serviceId ? 1 : 0,
  );
  const ref = (ev: Evaluator) => ({ id: ev.compiled.ruleSet.id, version: ev.compiled.ruleSet.version });
  return {
    from: ref(evA), to: ref(evB),
    scope: options.placements ? 'placements' : 'all_pairs',
    pairsCompared, verdictChanges, conditionOnlyChanges, transitions: named, groups: sorted,
  };
}

/** Compares pairs by (asset profile in A and B, service profile in A and B), each combination once. */
function pairComparer(evA: Evaluator, evB: Evaluator, nAssets: number, nServices: number) {
  const combinedAsset = new Int32Array(nAssets);
  const aKeys = new Map<number, number>();
  for (let i = 0; i < nAssets; i++) {
    const key = evA.assetProfile(i) * 1_000_003 + evB.assetProfile(i);
    let id = aKeys.get(key);
    if (id === undefined) aKeys.set(key, (id = aKeys.size));
    combinedAsset[i] = id;
  }
  const combinedService = new Int32Array(nServices);
  const sKeys = new Map<number, number>();
  for (let i = 0; i < nServices; i++) {
    const key = evA.serviceProfile(i) * 1_000_003 + evB.serviceProfile(i);
    let id = sKeys.get(key);
    if (id === undefined) sKeys.set(key, (id = sKeys.size));
    combinedService[i] = id;
  }
  const width = Math.max(1, sKeys.size);
  const memo = new Uint8Array(aKeys.size * width);
  return (ai: number, si: number): number => {
    const k = combinedAsset[ai]! * width + combinedService[si]!;
    let v = memo[k]!;
    if (v === 0) {
      const from = evA.evaluate(ai, si);
      const to = evB.evaluate(ai, si);
      v = from.verdict !== to.verdict ? VERDICT : conditionKey(from) !== conditionKey(to) ? CONDITIONS : SAME;
      memo[k] = v;
    }
    return v;
  };
}

