// "The highest class a service may hold": asked of the rule engine itself with typical assets per
// level, so the answer follows the rule set (a new rule set gives a new answer) instead of a table.
import type { OslRef } from '../map/model.js';
import { createEvaluator } from '../placement/evaluate.js';
import { verdictSeverity, type PlacementAsset } from '../placement/model.js';
import type { RuleSet } from '../placement/ruleset.js';
import type { Service } from '../services/model.js';
import { reportAspects, type LevelsOrNull, type ReportAspect } from './model.js';

/** What an asset on this confidentiality level usually carries: secrecy grows with the level. */
function typicalOsl(k: number): OslRef[] {
  if (k >= 3) return [{ ref: '26:1', harmTest: 'omvant' }];
  if (k === 2) return [{ ref: '39:3', harmTest: 'rakt' }];
  return [];
}

function probe(aspect: ReportAspect, level: number): PlacementAsset {
  const levels = { K: 0, R: 0, T: 0, S: 0, [aspect]: level };
  return {
    id: `probe-${aspect}-${level}`,
    departmentId: 'probe',
    levels,
    legal: {
      osl: aspect === 'K' ? typicalOsl(level) : [],
      personalData: false,
      gdprArt9: [],
      gdprArt10: false,
      identityNumbers: false,
      protectedIdentity: false,
      securityClass: 'none',
      aggregated: false,
    },
  };
}

const LEVELS = [0, 1, 2, 3, 4];

/**
 * Per service and aspect, the highest level for which every level up to it is allowed (with
 * conditions at most) under the rule set; null when not even level 0 is.
 */
export function highestPermittedLevels(services: readonly Service[], ruleSet: RuleSet): Map<string, LevelsOrNull> {
  const probes = reportAspects.flatMap((a) => LEVELS.map((l) => probe(a, l)));
  const ev = createEvaluator(ruleSet, probes, services);
  const out = new Map<string, LevelsOrNull>();
  services.forEach((s, si) => {
    const levels: LevelsOrNull = { K: null, R: null, T: null, S: null };
    reportAspects.forEach((a, ai) => {
      for (const l of LEVELS) {
        const v = ev.evaluate(ai * LEVELS.length + l, si).verdict;
        if (verdictSeverity[v] > verdictSeverity.allowed_with_conditions) break;
        levels[a] = l;
      }
    });
    out.set(s.id, levels);
  });
  return out;
}
