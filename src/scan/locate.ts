import type { Location, Segment } from '../extract/index.js';

/**
 * Detection runs over all segments of a document joined by newlines, so that context words in a
 * neighbouring cell or paragraph count. This maps an offset in the joined text back to a segment.
 */
export class JoinedText {
  readonly text: string;
  private readonly starts: number[];
  /** Per line-based segment, the offsets where its lines start: built on first use. */
  private readonly lineStarts = new Map<number, number[]>();

  constructor(private readonly segments: Segment[]) {
    this.starts = [];
    let pos = 0;
    for (const s of segments) {
      this.starts.push(pos);
      pos += s.text.length + 1;
    }
    this.text = segments.map((s) => s.text).join('\n');
  }

  locate(offset: number): Location & { offset: number } {
    const index = lastAtOrBefore(this.starts, offset);
    const segment = this.segments[index];
    if (!segment) return { offset };
    const inner = offset - this.starts[index]!;
    const location: Location & { offset: number } = { ...segment.location, offset: inner };
    if (location.line !== undefined) {
      // Line-based segments (a text file, a CSV) span many lines: find the line by binary search
      // (a register has a finding on every line; counting lines per finding was quadratic).
      const lines = this.linesOf(index, segment.text);
      const line = lastAtOrBefore(lines, inner);
      location.line += line;
      location.offset = inner - lines[line]!;
    }
    return location;
  }

  private linesOf(index: number, text: string): number[] {
    let lines = this.lineStarts.get(index);
    if (!lines) {
      lines = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.push(i + 1);
      this.lineStarts.set(index, lines);
    }
    return lines;
  }
}

/** Index of the last element ≤ value in an ascending list (0 when none is). */
function lastAtOrBefore(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
