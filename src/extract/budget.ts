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

/** Collects segments of one document and stops at the text limit. */
export class SegmentSink {
  readonly segments: Segment[] = [];
  private chars = 0;
  truncated = false;

  constructor(private readonly maxChars: number) {}

  add(text: string, location: Location): void {
    if (this.truncated) return;
    const trimmed = text.replace(/[ \t\r\n]+$/u, '');
    if (trimmed.trim() === '') return;
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
