// Candidates are scored during the pass (engine.ts, `settled`): a context word *after* a number
// must still count when digit runs that trigger the early scoring follow it, and the result must
// not depend on how dense the surrounding numbers are.
import { describe, expect, it } from 'vitest';
import { createDetector } from './index.js';

const NOW = new Date('2026-11-15');
const det = createDetector({ hashKey: 'k', minConfidence: 'low', reveal: true, now: NOW });

describe('scoring during the pass', () => {
  it('counts a supporting word up to 100 characters after the number, with numbers in between', () => {
    // "1 av 2" is read before "personnummer": the number must not be scored that early.
    const text = '8112189876 (1 av 2 i ärendet) är hans personnummer enligt ansökan 12 34 56 78 90 1234 5678';
    const f = det.detect(text).find((x) => x.type === 'SE_PERSONNUMMER');
    expect(f).toMatchObject({ value: '198112189876', confidence: 'high' });
  });

  it('gives the same findings for a number whether or not a dense table follows', () => {
    const head = 'Kontakt 070-123 45 67, pnr 811218-9876. ';
    const rows = Array.from({ length: 200 }, (_, i) => `${i};2023-01-${10 + (i % 18)};${1000 + i},50;08-${500000 + i}\n`).join('');
    const alone = det.detect(head);
    const dense = det.detect(head + rows).filter((x) => x.end <= head.length);
    expect(dense).toEqual(alone);
    // Every row's phone number is found, each exactly once, in text order.
    const phones = det.detect(rows).filter((x) => x.type === 'SE_PHONE');
    expect(phones).toHaveLength(200);
    expect(phones.map((x) => x.start)).toEqual([...phones.map((x) => x.start)].sort((a, b) => a - b));
  });
});
