// A digit run (or part of one) as the recognisers see it: group lengths, separators and digit
// values in fixed tables, refilled for every range tried — no string or object per number. The
// normalised value a finding needs is made from the text only when the finding is built
// (candidate-queue.ts).
import { luhnDigits } from './checksums.js';

export class RunView {
  text = '';
  /** Span of the range in the text (first digit, after last digit). */
  start = 0;
  end = 0;
  /** The character before the range's first digit is '+'. */
  plusBefore = false;
  /** "+46 (0)" stands right before the range: its digits are a national number without the trunk 0. */
  trunkBefore = false;
  digitCount = 0;
  groups = 0;
  /** Length of group k. */
  readonly lens = new Int32Array(12);
  /** Separator before group k (k ≥ 1), as char-class.ts `groupSeparator` gives it: SEP_SPACE, SEP_HYPHEN or SEP_PLUS. */
  readonly seps = new Int32Array(12);
  /** Digit values, separators left out. */
  readonly digits = new Uint8Array(48);

  /** The digits from..from+len as a number (len ≤ 15). */
  number(from: number, len: number): number {
    let v = 0;
    for (let k = from; k < from + len; k++) v = v * 10 + this.digits[k]!;
    return v;
  }

  /** Exactly two groups of these lengths with this separator between them ("6-4"). */
  isPair(first: number, second: number, sep: number): boolean {
    return this.groups === 2 && this.lens[0] === first && this.lens[1] === second && this.seps[1] === sep;
  }

  /** Luhn (mod 10) over the digits from..to; the last is the check digit. */
  luhn(from: number, to: number): boolean {
    return luhnDigits(this.digits, from, to);
  }
}
