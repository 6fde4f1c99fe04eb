// The rule sets shipped with infovakt, loaded from catalog/placement and validated on load.
import { readFileSync } from 'node:fs';
import { parseRuleSet, type RuleSet } from './ruleset.js';

export const shippedRuleSetIds = ['cautious', 'balanced'] as const;
export type ShippedRuleSetId = (typeof shippedRuleSetIds)[number];

const cache = new Map<string, RuleSet>();

export function loadShippedRuleSet(id: ShippedRuleSetId): RuleSet {
  let rs = cache.get(id);
  if (!rs) {
    const url = new URL(`../../catalog/placement/${id}.json`, import.meta.url);
    rs = parseRuleSet(JSON.parse(readFileSync(url, 'utf8')));
    cache.set(id, rs);
  }
  return rs;
}
