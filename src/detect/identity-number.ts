// Swedish identity numbers: personnummer, samordningsnummer and organisationsnummer.
// Input is the digits only (10 or 12) plus the separator the text used ('-', '+' or '').
import { luhnValid } from './checksums.js';

export type IdentityKind = 'personnummer' | 'samordningsnummer' | 'organisationsnummer';

export interface IdentityNumber {
  kind: IdentityKind;
  /** Personnummer/samordningsnummer: 12 digits (century added). Organisationsnummer: 10 digits. */
  normalised: string;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const max = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= max;
}

/** Person or coordination number from date digits; null when neither calendar rule holds. */
function personKind(year: number, month: number, day: number): IdentityKind | null {
  if (isRealDate(year, month, day)) return 'personnummer';
  if (day >= 60) {
    // Coordination number: day + 60. Month 00 or day 60 (day unknown) occur and are accepted here only.
    const d = day - 60;
    if (d === 0 && month >= 0 && month <= 12) return 'samordningsnummer';
    if (month === 0 && d >= 1 && d <= 31) return 'samordningsnummer';
    if (isRealDate(year, month, d)) return 'samordningsnummer';
  }
  return null;
}

function num(s: string, from: number, len: number): number {
  let v = 0;
  for (let i = from; i < from + len; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

/**
 * Validate a personnummer or samordningsnummer (10 or 12 digits). For the 10-digit form the
 * century follows the separator: '-' (or none) = under 100 years at `now`, '+' = 100 or older.
 */
export function parsePersonalNumber(digits: string, separator: string, now: Date): IdentityNumber | null {
  let full: string;
  const thisYear = now.getFullYear();
  if (digits.length === 12) {
    const century = num(digits, 0, 2);
    if (century < 18 || century > 20 || separator === '+') return null;
    full = digits;
  } else if (digits.length === 10) {
    const yy = num(digits, 0, 2);
    let year = Math.floor(thisYear / 100) * 100 + yy;
    if (year > thisYear) year -= 100;
    if (separator === '+') year -= 100;
    full = String(year).padStart(4, '0') + digits.slice(2);
  } else return null;
  const year = num(full, 0, 4);
  if (year > thisYear) return null;
  const kind = personKind(year, num(full, 4, 2), num(full, 6, 2));
  if (!kind || !luhnValid(full.slice(2))) return null;
  return { kind, normalised: full };
}

/**
 * Validate an organisationsnummer: 10 digits (or 12 with the prefix 16), third digit ≥ 2 (so it is
 * never a valid personnummer), first digit a known legal-form group (1–3, 5–9), Luhn.
 */
export function parseOrganisationNumber(digits: string): IdentityNumber | null {
  let d = digits;
  if (d.length === 12) {
    if (!d.startsWith('16')) return null;
    d = d.slice(2);
  }
  if (d.length !== 10) return null;
  const first = d.charCodeAt(0) - 48;
  if (first === 0 || first === 4) return null;
  if (d.charCodeAt(2) - 48 < 2) return null;
  if (!luhnValid(d)) return null;
  return { kind: 'organisationsnummer', normalised: d };
}
