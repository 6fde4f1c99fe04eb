// Microsoft Presidio's Swedish test cases. We agree on every span (at confidence 'low' or more);
// the deliberate differences are in confidence: Presidio scores every checksum-valid match 1.0. We
// give a bare personnummer 'medium', 'high' only with a context word (as Purview does), and a bare
// 10-digit organisationsnummer without context only 'low' (about one random 10-digit number in 12
// passes its rules; invoice and customer numbers would otherwise flood the results).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDetector } from './index.js';
import { sharedData } from '../../test/shared-data.js';

interface Case {
  text: string;
  expected_len: number;
  expected_positions: [number, number][];
}
const peer = JSON.parse(readFileSync(sharedData('peer-vectors', 'presidio-sweden.json'), 'utf8')) as {
  cases: Record<'SE_PERSONNUMMER' | 'SE_ORGANISATIONSNUMMER', Case[]>;
};
const detector = createDetector({ hashKey: 'test', minConfidence: 'low', now: new Date('2026-11-15') });
const medium = createDetector({ hashKey: 'test', minConfidence: 'medium', now: new Date('2026-11-15') });

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
    expect(medium.detect('9201232387')[0]?.confidence).toBe('medium');
    expect(medium.detect('pnr 9201232387')[0]?.confidence).toBe('high');
  });

  it('personnummer cases all reach medium; organisationsnummer cases reach medium with a hyphen or a context word', () => {
    for (const c of peer.cases.SE_PERSONNUMMER) expect(medium.detect(c.text).length, c.text).toBe(c.expected_len);
    expect(medium.detect('2120000142')).toHaveLength(0);
    expect(medium.detect('212000-0142')[0]?.type).toBe('SE_ORGANISATIONSNUMMER');
    expect(medium.detect('Org.nr 2120000142')[0]?.confidence).toBe('high');
  });
});
