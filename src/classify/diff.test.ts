import { describe, expect, it } from 'vitest';
import { diffObjects } from './diff.js';

describe('diffObjects', () => {
  it('names nested changes by dotted path, sorted', () => {
    const before = { name: 'Bygglov', legal: { personalData: false, securityClass: 'none' }, levels: { K: 1, R: 2 } };
    const after = { name: 'Bygglov', legal: { personalData: true, securityClass: 'none' }, levels: { K: 2, R: 2 } };
    expect(diffObjects(before, after)).toEqual([
      { field: 'legal.personalData', before: false, after: true },
      { field: 'levels.K', before: 1, after: 2 },
    ]);
  });

  it('compares arrays as whole values', () => {
    const changes = diffObjects({ osl: [{ ref: '26:1' }] }, { osl: [{ ref: '26:1' }, { ref: '21:3' }] });
    expect(changes).toEqual([{ field: 'osl', before: [{ ref: '26:1' }], after: [{ ref: '26:1' }, { ref: '21:3' }] }]);
    expect(diffObjects({ osl: [{ ref: '26:1', harmTest: 'omvant' }] }, { osl: [{ harmTest: 'omvant', ref: '26:1' }] })).toEqual([]);
  });

  it('shows added and removed fields against null, and treats a missing key as null', () => {
    expect(diffObjects({ a: 1 }, { b: 2 })).toEqual([
      { field: 'a', before: 1, after: null },
      { field: 'b', before: null, after: 2 },
    ]);
    expect(diffObjects({ reviewDue: null }, {})).toEqual([]);
  });

  it('reports a whole object replaced by a scalar', () => {
    expect(diffObjects({ levels: { K: 1 } }, { levels: null })).toEqual([{ field: 'levels', before: { K: 1 }, after: null }]);
  });

  it('finds nothing between equal values', () => {
    expect(diffObjects({ a: { b: [1, 2] }, c: 'x' }, { c: 'x', a: { b: [1, 2] } })).toEqual([]);
  });
});
