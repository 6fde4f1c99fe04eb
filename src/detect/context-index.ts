// Positions of context words and category terms, per slot, in text order: the single pass appends,
// scoring queries by binary search (how near is the nearest supporting or counter word?).
import { SLOT_COUNT } from './lexicon.js';
import { grow } from './typed-array.js';

export class ContextIndex {
  // Per slot, a typed array and its length: prose has a context word every ~150 bytes, and JS
  // arrays grown to 10^5 elements per document were reallocated in the large-object space, ~100 ns
  // a push (16 % of a prose scan); a typed array's store lies outside the garbage-collected heap.
  private readonly lists: Int32Array[] = Array.from({ length: SLOT_COUNT }, () => new Int32Array(16));
  private readonly lengths = new Int32Array(SLOT_COUNT);

  /** Empty again, keeping the capacity (a detector reuses its index from document to document). */
  clear(): void {
    this.lengths.fill(0);
    this.first.fill(0);
    this.end.fill(0);
  }

  add(slot: number, start: number): void {
    const n = this.lengths[slot]!;
    let list = this.lists[slot]!;
    if (n === list.length) list = this.lists[slot] = grow(list, n + 1);
    list[n] = start;
    this.lengths[slot] = n + 1;
  }

  /** The positions of one slot's words, in text order (tests compare two passes). */
  positions(slot: number): number[] {
    return Array.from(this.lists[slot]!.subarray(0, this.lengths[slot]!));
  }

  /** Distance from the nearest hit that starts before `pos` (Infinity if none). */
  distanceBefore(slot: number, pos: number): number {
    const list = this.lists[slot]!;
    const i = lowerBound(list, this.lengths[slot]!, pos);
    return i > 0 ? pos - list[i - 1]! : Infinity;
  }

  /** Distance to the nearest hit that starts at or after `pos` (Infinity if none). */
  distanceAfter(slot: number, pos: number): number {
    const list = this.lists[slot]!;
    const length = this.lengths[slot]!;
    const i = lowerBound(list, length, pos);
    return i < length ? list[i]! - pos : Infinity;
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
    const list = this.lists[slot]!;
    const length = this.lengths[slot]!;
    let a = Math.min(this.first[slot]!, length);
    while (a < length && list[a]! < lo) a++;
    while (a > 0 && list[a - 1]! >= lo) a--;
    let b = Math.max(a, Math.min(this.end[slot]!, length));
    while (b < length && list[b]! <= hi) b++;
    while (b > a && list[b - 1]! > hi) b--;
    this.first[slot] = a;
    this.end[slot] = b;
    return b - a;
  }
}

/** Index of the first of list[0, length) that is ≥ pos. */
function lowerBound(list: Int32Array, length: number, pos: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
