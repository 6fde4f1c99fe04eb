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

/** Assets of one department whose pair with one service changes the same way (same fact profile). */
export interface WhatIfChangeSet {
  assetIds: readonly string[];
  placed: boolean;
  conditionsOnly: boolean;
  from: PlacementResult;
  to: PlacementResult;
}

export interface WhatIfGroup {
  departmentId: string;
  serviceId: string;
  /** Number of changed pairs in the group. */
  count: number;
  /** The changes, compact: one entry per asset profile. */
  sets: WhatIfChangeSet[];
  /** The same changes one pair per row, built on first read (hundreds of thousands over all pairs). */
  readonly changes: WhatIfChange[];
}

function makeGroup(departmentId: string, serviceId: string): WhatIfGroup {
  let expanded: WhatIfChange[] | undefined;
  const group: WhatIfGroup = {
    departmentId,
    serviceId,
    count: 0,
    sets: [],
    get changes() {
      return (expanded ??= group.sets.flatMap((s) =>
        s.assetIds.map((assetId) => ({ assetId, serviceId, placed: s.placed, conditionsOnly: s.conditionsOnly, from: s.from, to: s.to })),
      ));
    },
  };
  return group;
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
  const profiles = combinedProfiles(evA, evB, assets.length, services.length);
  const transitions = new Float64Array(16);
  const groups = new Map<string, WhatIfGroup>();
  let pairsCompared = 0;
  let verdictChanges = 0;
  let conditionOnlyChanges = 0;
  const wanted = (kind: number) => kind === VERDICT || (kind === CONDITIONS && includeConditions);
  /** Counts `n` equal pairs at once: same profiles give the same change. */
  const count = (kind: number, ai: number, si: number, n: number) => {
    if (kind === VERDICT) {
      verdictChanges += n;
      transitions[verdictSeverity[evA.evaluate(ai, si).verdict] * 4 + verdictSeverity[evB.evaluate(ai, si).verdict]]! += n;
    } else if (kind === CONDITIONS && includeConditions) conditionOnlyChanges += n;
  };
  const addSet = (g: WhatIfGroup, assetIds: readonly string[], ai: number, si: number, placed: boolean, kind: number) => {
    g.count += assetIds.length;
    g.sets.push({ assetIds, placed, conditionsOnly: kind === CONDITIONS, from: evA.evaluate(ai, si), to: evB.evaluate(ai, si) });
  };
  const groupFor = (departmentId: string, serviceId: string) => {
    const key = `${departmentId}\u0000${serviceId}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = makeGroup(departmentId, serviceId)));
    return g;
  };

  if (options.placements) {
    for (const p of options.placements) {
      const ai = evA.assetIndex.get(p.assetId);
      const si = evA.serviceIndex.get(p.serviceId);
      if (ai === undefined || si === undefined) continue;
      pairsCompared++;
      const kind = profiles.compare(profiles.asset[ai]!, profiles.service[si]!);
      if (!wanted(kind)) continue;
      count(kind, ai, si, 1);
      if (listChanges) addSet(groupFor(assets[ai]!.departmentId, p.serviceId), [p.assetId], ai, si, true, kind);
    }
  } else {
    // All pairs, without visiting each: per department the assets are grouped by profile, and a
    // (profile, profile) combination is compared once; only changed pairs are listed one by one.
    pairsCompared = assets.length * services.length;
    const servicesByProfile: number[][] = [];
    profiles.service.forEach((p, si) => (servicesByProfile[p] ??= []).push(si));
    const byDepartment = new Map<string, Map<number, number[]>>();
    const idsOf = new Map<number[], string[]>(); // asset ids per (department, profile), shared by all services
    assets.forEach((a, ai) => {
      let d = byDepartment.get(a.departmentId);
      if (!d) byDepartment.set(a.departmentId, (d = new Map()));
      const list = d.get(profiles.asset[ai]!);
      if (list) list.push(ai);
      else d.set(profiles.asset[ai]!, [ai]);
    });
    for (const [departmentId, assetGroups] of byDepartment)
      servicesByProfile.forEach((serviceList, sp) => {
        const changed: [number, number, string[]][] = [];
        for (const [ap, assetList] of assetGroups) {
          const kind = profiles.compare(ap, sp);
          if (!wanted(kind)) continue;
          count(kind, assetList[0]!, serviceList[0]!, assetList.length * serviceList.length);
          if (listChanges) changed.push([kind, assetList[0]!, (idsOf.get(assetList) ?? idsOf.set(assetList, assetList.map((ai) => assets[ai]!.id)).get(assetList))!]);
        }
        for (const si of serviceList) {
          if (changed.length === 0) break;
          const g = groupFor(departmentId, services[si]!.id);
          for (const [kind, ai, ids] of changed) addSet(g, ids, ai, si, false, kind);
        }
      });
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

/** Combined (A, B) profile ids per asset and per service, and a memoised comparison per combination. */
function combinedProfiles(evA: Evaluator, evB: Evaluator, nAssets: number, nServices: number) {
  const combine = (n: number, a: (i: number) => number, b: (i: number) => number) => {
    const ids = new Int32Array(n);
    const keys = new Map<number, number>();
    const first: number[] = [];
    for (let i = 0; i < n; i++) {
      const key = a(i) * 1_000_003 + b(i);
      let id = keys.get(key);
      if (id === undefined) {
        keys.set(key, (id = keys.size));
        first.push(i);
      }
      ids[i] = id;
    }
    return { ids, first };
  };
  const asset = combine(nAssets, evA.assetProfile, evB.assetProfile);
  const service = combine(nServices, evA.serviceProfile, evB.serviceProfile);
  const width = Math.max(1, service.first.length);
  const memo = new Uint8Array(asset.first.length * width);
  const compare = (ap: number, sp: number): number => {
    const k = ap * width + sp;
    let v = memo[k]!;
    if (v === 0) {
      const ai = asset.first[ap]!;
      const si = service.first[sp]!;
      const from = evA.evaluate(ai, si);
      const to = evB.evaluate(ai, si);
      v = from.verdict !== to.verdict ? VERDICT : conditionKey(from) !== conditionKey(to) ? CONDITIONS : SAME;
      memo[k] = v;
    }
    return v;
  };
  return { asset: asset.ids, service: service.ids, compare };
}
