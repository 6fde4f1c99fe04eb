import { describe, expect, it } from 'vitest';
import { swedishDate } from './swedish-date.js';

describe('swedishDate', () => {
  it('counts a moment by its date in Sweden, winter and summer time', () => {
    expect(swedishDate(new Date('2026-11-28T22:59:59Z'))).toBe('2026-11-28');
    expect(swedishDate(new Date('2026-11-28T23:00:00Z'))).toBe('2026-11-29'); // 00:00 CET
    expect(swedishDate(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(swedishDate(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01'); // 00:00 CEST
    expect(swedishDate('2026-12-31T23:30:00Z')).toBe('2027-01-01');
  });
  it('rejects what is not a date', () => {
    expect(() => swedishDate('igår')).toThrow(RangeError);
  });
});
