import { describe, expect, it } from 'vitest';
import { addDays, addMonths, swedishDate } from './swedish-date.js';

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
  it('adds months (the last day where the month is shorter) and days', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-29', 14)).toBe('2028-01-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-29', 3)).toBe('2026-12-02');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // across the change to summer time
    expect(addDays('2024-12-31', 365)).toBe('2025-12-31');
  });
  it('takes a YYYY-MM-DD string as the date it is', () => {
    expect(swedishDate('2026-11-28')).toBe('2026-11-28');
  });
});
