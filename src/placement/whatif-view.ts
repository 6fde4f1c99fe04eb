// What-if for the API and the report: the engine's changes with asset, department and service names.
import { verdictLabels } from './model.js';
import type { RuleSet } from './ruleset.js';
import type { Universe } from './store.js';
import { whatIf } from './whatif.js';

export function whatIfView(u: Universe, from: RuleSet, to: RuleSet, scope: 'placements' | 'all_pairs') {
  const result = whatIf(u.assets, u.services, from, to, scope === 'placements' ? { placements: u.placements } : {});
  const assets = new Map(u.assets.map((a) => [a.id, a]));
  const services = new Map(u.services.map((s) => [s.id, s]));
  const changes = result.groups.flatMap((g) =>
    g.changes.map((c) => {
      const a = assets.get(c.assetId)!;
      return {
        department: a.departmentName,
        asset: { id: a.id, ref: a.ref, name: a.name },
        service: { id: c.serviceId, name: services.get(c.serviceId)?.name ?? c.serviceId },
        placed: c.placed,
        conditionsOnly: c.conditionsOnly,
        from: { verdict: c.from.verdict, label: verdictLabels[c.from.verdict], rules: c.from.firedRules },
        to: { verdict: c.to.verdict, label: verdictLabels[c.to.verdict], rules: c.to.firedRules },
      };
    }),
  );
  return {
    from: result.from,
    to: result.to,
    scope: result.scope,
    pairsCompared: result.pairsCompared,
    verdictChanges: result.verdictChanges,
    conditionOnlyChanges: result.conditionOnlyChanges,
    transitions: result.transitions,
    changes,
  };
}
