// Pure steps from the placement overview to the report's parts: sorted, de-duplicated, named.
import { verdictSeverity, type Verdict } from '../placement/model.js';
import type { Overview, PlacementView } from '../placement/overview.js';
import type { RuleSet } from '../placement/ruleset.js';
import type { DecisionRow, Universe } from '../placement/store.js';
import type { StoredService } from '../services/store.js';
import {
  reportAspects, type LevelsOrNull, type MatrixCell, type ReportAsset, type ReportAspect, type ReportDecision,
  type ReportRule, type ReportService, type ReportViolation, type ServiceConditions,
} from './model.js';
import { serviceFactsSv } from './texts.js';

export function distributionOf(assets: readonly ReportAsset[]): Record<ReportAspect, number[]> {
  const out = { K: [0, 0, 0, 0, 0], R: [0, 0, 0, 0, 0], T: [0, 0, 0, 0, 0], S: [0, 0, 0, 0, 0] };
  for (const a of assets) {
    if (!a.levels) continue;
    for (const aspect of reportAspects) {
      const v = a.levels[aspect];
      if (typeof v === 'number' && v >= 0 && v <= 4) out[aspect][v]!++;
    }
  }
  return out;
}

export function matrixCells(o: Overview): MatrixCell[] {
  return o.placements.map((p) => ({
    assetId: p.asset.id,
    serviceId: p.service.id,
    verdict: p.result.verdict,
    rules: [...p.result.firedRules],
    violation: p.violation,
    decided: p.decision?.status === 'current',
  }));
}

function decisionNote(p: PlacementView): string {
  const d = p.decision;
  if (!d) return 'Inget beslut';
  const who = `${d.decided_by} ${d.decided_on.toString().slice(0, 10)}`;
  if (d.status === 'needs_review') return `Beslut behöver omprövas (${who})`;
  return d.decision === 'confirmed' ? `Bedömningen bekräftad (${who})` : `Beslut mot bedömningen (${who})`;
}

/** The verdicts each rule can give (its own and its escalations'); adjust rules give none. */
function verdictsByRule(rs: RuleSet): Map<string, Set<Verdict>> {
  const out = new Map<string, Set<Verdict>>([[rs.fallback.id, new Set([rs.fallback.verdict])]]);
  for (const r of rs.rules) {
    if (r.kind === 'adjust') continue;
    out.set(r.id, new Set([r.verdict, ...(r.kind === 'verdict' ? r.escalations.map((e) => e.verdict) : [])]));
  }
  return out;
}

/** The reasons of the rules that gave the verdict, apart from those that only add conditions or raise a level. */
function splitReasons(p: PlacementView, byRule: Map<string, Set<Verdict>>): { reasons: string[]; otherReasons: string[] } {
  let deciding = p.result.reasons.filter((r) => byRule.get(r.ruleId)?.has(p.result.verdict));
  if (!deciding.length) deciding = [...p.result.reasons];
  const rest = p.result.reasons.filter((r) => !deciding.includes(r));
  return { reasons: deciding.map((r) => r.sv), otherReasons: rest.map((r) => r.sv) };
}

/** Not allowed first, then the most confidential information, then by name. */
export function violationsView(o: Overview, rs: RuleSet, u: Universe): ReportViolation[] {
  const byRule = verdictsByRule(rs);
  const codes = new Map(u.assets.map((a) => [a.departmentId, a.departmentCode]));
  return [...o.violations]
    .sort(
      (a, b) =>
        verdictSeverity[b.result.verdict] - verdictSeverity[a.result.verdict] ||
        (b.asset.levels?.K ?? -1) - (a.asset.levels?.K ?? -1) ||
        a.asset.name.localeCompare(b.asset.name, 'sv'),
    )
    .map((p) => ({
      assetRef: p.asset.ref,
      assetName: p.asset.name,
      departmentName: p.asset.departmentName,
      departmentCode: codes.get(p.asset.departmentId) ?? '',
      serviceName: p.service.name,
      verdict: p.result.verdict,
      rules: [...p.result.firedRules],
      ...splitReasons(p, byRule),
      decisionNote: decisionNote(p),
    }));
}

