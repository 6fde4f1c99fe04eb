// The placement picture the UI and the report show: every placement's verdict under a rule set,
// violations with their decisions, each service's effective class; and the decisions whose basis
// no longer holds (flagged for review instead of silently changing).
import type { StoredService } from '../services/store.js';
import type { PlacementResult } from './model.js';
import { effectiveServiceClass, evaluateAll, type ServiceClass } from './operations.js';
import type { RuleSet } from './ruleset.js';
import type { DecisionRow, NamedAsset, Universe } from './store.js';

export interface PlacementView {
  placementId: string;
  asset: { id: string; ref: string; name: string; departmentId: string; departmentName: string; levels: NamedAsset['levels'] };
  service: { id: string; name: string };
  purpose: string;
  result: PlacementResult;
  decision: DecisionRow | null;
  /** Not allowed, or needs legal review without a current decision. */
  violation: boolean;
}

export interface Overview {
  ruleSet: { id: string; version: string };
  counts: Record<PlacementResult['verdict'], number>;
  placements: PlacementView[];
  violations: PlacementView[];
  services: (Pick<StoredService, 'id' | 'name' | 'ownerJurisdiction' | 'dataLocation' | 'keyControl' | 'processing'> & { effectiveClass: ServiceClass; verdicts: Record<string, number> })[];
  staleDecisions: { id: string; reason: string }[];
}

const pairKey = (assetId: string, serviceId: string) => `${assetId}|${serviceId}`;

export function buildOverview(u: Universe, ruleSet: RuleSet, decisions: readonly DecisionRow[]): Overview {
  const all = evaluateAll(u.assets, u.services, u.placements, ruleSet);
  const assets = new Map(u.assets.map((a) => [a.id, a]));
  const services = new Map(u.services.map((s) => [s.id, s]));
  const byPair = new Map(decisions.filter((d) => d.status !== 'superseded').map((d) => [pairKey(d.asset_id, d.service_id), d]));
  const placementIds = new Map(u.placements.map((p) => [pairKey(p.assetId, p.serviceId), p.id]));

  const staleDecisions: { id: string; reason: string }[] = [];
  const placements: PlacementView[] = all.evaluations.map((e) => {
    const a = assets.get(e.assetId)!;
    const s = services.get(e.serviceId)!;
    const decision = byPair.get(pairKey(e.assetId, e.serviceId)) ?? null;
    if (decision?.status === 'current' && decision.rule_set_id === e.result.ruleSetId) {
      const sameRules = [...decision.evaluated_rules].sort().join(',') === [...e.result.firedRules].sort().join(',');
      if (decision.evaluated_verdict !== e.result.verdict || decision.rule_set_version !== e.result.ruleSetVersion || !sameRules) {
        staleDecisions.push({
          id: decision.id,
          reason: `Bedömningen är nu "${e.result.verdict}" (${e.result.firedRules.join(', ')}) med ${e.result.ruleSetId} ${e.result.ruleSetVersion}; beslutet fattades på "${decision.evaluated_verdict}" (${decision.evaluated_rules.join(', ')}) med version ${decision.rule_set_version}.`,
        });
      }
    }
    const decided = decision?.status === 'current';
    const violation = e.result.verdict === 'not_allowed' ? !(decided && decision?.decision === 'overridden') : e.result.verdict === 'needs_legal_review' && !decided;
    return {
      placementId: placementIds.get(pairKey(e.assetId, e.serviceId))!,
      asset: { id: a.id, ref: a.ref, name: a.name, departmentId: a.departmentId, departmentName: a.departmentName, levels: a.levels },
      service: { id: s.id, name: s.name },
      purpose: e.purpose,
      result: e.result,
      decision,
      violation,
    };
  });

  const held = new Map<string, NamedAsset[]>();
  const verdicts = new Map<string, Record<string, number>>();
  for (const p of placements) {
    held.set(p.service.id, [...(held.get(p.service.id) ?? []), assets.get(p.asset.id)!]);
    const v = verdicts.get(p.service.id) ?? {};
    v[p.result.verdict] = (v[p.result.verdict] ?? 0) + 1;
    verdicts.set(p.service.id, v);
  }
  return {
    ruleSet: { id: all.ruleSetId, version: all.ruleSetVersion },
    counts: all.counts,
    placements,
    violations: placements.filter((p) => p.violation),
    services: u.services.map((s) => ({
      id: s.id,
      name: s.name,
      ownerJurisdiction: s.ownerJurisdiction,
      dataLocation: s.dataLocation,
      keyControl: s.keyControl,
      processing: s.processing,
      effectiveClass: effectiveServiceClass(s, held.get(s.id) ?? []),
      verdicts: verdicts.get(s.id) ?? {},
    })),
    staleDecisions,
  };
}
