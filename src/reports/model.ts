// The decision basis (beslutsunderlag) as plain data: gathered once from the database, then turned
// into docx, pdf and xlsx by pure builders that know nothing of SQL or HTTP.
import type { Verdict } from '../placement/model.js';

export const reportAspects = ['K', 'R', 'T', 'S'] as const;
export type ReportAspect = (typeof reportAspects)[number];

export type LevelsOrNull = Record<ReportAspect, number | null>;

export interface ScaleLevelInfo {
  value: number;
  code: string;
  name: string;
  color: string;
  textColor: string;
}

export interface ReportAsset {
  id: string;
  ref: string;
  name: string;
  departmentCode: string;
  departmentName: string;
  /** null while unclassified. */
  levels: LevelsOrNull | null;
  classificationState: 'unclassified' | 'draft' | 'approved';
  /** Legal categories in short Swedish ("OSL 26:1 (omvänt), GDPR art. 9"). */
  legal: string;
  reviewDue: string | null;
  services: string[];
}

export interface ReportService {
  id: string;
  name: string;
  provider: string;
  /** Short Swedish description of owner jurisdiction, data location and key control. */
  facts: string;
  /** The effective class: per aspect the highest level held (aggregation counted). */
  holds: LevelsOrNull;
  raisedForAggregation: boolean;
  /** Per aspect the highest level the rule set lets the service hold without review (null: none). */
  mayHold: LevelsOrNull;
  assetCount: number;
  unclassifiedCount: number;
  verdicts: Partial<Record<Verdict, number>>;
}

export interface MatrixCell {
  assetId: string;
  serviceId: string;
  verdict: Verdict;
  rules: string[];
  violation: boolean;
  decided: boolean;
}

export interface ReportViolation {
  assetRef: string;
  assetName: string;
  departmentName: string;
  departmentCode: string;
  serviceName: string;
  verdict: Verdict;
  rules: string[];
  /** The reasons of the rules that gave the verdict. */
  reasons: string[];
  /** Reasons of rules that only added conditions or raised a level. */
  otherReasons: string[];
  /** A decision exists but its basis changed, or none exists. */
  decisionNote: string;
}

export interface ServiceConditions {
  serviceName: string;
  items: { id: string; ruleId: string; text: string; assets: string[] }[];
}

export interface ReportDecision {
  assetName: string;
  serviceName: string;
  decision: 'confirmed' | 'overridden';
  verdict: Verdict;
  evaluatedVerdict: Verdict;
  reason: string;
  decidedBy: string;
  decidedOn: string;
  ruleSet: string;
  status: 'current' | 'needs_review' | 'superseded';
  flagReason: string | null;
}

/** A risk scenario as the report shows it; filled once risk storage exists. */
export interface ReportRiskScenario {
  title: string;
  subject: string;
  likelihood: number;
  consequence: number;
  /** Residual risk level label and colour, from the municipality's matrix. */
  level: string;
  color?: string;
  treatment: string;
  owner: string;
}

export interface ReportRiskAcceptance {
  scenario: string;
  approver: string;
  justification: string;
  expires: string;
  state: 'created' | 'submitted' | 'accepted' | 'rejected' | 'revoked';
}

export interface ReportRisks {
  scenarios: ReportRiskScenario[];
  acceptances: ReportRiskAcceptance[];
  /** Likelihood × consequence counts for a heat map: heat[l-1][c-1]. */
  heat?: number[][];
}

export interface ReportRule {
  id: string;
  title: string;
  verdict: Verdict | null;
  reason: string;
  basis: string[];
}

export interface ReportData {
  title: string;
  municipality: string;
  /** The department the report covers; null for the whole municipality. */
  department: { code: string; name: string } | null;
  producedOn: string;
  producedBy: string;
  ruleSet: { id: string; version: string; name: string; status: string; publishedOn: string | null; description: string };
  scale: ScaleLevelInfo[];
  summary: {
    departments: number;
    assets: number;
    classified: number;
    approved: number;
    unclassified: number;
    reviewOverdue: number;
    services: number;
    placements: number;
    verdictCounts: Record<Verdict, number>;
    violations: number;
    decisions: number;
    decisionsNeedingReview: number;
  };
  /** Per aspect the number of assets on each level (index = level). */
  distribution: Record<ReportAspect, number[]>;
  departments: { code: string; name: string; assets: number; classified: number; violations: number }[];
  assets: ReportAsset[];
  services: ReportService[];
  matrix: { cells: MatrixCell[] };
  violations: ReportViolation[];
  conditions: ServiceConditions[];
  decisions: ReportDecision[];
  /** Absent until risk storage exists; the report then says that no assessments are registered. */
  risks?: ReportRisks;
  rules: ReportRule[];
}
