// API types and hooks for the services register, placement decisions, what-if and risk.
// Shapes mirror src/services, src/placement and src/risk (types only are imported from the server).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CatalogueEntry, ServiceCatalogue, ServiceFacts, ServiceInput, Verification } from '../../../src/services/model.ts';
import type { ConditionToFulfil, PlacementResult, Reason, Verdict } from '../../../src/placement/model.ts';
import type { RiskAcceptance, RiskLevel, RiskMatrix, RiskScenarioInput, Measure } from '../../../src/risk/model.ts';
import { api } from './client.ts';
import type { Levels } from './types.ts';

export type { CatalogueEntry, ConditionToFulfil, Measure, PlacementResult, Reason, RiskAcceptance, RiskLevel, RiskMatrix, ServiceCatalogue, ServiceFacts, ServiceInput, Verdict, Verification };

export const verdictOrder: readonly Verdict[] = ['allowed', 'allowed_with_conditions', 'needs_legal_review', 'not_allowed'];

// ---- services --------------------------------------------------------------------------------

export interface StoredService extends ServiceInput {
  id: string;
  version: number;
  updatedAt: string;
  placementCount: number;
}

export function useServices() {
  return useQuery({ queryKey: ['services'], queryFn: async () => (await api<{ items: StoredService[] }>('/api/services')).items });
}

export function useService(id: string | undefined) {
  return useQuery({ queryKey: ['service', id], queryFn: () => api<StoredService>(`/api/services/${id}`), enabled: !!id });
}

export function useServiceCatalogue() {
  return useQuery({ queryKey: ['catalog', 'services'], queryFn: () => api<ServiceCatalogue>('/api/catalog/services'), staleTime: Number.POSITIVE_INFINITY });
}

// ---- placement -------------------------------------------------------------------------------

export interface DecisionRow {
  id: string;
  asset_id: string;
  service_id: string;
  decision: 'confirmed' | 'overridden';
  decided_verdict: Verdict;
  reason: string;
  decided_by: string;
  decided_on: string;
  rule_set_id: string;
  rule_set_version: string;
  evaluated_verdict: Verdict;
  evaluated_rules: string[];
  status: 'current' | 'needs_review' | 'superseded';
  flag_reason: string | null;
}

export interface PlacementView {
  placementId: string;
  asset: { id: string; ref: string; name: string; departmentId: string; departmentName: string; levels: Levels | null };
  service: { id: string; name: string };
  purpose: string;
  result: PlacementResult;
  decision: DecisionRow | null;
  violation: boolean;
}

export interface ServiceClass {
  serviceId: string;
  levels: Record<'K' | 'R' | 'T' | 'S', number | null>;
  raisedForAggregation: boolean;
  assetCount: number;
  unclassifiedAssetIds: string[];
}

export interface Overview {
  ruleSet: { id: string; version: string };
  counts: Record<Verdict, number>;
  placements: PlacementView[];
  violations: PlacementView[];
  services: { id: string; name: string; ownerJurisdiction: string; dataLocation: string; keyControl: string; processing: string; effectiveClass: ServiceClass; verdicts: Partial<Record<Verdict, number>> }[];
  staleDecisions: { id: string; reason: string }[];
}

export function usePlacementOverview(ruleSet?: string) {
  return useQuery({
    queryKey: ['placement', 'overview', ruleSet ?? null],
    queryFn: () => api<Overview>('/api/placement/overview', { query: { ruleSet } }),
    placeholderData: keepPreviousData,
  });
}

export interface RuleSetItem {
  id: string;
  name: { sv: string; en: string } | string;
  version: string;
  shipped: boolean;
}

export function useRuleSets() {
  return useQuery({ queryKey: ['rulesets'], queryFn: () => api<{ active: string; items: RuleSetItem[] }>('/api/rulesets') });
}

export interface RankedService {
  serviceId: string;
  serviceName: string;
  result: PlacementResult;
}

export function usePlacementOptions(assetId: string | undefined, ruleSet?: string) {
  return useQuery({
    queryKey: ['placement', 'options', assetId, ruleSet ?? null],
    queryFn: () => api<{ ruleSet: { id: string; version: string }; items: RankedService[] }>(`/api/assets/${assetId}/placement-options`, { query: { ruleSet } }),
    enabled: !!assetId,
    placeholderData: keepPreviousData,
  });
}

export interface WhatIfSide {
  verdict: Verdict;
  label: { sv: string; en: string };
  rules: string[];
}

export interface WhatIfResult {
  from: { id: string; version: string };
  to: { id: string; version: string };
  scope: 'placements' | 'all_pairs';
  pairsCompared: number;
  verdictChanges: number;
  conditionOnlyChanges: number;
  transitions: Record<string, number>;
  changes: {
    department: string;
    asset: { id: string; ref: string; name: string };
    service: { id: string; name: string };
    placed: boolean;
    conditionsOnly: boolean;
    from: WhatIfSide;
    to: WhatIfSide;
  }[];
}

export function useWhatIf() {
  return useMutation({
    mutationFn: (body: { from: string; to: string; scope: 'placements' | 'all_pairs' }) => api<WhatIfResult>('/api/placement/whatif', { method: 'POST', body }),
  });
}

/** Invalidate everything that shows services, placements or decisions after a change. */
export function useInvalidatePlacement() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ['services'] }),
      qc.invalidateQueries({ queryKey: ['service'] }),
      qc.invalidateQueries({ queryKey: ['placement'] }),
      qc.invalidateQueries({ queryKey: ['risks'] }),
      qc.invalidateQueries({ queryKey: ['dashboard'] }),
    ]);
}

// ---- risk ------------------------------------------------------------------------------------

export interface RiskRating {
  likelihood: number;
  consequence: number;
  level: RiskLevel;
  severity: number;
  score: number;
  source?: 'assessed' | 'measures';
}

export interface RatedScenario {
  id: string;
  departmentId: string | null;
  scenario: RiskScenarioInput;
  treatment: { strategy: 'reduce' | 'avoid' | 'transfer' | 'accept'; measures: Measure[] };
  matrixId: string;
  matrixVersion: string;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  inherentRating: RiskRating;
  residualRating: RiskRating;
  acceptances: (RiskAcceptance & { effectiveState: RiskAcceptance['state'] | 'expired' })[];
}

export interface HeatCell {
  likelihood: number;
  consequence: number;
  level: RiskLevel;
  count: number;
  scenarioIds: string[];
}

export function useRisks(filter: { assetId?: string; serviceId?: string } = {}) {
  return useQuery({ queryKey: ['risks', 'list', filter], queryFn: async () => (await api<{ items: RatedScenario[] }>('/api/risks', { query: filter })).items });
}

export function useRiskHeatmap() {
  return useQuery({ queryKey: ['risks', 'heatmap'], queryFn: () => api<{ matrix: RiskMatrix; inherent: HeatCell[][]; residual: HeatCell[][] }>('/api/risks/heatmap') });
}

export const reportFormats = ['pdf', 'docx', 'xlsx'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export function reportUrl(format: ReportFormat, departmentId?: string): string {
  const q = new URLSearchParams({ format });
  if (departmentId) q.set('departmentId', departmentId);
  return `/api/reports/decision-basis?${q.toString()}`;
}
