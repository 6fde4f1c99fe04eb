import type { Location, Segment } from '../extract/index.js';

/**
 * Detection runs over all segments of a document joined by newlines, so that context words in a
 * neighbouring cell or paragraph count. This maps an offset in the joined text back to a segment.
 */
export class JoinedText {
  readonly text: string;
  private readonly starts: number[];

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
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const segment = this.segments[lo];
    if (!segment) return { offset };
    const inner = offset - this.starts[lo]!;
    const location: Location & { offset: number } = { ...segment.location, offset: inner };
    if (location.line !== undefined) {
      // Line-based segments span many lines: count the ones before the match.
      let extra = 0;
      for (let i = segment.text.indexOf('\n'); i >= 0 && i < inner; i = segment.text.indexOf('\n', i + 1)) extra++;
      location.line += extra;
      if (extra > 0) location.offset = inner - segment.text.lastIndexOf('\n', inner - 1) - 1;
    }
    return location;
  }
}
