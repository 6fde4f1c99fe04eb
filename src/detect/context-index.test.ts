// countIn keeps a window per slot and moves it: it must count exactly what a scan of the list
// would, whichever way successive queries move.
import { describe, expect, it } from 'vitest';
import { ContextIndex } from './context-index.js';

describe('ContextIndex.countIn', () => {
  it('counts the hits in [lo, hi] for queries moving forward, backward and jumping', () => {
    const ctx = new ContextIndex();
    const positions: number[] = [];
    let p = 0;
    for (let k = 0; k < 400; k++) {
      p += k % 7 === 0 ? 0 : (k * 37) % 23; // repeats and gaps
      positions.push(p);
      ctx.add(3, p);
    }
    const brute = (lo: number, hi: number) => positions.filter((x) => x >= lo && x <= hi).length;
    let seed = 5;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const queries: [number, number][] = [];
    for (let s = -50; s < p + 50; s += 13) queries.push([s - 300, s + 300]); // forward, as terms are scored
    for (let s = p; s > 0; s -= 97) queries.push([s - 40, s + 5]); // backward
    for (let k = 0; k < 200; k++) {
      const lo = rand(p + 100) - 50;
      queries.push([lo, lo + rand(800)]); // anywhere
    }
    for (const [lo, hi] of queries) expect(ctx.countIn(3, lo, hi), `[${lo}, ${hi}]`).toBe(brute(lo, hi));
    expect(ctx.countIn(4, 0, 1e9)).toBe(0);
  });

  it('gives the distance to the nearest hit before and after a position, across growth of the list', () => {
    const ctx = new ContextIndex();
    const positions: number[] = [];
    for (let k = 0, p = 0; k < 5000; k++, p += 1 + ((k * 131) % 97)) {
      positions.push(p);
      ctx.add(2, p);
    }
    expect(ctx.positions(2)).toEqual(positions);
    for (let pos = -5; pos < positions.at(-1)! + 10; pos += 7) {
      const before = positions.filter((x) => x < pos).at(-1);
      const after = positions.find((x) => x >= pos);
      expect(ctx.distanceBefore(2, pos)).toBe(before === undefined ? Infinity : pos - before);
      expect(ctx.distanceAfter(2, pos)).toBe(after === undefined ? Infinity : after - pos);
    }
    expect(ctx.distanceBefore(1, 100)).toBe(Infinity);
  });
});
