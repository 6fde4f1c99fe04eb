import { describe, expect, it } from 'vitest';
import { retentionRule } from './retention.js';

describe('retentionRule', () => {
  it.each([
    ['Bevaras', '', 'Bevaras'],
    ['B', '', 'Bevaras'],
    ['G', '2 år', 'Gallras efter 2 år'],
    ['Gallras', 'Vid inaktualitet', 'Gallras vid inaktualitet'],
    ['G', '5 år efter sista anteckning', 'Gallras 5 år efter sista anteckning'],
    ['Gallras efter 2 år', '', 'Gallras efter 2 år'],
    ['', '10 år', '10 år'],
    ['Bevaras', 'Levereras till arkivet efter 5 år', 'Bevaras, Levereras till arkivet efter 5 år'],
    ['  gallras \n', ' 3  månader ', 'Gallras efter 3 månader'],
  ])('%j + %j → %j', (decision, period, rule) => {
    expect(retentionRule(decision, period)).toBe(rule);
  });
});
