import { describe, expect, it } from 'vitest';
import { heatMap, inherentRisk, loadRiskMatrix, parseRiskMatrix, rate, residualRisk } from './matrix.js';
import { Measure } from './model.js';

const matrix = loadRiskMatrix();

describe('risk matrix (data)', () => {
  it('is a 5×5 matrix with four coloured levels named in Swedish and English', () => {
    expect(matrix.likelihood).toHaveLength(5);
    expect(matrix.consequence).toHaveLength(5);
    expect(matrix.levels.map((l) => l.id)).toEqual(['low', 'medium', 'high', 'very_high']);
    for (const l of matrix.levels) expect(l.colour).toMatch(/^#[0-9a-f]{6}$/i);
    expect(matrix.levels[3]!.name).toEqual({ sv: 'Mycket hög', en: 'Very high' });
  });

  it('rejects a grid that does not fit or names an unknown level', () => {
    const bad = structuredClone(matrix);
    bad.grid[2]![4] = 'extreme';
    bad.grid.pop();
    expect(() => parseRiskMatrix(bad)).toThrow(/grid: grid needs 5 rows[\s\S]*grid\.2\.4: unknown level "extreme"/);
  });
});

describe('rating', () => {
  it('reads the cell for likelihood × consequence', () => {
    expect(rate(matrix, { likelihood: 1, consequence: 1 })).toMatchObject({ severity: 0, score: 1, level: { id: 'low' } });
    expect(rate(matrix, { likelihood: 5, consequence: 5 }).level.id).toBe('very_high');
    expect(rate(matrix, { likelihood: 3, consequence: 3 }).level.id).toBe('high');
    expect(() => rate(matrix, { likelihood: 6, consequence: 1 })).toThrow(RangeError);
  });

  it('takes the assessed residual when there is one', () => {
    const s = { inherent: { likelihood: 4, consequence: 4 }, residual: { likelihood: 2, consequence: 3 } };
    expect(inherentRisk(matrix, s).level.id).toBe('very_high');
    expect(residualRisk(matrix, s)).toMatchObject({ source: 'assessed', likelihood: 2, consequence: 3, level: { id: 'medium' } });
  });

  it('derives the residual from implemented measures only, never below 1', () => {
    const s = { inherent: { likelihood: 4, consequence: 4 }, residual: null };
    const measures = [
      Measure.parse({ id: 'm1', title: 'MFA', status: 'implemented', reduces: { likelihood: 2 } }),
      Measure.parse({ id: 'm2', title: 'Kryptering', status: 'planned', reduces: { consequence: 2 } }),
      Measure.parse({ id: 'm3', title: 'Loggning', status: 'implemented', reduces: { likelihood: 5, consequence: 1 } }),
    ];
    expect(residualRisk(matrix, s, measures)).toMatchObject({ source: 'measures', likelihood: 1, consequence: 3, level: { id: 'low' } });
    expect(residualRisk(matrix, s, []).level.id).toBe('very_high');
  });
});

describe('heat map', () => {
  it('counts scenarios per cell with the cell level', () => {
    const grid = heatMap(matrix, [
      { id: 's1', rating: { likelihood: 5, consequence: 4 } },
      { id: 's2', rating: { likelihood: 5, consequence: 4 } },
      { id: 's3', rating: { likelihood: 1, consequence: 2 } },
    ]);
    expect(grid[4]![3]).toMatchObject({ likelihood: 5, consequence: 4, count: 2, scenarioIds: ['s1', 's2'], level: { id: 'very_high' } });
    expect(grid[0]![1]!.count).toBe(1);
    expect(grid.flat().reduce((n, c) => n + c.count, 0)).toBe(3);
  });
});
