import { ExtractError, type ExtractLimits, type Segment, type Location } from './types.js';

/** A limit of the whole top-level file: once hit, every container above stops too. */
export class BudgetExceeded extends ExtractError {
  override name = 'BudgetExceeded';
}

/** Resource use of one top-level file, shared by every nested document inside it. */
export class Budget {
  private expanded = 0;
  readonly deadline: number;

  constructor(readonly limits: ExtractLimits, now = Date.now()) {
    this.deadline = now + limits.maxMillis;
  }

  /** Count bytes produced by decompression; throws once the whole file has expanded too far. */
  addExpanded(bytes: number): void {
    this.expanded += bytes;
    if (this.expanded > this.limits.maxExpandedBytes) {
      throw new BudgetExceeded(`expanded size exceeds ${this.limits.maxExpandedBytes} bytes (possible zip bomb)`);
    }
  }

  checkTime(): void {
    if (Date.now() > this.deadline) {
      throw new BudgetExceeded(`time limit of ${this.limits.maxMillis} ms exceeded`);
    }
  }
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 13 || c === 10;

/** Collects segments of one document and stops at the text limit. */
export class SegmentSink {
  readonly segments: Segment[] = [];
  private chars = 0;
  truncated = false;

  constructor(private readonly maxChars: number) {}

  add(text: string, location: Location): void {
    if (this.truncated) return;
    // Trailing blanks off by hand: the regular expression /[ \t\r\n]+$/ backtracks through every
    // blank run inside the text (quadratic on a file of spaces followed by one letter).
    let end = text.length;
    while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
    const trimmed = end === text.length ? text : text.slice(0, end);
    if (!/\S/.test(trimmed)) return;
    const room = this.maxChars - this.chars;
    if (trimmed.length > room) {
      this.truncated = true;
      if (room > 0) this.segments.push({ text: trimmed.slice(0, room), location });
      this.chars = this.maxChars;
      return;
    }
    this.chars += trimmed.length;
    this.segments.push({ text: trimmed, location });
  }

  get full(): boolean {
    return this.truncated;
  }
}
