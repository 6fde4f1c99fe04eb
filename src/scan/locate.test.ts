import { describe, expect, it } from 'vitest';
import { JoinedText } from './locate.js';

describe('JoinedText.locate', () => {
  const joined = new JoinedText([
    { text: 'Rubrik', location: { sheet: 'Lista', cell: 'A1' } },
    { text: 'rad ett\nrad två\n\nrad fyra', location: { line: 10 } },
    { text: 'sista', location: { paragraph: 3 } },
  ]);
  const at = (needle: string) => joined.locate(joined.text.indexOf(needle));

  it('names the segment and the offset within it', () => {
    expect(at('brik')).toEqual({ sheet: 'Lista', cell: 'A1', offset: 2 });
    expect(at('sta')).toEqual({ paragraph: 3, offset: 2 });
  });
  it('counts lines inside a line-based segment: line and column', () => {
    expect(at('rad ett')).toEqual({ line: 10, offset: 0 });
    expect(at('ett')).toEqual({ line: 10, offset: 4 });
    expect(at('två')).toEqual({ line: 11, offset: 4 });
    expect(at('fyra')).toEqual({ line: 13, offset: 4 });
  });
  it('locates every row of a 200,000-line register (a finding per line)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `rad ${i};19121212-1212`);
    const big = new JoinedText([{ text: rows.join('\n'), location: { line: 1 } }]);
    let offset = 0;
    for (let i = 0; i < rows.length; i++) {
      const loc = big.locate(offset + 4);
      if (loc.line !== i + 1 || loc.offset !== 4) throw new Error(`row ${i}: ${JSON.stringify(loc)}`);
      offset += rows[i]!.length + 1;
    }
  });
});