/** Conditions to fulfil, once per service and condition, with the assets that bring them. */
export function conditionsPerService(o: Overview): ServiceConditions[] {
  const byService = new Map<string, Map<string, ServiceConditions['items'][number]>>();
  for (const p of o.placements) {
    if (p.result.verdict === 'not_allowed') continue; // nothing to fulfil: the information must move
    const items = byService.get(p.service.name) ?? new Map();
    for (const c of p.result.conditions) {
      const item = items.get(c.id) ?? { id: c.id, ruleId: c.ruleId, text: c.sv, assets: [] };
      if (!item.assets.includes(p.asset.name)) item.assets.push(p.asset.name);
      items.set(c.id, item);
    }
    byService.set(p.service.name, items);
  }
  return [...byService]
    .filter(([, items]) => items.size > 0)
    .sort(([a], [b]) => a.localeCompare(b, 'sv'))
    .map(([serviceName, items]) => ({ serviceName, items: [...items.values()] }));
}

export function servicesView(o: Overview, services: readonly StoredService[], mayHold: Map<string, LevelsOrNull>): ReportService[] {
  const classes = new Map(o.services.map((s) => [s.id, s]));
  return services.map((s) => {
    const c = classes.get(s.id);
    const none: LevelsOrNull = { K: null, R: null, T: null, S: null };
    return {
      id: s.id,
      name: s.name,
      provider: s.provider,
      facts: serviceFactsSv(s),
      holds: c?.effectiveClass.levels ?? none,
      raisedForAggregation: c?.effectiveClass.raisedForAggregation ?? false,
      mayHold: mayHold.get(s.id) ?? none,
      assetCount: c?.effectiveClass.assetCount ?? 0,
      unclassifiedCount: c?.effectiveClass.unclassifiedAssetIds.length ?? 0,
      verdicts: (c?.verdicts ?? {}) as Partial<Record<Verdict, number>>,
    };
  });
}

export function decisionsView(decisions: readonly DecisionRow[], u: Universe, stale: readonly { id: string; reason: string }[]): ReportDecision[] {
  const assets = new Map(u.assets.map((a) => [a.id, a.name]));
  const services = new Map(u.services.map((s) => [s.id, s.name]));
  const staleReasons = new Map(stale.map((s) => [s.id, s.reason]));
  return decisions.map((d) => {
    const staleReason = staleReasons.get(d.id);
    return {
      assetName: assets.get(d.asset_id) ?? '?',
      serviceName: services.get(d.service_id) ?? '?',
      decision: d.decision,
      verdict: d.decided_verdict as Verdict,
      evaluatedVerdict: d.evaluated_verdict as Verdict,
      reason: d.reason,
      decidedBy: d.decided_by,
      decidedOn: String(d.decided_on).slice(0, 10),
      ruleSet: `${d.rule_set_id} ${d.rule_set_version}`,
      status: staleReason ? 'needs_review' : d.status,
      flagReason: staleReason ?? d.flag_reason,
    };
  });
}

export function rulesView(rs: RuleSet): ReportRule[] {
  const rules: ReportRule[] = rs.rules.map((r) => ({
    id: r.id,
    title: r.title.sv,
    verdict: r.kind === 'adjust' ? null : r.verdict,
    // R0's reason names the unknown facts per placement; here there is no placement to name them for.
    reason: r.reason.sv.replace('{facts}', 'de fakta som saknas'),
    basis: r.basis,
  }));
  rules.push({ id: rs.fallback.id, title: 'Ingen regel avgör', verdict: rs.fallback.verdict, reason: rs.fallback.reason.sv, basis: rs.fallback.basis });
  return rules;
}
