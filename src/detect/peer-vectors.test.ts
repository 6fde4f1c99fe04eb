// Microsoft Presidio's Swedish test cases. We agree on every span; the deliberate difference is the
// confidence: Presidio scores every checksum-valid match 1.0, we give a bare number 'medium' and
// 'high' only with a context word (as Purview does).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDetector } from './index.js';

interface Case {
  text: string;
  expected_len: number;
  expected_positions: [number, number][];
}
const peer = JSON.parse(readFileSync('/work/shared/data/peer-vectors/presidio-sweden.json', 'utf8')) as {
  cases: Record<'SE_PERSONNUMMER' | 'SE_ORGANISATIONSNUMMER', Case[]>;
};
const detector = createDetector({ hashKey: 'test', minConfidence: 'medium', now: new Date('2026-11-15') });

describe('Presidio Swedish vectors', () => {
  for (const type of ['SE_PERSONNUMMER', 'SE_ORGANISATIONSNUMMER'] as const) {
    for (const c of peer.cases[type]) {
      it(`${type}: ${JSON.stringify(c.text)}`, () => {
        const found = detector.detect(c.text).filter((f) => f.type === type);
        expect(found.map((f) => [f.start, f.end])).toEqual(c.expected_positions);
        expect(found).toHaveLength(c.expected_len);
      });
    }
  }

  it('scores a bare valid number medium, the same number after "pnr" high (unlike Presidio)', () => {
    expect(detector.detect('9201232387')[0]?.confidence).toBe('medium');
    expect(detector.detect('pnr 9201232387')[0]?.confidence).toBe('high');
  });
});
