// The contract of placement decisions: verdicts, placements and evaluation results.
import { z } from 'zod';
import type { LegalCategories } from '../map/model.js';

export const verdicts = ['allowed', 'allowed_with_conditions', 'needs_legal_review', 'not_allowed'] as const;
export const Verdict = z.enum(verdicts);
export type Verdict = z.infer<typeof Verdict>;

/** Strictest wins: a higher number is stricter. */
export const verdictSeverity: Readonly<Record<Verdict, number>> = {
  allowed: 0,
  allowed_with_conditions: 1,
  needs_legal_review: 2,
  not_allowed: 3,
};

export const verdictLabels: Readonly<Record<Verdict, { sv: string; en: string }>> = {
  allowed: { sv: 'Tillåten', en: 'Allowed' },
  allowed_with_conditions: { sv: 'Tillåten med villkor', en: 'Allowed with conditions' },
  needs_legal_review: { sv: 'Kräver juridisk bedömning', en: 'Needs legal review' },
  not_allowed: { sv: 'Ej tillåten', en: 'Not allowed' },
};

export function stricter(a: Verdict, b: Verdict): Verdict {
  return verdictSeverity[a] >= verdictSeverity[b] ? a : b;
}

/** Which information asset is stored in which service, and why. */
export const Placement = z.object({
  assetId: z.string().min(1),
  serviceId: z.string().min(1),
  purpose: z.string().max(1000).default(''),
});
export type Placement = z.input<typeof Placement>;

type MaybeLevel = number | null | undefined;

/**
 * What the engine needs of an asset. `Asset` from src/map/model.ts fits as it is;
 * levels are null while the asset is unclassified.
 */
export interface PlacementAsset {
  id: string;
  departmentId: string;
  name?: string;
  levels: { K: MaybeLevel; R: MaybeLevel; T: MaybeLevel; S: MaybeLevel } | null;
  legal: LegalCategories;
}

export interface Reason {
  ruleId: string;
  sv: string;
  en: string;
}

export interface ConditionToFulfil {
  /** Stable id, so the same condition from two rules is listed once. */
  id: string;
  ruleId: string;
  sv: string;
  en: string;
}

/** The verdict for one (asset, service) pair. Results may be shared between pairs: treat as read-only. */
export interface PlacementResult {
  readonly verdict: Verdict;
  readonly firedRules: readonly string[];
  readonly reasons: readonly Reason[];
  readonly conditions: readonly ConditionToFulfil[];
  /** Facts (raw names, e.g. `service.thirdCountrySubProcessors`) that kept a rule undecided. */
  readonly unknownFacts: readonly string[];
  readonly ruleSetId: string;
  readonly ruleSetVersion: string;
}
