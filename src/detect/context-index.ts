// Positions of context words and category terms, per slot, in text order: the single pass appends,
// scoring queries by binary search (how near is the nearest supporting or counter word?).
import { SLOT_COUNT } from './lexicon.js';

export class ContextIndex {
  readonly starts: number[][] = Array.from({ length: SLOT_COUNT }, () => []);

  add(slot: number, start: number): void {
    this.starts[slot]!.push(start);
  }

  /** Index of the first hit with start ≥ pos. */
  private lowerBound(list: number[], pos: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Distance from the nearest hit that starts before `pos` (Infinity if none). */
  distanceBefore(slot: number, pos: number): number {
    const list = this.starts[slot]!;
    const i = this.lowerBound(list, pos);
    return i > 0 ? pos - list[i - 1]! : Infinity;
  }

  /** Distance to the nearest hit that starts at or after `pos` (Infinity if none). */
  distanceAfter(slot: number, pos: number): number {
    const list = this.starts[slot]!;
    const i = this.lowerBound(list, pos);
    return i < list.length ? list[i]! - pos : Infinity;
  }

  /** Whether a hit lies within [start - before, end + after]. */
  near(slot: number, start: number, end: number, before: number, after: number): boolean {
    return this.distanceBefore(slot, start) <= before || this.distanceAfter(slot, end) <= after;
  }

  // Per slot, the window [first, end) of the last countIn: terms are scored in text order, so
  // the next window lies a little further on and the bounds move a few steps, not a binary search
  // (whose unpredictable branches cost more than the rest of scoring a term).
  private readonly first = new Int32Array(SLOT_COUNT);
  private readonly end = new Int32Array(SLOT_COUNT);

  /** Number of hits within [lo, hi]; fastest when successive calls move forward through the text. */
  countIn(slot: number, lo: number, hi: number): number {
    const list = this.starts[slot]!;
    let a = Math.min(this.first[slot]!, list.length);
    while (a < list.length && list[a]! < lo) a++;
    while (a > 0 && list[a - 1]! >= lo) a--;
    let b = Math.max(a, Math.min(this.end[slot]!, list.length));
    while (b < list.length && list[b]! <= hi) b++;
    while (b > a && list[b - 1]! > hi) b--;
    this.first[slot] = a;
    this.end[slot] = b;
    return b - a;
  }
}
