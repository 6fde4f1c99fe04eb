// Risk on a configurable matrix (data): level of a likelihood × consequence cell, inherent and
// residual risk, and the heat map.
import { readFileSync } from 'node:fs';
import { RiskMatrix, type Assessment, type Measure, type RiskLevel, type RiskScenarioInput } from './model.js';

export const defaultRiskMatrixUrl = new URL('../../catalog/risk/matrix-5x5.json', import.meta.url);

export function parseRiskMatrix(json: unknown): RiskMatrix {
  const r = RiskMatrix.safeParse(json);
  if (!r.success) throw new Error(`Invalid risk matrix:\n${r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('\n')}`);
  return r.data;
}

export function loadRiskMatrix(url: URL = defaultRiskMatrixUrl): RiskMatrix {
  return parseRiskMatrix(JSON.parse(readFileSync(url, 'utf8')));
}

export interface RiskRating {
  likelihood: number;
  consequence: number;
  level: RiskLevel;
  /** Position of the level, 0 = least severe: for sorting and comparing. */
  severity: number;
  /** likelihood × consequence, a tie-breaker within a level. */
  score: number;
}

export function rate(matrix: RiskMatrix, a: Assessment): RiskRating {
  const { likelihood, consequence } = a;
  if (likelihood < 1 || likelihood > matrix.likelihood.length || consequence < 1 || consequence > matrix.consequence.length)
    throw new RangeError(`likelihood ${likelihood} × consequence ${consequence} is outside the ${matrix.likelihood.length}×${matrix.consequence.length} matrix ${matrix.id}`);
  const id = matrix.grid[likelihood - 1]![consequence - 1]!;
  const severity = matrix.levels.findIndex((l) => l.id === id);
  return { likelihood, consequence, level: matrix.levels[severity]!, severity, score: likelihood * consequence };
}

export function inherentRisk(matrix: RiskMatrix, scenario: Pick<RiskScenarioInput, 'inherent'>): RiskRating {
  return rate(matrix, scenario.inherent);
}

/**
 * Residual risk: the assessed residual when there is one; otherwise the inherent risk lowered by
 * the implemented measures (planned ones do not count), never below 1 on either axis.
 */
export function residualRisk(
  matrix: RiskMatrix,
  scenario: Pick<RiskScenarioInput, 'inherent' | 'residual'>,
  measures: readonly Pick<Measure, 'status' | 'reduces'>[] = [],
): RiskRating & { source: 'assessed' | 'measures' } {
  if (scenario.residual) return { ...rate(matrix, scenario.residual), source: 'assessed' };
  const done = measures.filter((m) => m.status === 'implemented');
  const lower = (start: number, by: number) => Math.max(1, start - by);
  const likelihood = lower(scenario.inherent.likelihood, done.reduce((n, m) => n + m.reduces.likelihood, 0));
  const consequence = lower(scenario.inherent.consequence, done.reduce((n, m) => n + m.reduces.consequence, 0));
  return { ...rate(matrix, { likelihood, consequence }), source: 'measures' };
}

export interface HeatCell {
  likelihood: number;
  consequence: number;
  level: RiskLevel;
  count: number;
  scenarioIds: string[];
}

/** Cells by likelihood (rows, 1 first) and consequence (columns), with the scenarios in each. */
export function heatMap(matrix: RiskMatrix, ratings: readonly { id: string; rating: Assessment }[]): HeatCell[][] {
  const grid = matrix.likelihood.map((l) =>
    matrix.consequence.map((c) => ({ likelihood: l.value, consequence: c.value, level: rate(matrix, { likelihood: l.value, consequence: c.value }).level, count: 0, scenarioIds: [] as string[] })),
  );
  for (const { id, rating } of ratings) {
    const cell = grid[rating.likelihood - 1]?.[rating.consequence - 1];
    if (!cell) throw new RangeError(`scenario ${id} is outside the matrix`);
    cell.count++;
    cell.scenarioIds.push(id);
  }
  return grid;
}
