// The contract of risk assessment: matrix (data), scenarios, treatment with measures, acceptance.
import { z } from 'zod';

export const Text = z.object({ sv: z.string().min(1).max(2000), en: z.string().min(1).max(2000) });
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD');
const Id = z.string().min(1).max(100);

const Step = z.object({ value: z.number().int().min(1).max(10), name: Text, description: Text.optional() });

export const RiskLevel = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  name: Text,
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** Text colour on `colour`, chosen for WCAG contrast. */
  textColour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** Longest acceptance period for a risk at this level. */
  maxAcceptanceDays: z.number().int().min(1).max(3650),
  /** Who may accept a risk at this level (a role, never a person). */
  acceptedBy: Text,
});
export type RiskLevel = z.infer<typeof RiskLevel>;

/** Likelihood × consequence. Levels are listed from least to most severe; grid rows are likelihood, columns consequence. */
export const RiskMatrix = z
  .object({
    format: z.literal('infovakt-risk-matrix'),
    formatVersion: z.literal(1),
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    name: Text,
    likelihood: z.array(Step).min(2).max(10),
    consequence: z.array(Step).min(2).max(10),
    levels: z.array(RiskLevel).min(2).max(10),
    grid: z.array(z.array(z.string())),
  })
  .superRefine((m, ctx) => {
    const ids = new Set(m.levels.map((l) => l.id));
    if (ids.size !== m.levels.length) ctx.addIssue({ code: 'custom', path: ['levels'], message: 'level ids must be unique' });
    m.likelihood.forEach((s, i) => {
      if (s.value !== i + 1) ctx.addIssue({ code: 'custom', path: ['likelihood', i, 'value'], message: `expected ${i + 1}` });
    });
    m.consequence.forEach((s, i) => {
      if (s.value !== i + 1) ctx.addIssue({ code: 'custom', path: ['consequence', i, 'value'], message: `expected ${i + 1}` });
    });
    if (m.grid.length !== m.likelihood.length)
      ctx.addIssue({ code: 'custom', path: ['grid'], message: `grid needs ${m.likelihood.length} rows (one per likelihood)` });
    m.grid.forEach((row, r) => {
      if (row.length !== m.consequence.length)
        ctx.addIssue({ code: 'custom', path: ['grid', r], message: `row needs ${m.consequence.length} cells (one per consequence)` });
      row.forEach((cell, c) => {
        if (!ids.has(cell)) ctx.addIssue({ code: 'custom', path: ['grid', r, c], message: `unknown level "${cell}"` });
      });
    });
  });
export type RiskMatrix = z.infer<typeof RiskMatrix>;

export const Assessment = z.object({
  likelihood: z.number().int().min(1).max(10),
  consequence: z.number().int().min(1).max(10),
});
export type Assessment = z.infer<typeof Assessment>;

export const RiskScope = z.object({ kind: z.enum(['asset', 'service']), id: Id });

export const RiskScenarioInput = z.object({
  scope: RiskScope,
  title: z.string().trim().min(1).max(300),
  threat: z.string().max(2000).default(''),
  vulnerability: z.string().max(2000).default(''),
  description: z.string().max(5000).default(''),
  /** Inherent risk: before the measures of this scenario. */
  inherent: Assessment,
  /** Residual risk as assessed after the measures; when absent it is derived from implemented measures. */
  residual: Assessment.nullable().default(null),
  ownerRole: z.string().max(200).default(''),
});
export type RiskScenarioInput = z.infer<typeof RiskScenarioInput>;

export const RiskScenario = RiskScenarioInput.extend({
  id: Id,
  matrixId: z.string(),
  matrixVersion: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RiskScenario = z.infer<typeof RiskScenario>;

export const MeasureStatus = z.enum(['planned', 'in_progress', 'implemented', 'cancelled']);
export type MeasureStatus = z.infer<typeof MeasureStatus>;

/** A measure and the steps by which it lowers likelihood and consequence once implemented. */
export const Measure = z.object({
  id: Id,
  title: z.string().trim().min(1).max(300),
  description: z.string().max(5000).default(''),
  ownerRole: z.string().max(200).default(''),
  deadline: IsoDate.nullable().default(null),
  status: MeasureStatus.default('planned'),
  reduces: z.object({ likelihood: z.number().int().min(0).max(9).default(0), consequence: z.number().int().min(0).max(9).default(0) }).default({ likelihood: 0, consequence: 0 }),
  /** Reference to the measures catalogue, e.g. an ISO/IEC 27001 Annex A control. */
  catalogueRef: z.string().max(100).nullable().default(null),
});
export type Measure = z.infer<typeof Measure>;

export const Treatment = z.object({
  scenarioId: Id,
  strategy: z.enum(['reduce', 'avoid', 'transfer', 'accept']),
  measures: z.array(Measure).default([]),
});
export type Treatment = z.infer<typeof Treatment>;

export const AcceptanceState = z.enum(['created', 'submitted', 'accepted', 'rejected', 'revoked']);
export type AcceptanceState = z.infer<typeof AcceptanceState>;

export const AcceptanceEvent = z.object({
  from: AcceptanceState.nullable(),
  to: AcceptanceState,
  at: z.string(),
  by: z.string(),
  comment: z.string().max(2000).default(''),
});
export type AcceptanceEvent = z.infer<typeof AcceptanceEvent>;

export const RiskAcceptance = z.object({
  id: Id,
  scenarioId: Id,
  state: AcceptanceState,
  justification: z.string().max(5000),
  requestedBy: z.string(),
  /** Residual level when submitted: an approver decides on what was shown. */
  levelAtRequest: z.string().nullable(),
  expiresOn: IsoDate.nullable(),
  approver: z.string().nullable(),
  decidedAt: z.string().nullable(),
  history: z.array(AcceptanceEvent),
});
export type RiskAcceptance = z.infer<typeof RiskAcceptance>;
