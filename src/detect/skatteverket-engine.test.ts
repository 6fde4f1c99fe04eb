// End to end: Skatteverket's test numbers written the ways people write them, inside text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDetector } from './index.js';
import { sharedData } from '../../test/shared-data.js';

const NOW = new Date('2026-11-15');
const read = (f: string) => readFileSync(sharedData('skatteverket', f), 'utf8').split('\n').filter((l) => /^\d{12}$/.test(l));
const detector = createDetector({ hashKey: 'k', reveal: true, now: NOW });

function forms(twelve: string): string[] {
  const old = NOW.getFullYear() - Number(twelve.slice(0, 4)) >= 100;
  const short = `${twelve.slice(2, 8)}${old ? '+' : '-'}${twelve.slice(8)}`;
  return [twelve, `${twelve.slice(0, 8)}-${twelve.slice(8)}`, short];
}

describe('Skatteverket test numbers inside text', () => {
  it('finds every 50th personnummer in three written forms with the right type and value', () => {
    const all = read('test-personnummer.txt').filter((_, i) => i % 50 === 0);
    for (const p of all) {
      for (const f of forms(p)) {
        const found = detector.detect(`Sökande: ${f}, inkom i går.`);
        expect(found.map((x) => [x.type, x.value]), f).toEqual([['SE_PERSONNUMMER', p]]);
      }
    }
  });

  it('finds samordningsnummer, also with month 00 or day 60, as SE_SAMORDNINGSNUMMER', () => {
    const all = read('test-samordningsnummer.txt');
    const unknownDate = all.filter((s) => s.slice(4, 6) === '00' || s.slice(6, 8) === '60');
    expect(unknownDate.length).toBe(170);
    for (const s of [...all.filter((_, i) => i % 20 === 0), ...unknownDate]) {
      const found = detector.detect(`samordningsnummer ${s.slice(0, 8)}-${s.slice(8)}`);
      expect(found.map((x) => [x.type, x.value]), s).toEqual([['SE_SAMORDNINGSNUMMER', s]]);
    }
  });

  it('does not report a test number with one changed digit', () => {
    let reported = 0;
    for (const p of read('test-personnummer.txt').filter((_, i) => i % 100 === 0)) {
      const changed = p.slice(0, 11) + String((Number(p[11]) + 1) % 10);
      reported += detector.detect(`pnr ${changed}`).filter((x) => x.type === 'SE_PERSONNUMMER').length;
    }
    expect(reported).toBe(0);
  });
});
