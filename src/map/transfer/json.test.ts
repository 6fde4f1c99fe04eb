import { describe, expect, it } from 'vitest';
import { jsonToSnapshot, snapshotToJson, validateSnapshot } from './json.js';
import { sampleSnapshot } from './sample-snapshot.js';

describe('JSON import and export', () => {
  it('round-trips the snapshot', () => {
    const snapshot = sampleSnapshot();
    expect(jsonToSnapshot(snapshotToJson(snapshot))).toEqual({ ok: true, snapshot });
    expect(jsonToSnapshot(Buffer.from(`\uFEFF${snapshotToJson(snapshot)}`))).toEqual({ ok: true, snapshot });
  });

  it('names the field path of every problem', () => {
    const snapshot = sampleSnapshot() as unknown as { assets: Record<string, unknown>[]; departments: Record<string, unknown>[] };
    snapshot.assets[0]!.levels = { K: 7, R: 1, T: 1, S: 1 };
    (snapshot.assets[1]!.legal as { osl: unknown[] }).osl = [{ ref: '26 kap', harmTest: 'omvant' }];
    snapshot.departments[1]!.code = 'soc lower';
    const result = validateSnapshot(snapshot);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.column)).toEqual(['departments[1].code', 'assets[0].levels.K', 'assets[1].legal.osl[0].ref']);
    expect(result.problems.every((p) => p.sheet === null && p.row === null)).toBe(true);
    expect(result.problems[1]?.message).toBe('Värdet får vara högst 4.');
  });

  it('checks references and uniqueness after the schema', () => {
    const snapshot = sampleSnapshot();
    snapshot.assets[2]!.department = 'FINNS-EJ';
    snapshot.assets[1]!.ref = 'IM-0001';
    const result = validateSnapshot(snapshot);
    expect(result).toEqual({
      ok: false,
      problems: [
        { sheet: null, row: null, column: 'assets[1].ref', message: expect.stringContaining('IM-0001') },
        { sheet: null, row: null, column: 'assets[2].department', message: expect.stringContaining('FINNS-EJ') },
      ],
    });
  });

  it('gives one problem for broken JSON, wrong encoding or another format', () => {
    for (const [input, text] of [
      ['{"format": "infovakt-map", ', 'inte giltig JSON'],
      [new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), 'UTF-8'],
      ['[1, 2, 3]', 'infovakt-map'],
      ['{"format": "other"}', 'infovakt-map'],
    ] as const) {
      const result = jsonToSnapshot(input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.problems).toHaveLength(1);
        expect(result.problems[0]?.message).toContain(text);
      }
    }
  });
});
