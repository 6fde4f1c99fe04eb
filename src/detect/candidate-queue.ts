// The candidates of one pass, in text order, in parallel typed arrays. A register makes a candidate
// every ~50 bytes, and an object per candidate and per reading (with a list of readings) cost more
// in allocation and garbage collection than recognising the number did. A digit run's readings are
// stored as numbers (type, base score, value prefix, digits skipped, detail) and become objects
// only when a finding is built; the other recognisers' candidates (e-mail, IBAN, ICD, names) stay
// objects, queued in the same order.
import { type Candidate, DETAIL_NONE, DETAILS, type Interpretation, PREFIX_NONE, type ReadingSink, prefixText } from './candidate.js';
import { grow } from './typed-array.js';
import { DETECTION_TYPES } from './types.js';

/**
 * A digit reading's normalised value: `prefix` + the digits of text[start, end) after the first
 * `skip` (separators left out), the digit groups sliced whole.
 */
export function digitValue(text: string, start: number, end: number, prefix: string, skip: number): string {
  let value = prefix;
  for (let p = start; p < end; ) {
    let q = p;
    while (q < end && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
    const from = Math.min(p + skip, q);
    skip -= from - p;
    if (from < q) value += text.slice(from, q);
    p = q + 1; // one separator between groups
  }
  return value;
}

export class CandidateQueue implements ReadingSink {
  /** Candidates in the queue, from index 0. */
  length = 0;
  /** Span of candidate k in the text. */
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** Digit candidates: the digits their value is read from (the span may also hold a '+'). */
  valueStart = new Int32Array(256);
  valueEnd = new Int32Array(256);
  /** Number of readings (0: an object candidate) and the index of the first reading or of the object. */
  readings = new Uint8Array(256);
  first = new Int32Array(256);
  /** Readings: type (index in DETECTION_TYPES), base score (hundredths), prefix and detail codes (candidate.ts), digits skipped. */
  readingCount = 0;
  type = new Uint8Array(256);
  base = new Uint8Array(256);
  prefix = new Uint8Array(256);
  detail = new Uint8Array(256);
  skip = new Uint8Array(256);
  private readonly objects: Candidate[] = [];
  /** Readings added since the last candidate was committed. */
  private open = 0;

  constructor(public text: string) {}

  /** Empty again for `text`, keeping the capacity (a detector reuses its queue from document to document). */
  reset(text: string): void {
    this.text = text;
    this.length = 0;
    this.readingCount = 0;
    this.open = 0;
    this.objects.length = 0;
  }

  /** A reading of the range being tried (recognisers call this); `commit` makes them a candidate. */
  add(type: number, base: number, prefix = PREFIX_NONE, skip = 0, detail = DETAIL_NONE): void {
    const r = this.readingCount + this.open++;
    if (r >= this.type.length) this.growReadings(r + 1);
    this.type[r] = type;
    this.base[r] = base;
    this.prefix[r] = prefix;
    this.skip[r] = skip;
    this.detail[r] = detail;
  }

  /** Readings added since the last commit. */
  get pending(): number {
    return this.open;
  }

  /** Is one of the open readings of this type (its index)? */
  openHas(type: number): boolean {
    for (let r = this.readingCount; r < this.readingCount + this.open; r++) if (this.type[r] === type) return true;
    return false;
  }

  /** The open readings become a candidate spanning [start, end), its value read from [valueStart, valueEnd). */
  commit(start: number, end: number, valueStart: number, valueEnd: number): void {
    const k = this.reserve();
    this.start[k] = start;
    this.end[k] = end;
    this.valueStart[k] = valueStart;
    this.valueEnd[k] = valueEnd;
    this.readings[k] = this.open;
    this.first[k] = this.readingCount;
    this.readingCount += this.open;
    this.open = 0;
  }

  push(c: Candidate): void {
    const k = this.reserve();
    this.start[k] = c.start;
    this.end[k] = c.end;
    this.readings[k] = 0;
    this.first[k] = this.objects.length;
    this.objects.push(c);
  }

  /** The object candidate at k, or null for a digit candidate. */
  object(k: number): Candidate | null {
    return this.readings[k] === 0 ? this.objects[this.first[k]!]! : null;
  }

  /** Reading r of digit candidate k as an object (only for a finding that is built). */
  interpretation(k: number, r: number): Interpretation {
    const value = digitValue(this.text, this.valueStart[k]!, this.valueEnd[k]!, prefixText(this.prefix[r]!), this.skip[r]!);
    const detail = DETAILS[this.detail[r]!];
    const type = DETECTION_TYPES[this.type[r]!]!;
    const base = this.base[r]! / 100;
    return detail === undefined ? { type, base, value } : { type, base, value, detail };
  }

  /** Drop candidates 0..h−1 (consumed), moving the rest, their readings and objects, to the front. */
  dropFront(h: number): void {
    let r0 = this.readingCount;
    let o0 = this.objects.length;
    for (let k = h; k < this.length; k++) {
      if (this.readings[k] === 0) o0 = Math.min(o0, this.first[k]!);
      else r0 = Math.min(r0, this.first[k]!);
    }
    for (const a of [this.start, this.end, this.valueStart, this.valueEnd, this.first, this.readings]) a.copyWithin(0, h, this.length);
    this.length -= h;
    for (let k = 0; k < this.length; k++) this.first[k]! -= this.readings[k] === 0 ? o0 : r0;
    for (const a of [this.type, this.base, this.prefix, this.detail, this.skip]) a.copyWithin(0, r0, this.readingCount + this.open);
    this.readingCount -= r0;
    this.objects.splice(0, o0);
  }

  /** Every candidate as an object (tests compare two passes). */
  toArray(): Candidate[] {
    return Array.from({ length: this.length }, (_, k) => {
      const obj = this.object(k);
      if (obj) return obj;
      const alts: Interpretation[] = [];
      for (let r = this.first[k]!; r < this.first[k]! + this.readings[k]!; r++) alts.push(this.interpretation(k, r));
      return { start: this.start[k]!, end: this.end[k]!, alts };
    });
  }

  private reserve(): number {
    const k = this.length++;
    if (k >= this.start.length) {
      const n = k + 1;
      this.start = grow(this.start, n);
      this.end = grow(this.end, n);
      this.valueStart = grow(this.valueStart, n);
      this.valueEnd = grow(this.valueEnd, n);
      this.readings = grow(this.readings, n);
      this.first = grow(this.first, n);
    }
    return k;
  }

  private growReadings(n: number): void {
    this.type = grow(this.type, n);
    this.base = grow(this.base, n);
    this.prefix = grow(this.prefix, n);
    this.detail = grow(this.detail, n);
    this.skip = grow(this.skip, n);
  }
}
