// The questions the municipality asks: is what is placed today allowed (violations), where may
// this asset go (planning), and what is the highest class a service holds.
import type { Service } from '../services/model.js';
import { Placement as PlacementSchema, verdictSeverity, type Placement, type PlacementAsset, type PlacementResult } from './model.js';
import { aspects, type Aspect } from './facts.js';
import { createEvaluator, type Evaluator } from './evaluate.js';
import type { CompiledRuleSet } from './compile.js';
import type { RuleSet } from './ruleset.js';

export interface PlacementEvaluation {
  assetId: string;
  serviceId: string;
  departmentId: string;
  purpose: string;
  result: PlacementResult;
}

export interface Violation extends PlacementEvaluation {
  kind: 'not_allowed' | 'needs_review';
}

export interface EvaluateAllResult {
  evaluations: PlacementEvaluation[];
  violations: Violation[];
  /** Placements naming an asset or service that is not in the lists given. */
  dangling: Placement[];
  counts: Record<PlacementResult['verdict'], number>;
  ruleSetId: string;
  ruleSetVersion: string;
}

/** Re-evaluates every placement. A violation is a placement not allowed, or needing review. */
export function evaluateAll(
  assets: readonly PlacementAsset[],
  services: readonly Service[],
  placements: readonly Placement[],
  ruleSet: RuleSet | CompiledRuleSet | Evaluator,
): EvaluateAllResult {
  const ev = 'evaluate' in ruleSet ? ruleSet : createEvaluator(ruleSet, assets, services);
  const evaluations: PlacementEvaluation[] = [];
  const notAllowed: Violation[] = [];
  const needsReview: Violation[] = [];
  const dangling: Placement[] = [];
  const counts = { allowed: 0, allowed_with_conditions: 0, needs_legal_review: 0, not_allowed: 0 };
  for (const p of placements) {
    const ai = ev.assetIndex.get(p.assetId);
    const si = ev.serviceIndex.get(p.serviceId);
    if (ai === undefined || si === undefined) {
      dangling.push(p);
      continue;
    }
    const result = ev.evaluate(ai, si);
    const verdict = result.verdict;
    counts[verdict]++;
    const base = { assetId: p.assetId, serviceId: p.serviceId, departmentId: ev.assets[ai]!.departmentId, purpose: p.purpose ?? '', result };
    // One object per placement; a violation is the same record with its kind (strictest listed first).
    if (verdict === 'not_allowed') {
      const v: Violation = { ...base, kind: 'not_allowed' };
      notAllowed.push(v);
      evaluations.push(v);
    } else if (verdict === 'needs_legal_review') {
      const v: Violation = { ...base, kind: 'needs_review' };
      needsReview.push(v);
      evaluations.push(v);
    } else evaluations.push(base);
  }
  const violations = notAllowed.concat(needsReview);
  return { evaluations, violations, dangling, counts, ruleSetId: ev.compiled.ruleSet.id, ruleSetVersion: ev.compiled.ruleSet.version };
}

export interface RankedService {
  serviceId: string;
  serviceName: string;
  result: PlacementResult;
}

/** Planning: every service for one asset, the most permissive first, then fewest conditions, then name. */
export function rankServicesFor(asset: PlacementAsset, services: readonly Service[], ruleSet: RuleSet | CompiledRuleSet): RankedService[] {
  const ev = createEvaluator(ruleSet, [asset], services);
  return services
    .map((s, i) => ({ serviceId: s.id, serviceName: s.name, result: ev.evaluate(0, i) }))
    .sort(
      (a, b) =>
        verdictSeverity[a.result.verdict] - verdictSeverity[b.result.verdict] ||
        a.result.conditions.length - b.result.conditions.length ||
        a.serviceName.localeCompare(b.serviceName, 'sv'),
    );
}

export interface ServiceClass {
  serviceId: string;
  /** Per aspect the highest level held, aggregated assets counted one K level higher; null when nothing classified is held. */
  levels: Record<Aspect, number | null>;
  /** Asset ids that set each maximum. */
  drivers: Record<Aspect, string[]>;
  raisedForAggregation: boolean;
  assetCount: number;
  /** Placed assets without levels: the class may be higher than shown. */
  unclassifiedAssetIds: string[];
}

/** A service's effective class: the maximum of what it holds, raised for aggregation (BSI maximum principle, R12). */
export function effectiveServiceClass(service: Pick<Service, 'id'>, assetsPlacedThere: readonly PlacementAsset[]): ServiceClass {
  const levels: Record<Aspect, number | null> = { K: null, R: null, T: null, S: null };
  const drivers: Record<Aspect, string[]> = { K: [], R: [], T: [], S: [] };
  const unclassifiedAssetIds: string[] = [];
  let rawMaxK = -1;
  for (const asset of assetsPlacedThere) {
    if (!asset.levels) {
      unclassifiedAssetIds.push(asset.id);
      continue;
    }
    for (const aspect of aspects) {
      let v = asset.levels[aspect];
      if (typeof v !== 'number') continue;
      if (aspect === 'K') {
        rawMaxK = Math.max(rawMaxK, v);
        if (asset.legal.aggregated && v < 4) v += 1;
      }
      const current = levels[aspect];
      if (current === null || v > current) {
        levels[aspect] = v;
        drivers[aspect] = [asset.id];
      } else if (v === current) drivers[aspect].push(asset.id);
    }
  }
  const raisedForAggregation = levels.K !== null && levels.K > rawMaxK;
  return { serviceId: service.id, levels, drivers, raisedForAggregation, assetCount: assetsPlacedThere.length, unclassifiedAssetIds };
}

/** Validates placements from an API body or import (zod), with defaults applied. */
export function parsePlacements(json: unknown): Placement[] {
  return PlacementSchema.array().parse(json);
}
