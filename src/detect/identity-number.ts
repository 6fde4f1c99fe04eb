// Swedish identity numbers: personnummer, samordningsnummer and organisationsnummer.
// Input is the digits only (10 or 12) plus the separator the text used ('-', '+' or ''), as a
// string or as digit values (the scanner's run tables).
import { luhnDigits } from './checksums.js';

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
function personKind(year: number, month: number, day: number): PersonalNumberDigits['kind'] | null {
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

function num(d: ArrayLike<number>, from: number, len: number): number {
  let v = 0;
  for (let i = from; i < from + len; i++) v = v * 10 + d[i]!;
  return v;
}

/** A personnummer or samordningsnummer read from digit values; the birth year tells the century. */
export interface PersonalNumberDigits {
  kind: 'personnummer' | 'samordningsnummer';
  year: number;
}

/**
 * Validate a personnummer or samordningsnummer from its digit values (`len` 10 or 12). For the
 * 10-digit form the century follows the separator: '-' (or none) = under 100 years at `thisYear`,
 * '+' (`plus`) = 100 or older.
 */
export function checkPersonalNumber(d: ArrayLike<number>, len: number, plus: boolean, thisYear: number): PersonalNumberDigits | null {
  let year: number;
  if (len === 12) {
    const century = num(d, 0, 2);
    if (century < 18 || century > 20 || plus) return null;
    year = num(d, 0, 4);
  } else if (len === 10) {
    year = Math.floor(thisYear / 100) * 100 + num(d, 0, 2);
    if (year > thisYear) year -= 100;
    if (plus) year -= 100;
  } else return null;
  if (year > thisYear) return null;
  const o = len - 10; // the 10 digits after the century
  const kind = personKind(year, num(d, o + 2, 2), num(d, o + 4, 2));
  if (kind === null || !luhnDigits(d, o, o + 10)) return null;
  return { kind, year };
}

/**
 * Organisationsnummer rules on digit values (`len` 10, or 12 with the prefix 16): third digit ≥ 2
 * (so it is never a valid personnummer), first digit a known legal-form group (1–3, 5–9), Luhn.
 */
export function checkOrganisationNumber(d: ArrayLike<number>, len: number): boolean {
  let o = 0;
  if (len === 12) {
    if (d[0] !== 1 || d[1] !== 6) return false;
    o = 2;
  } else if (len !== 10) return false;
  const first = d[o]!;
  if (first === 0 || first === 4) return false;
  if (d[o + 2]! < 2) return false;
  return luhnDigits(d, o, o + 10);
}

const digitValues = (digits: string): number[] => Array.from(digits, (c) => c.charCodeAt(0) - 48);

/**
 * Validate a personnummer or samordningsnummer (10 or 12 digits). For the 10-digit form the
 * century follows the separator: '-' (or none) = under 100 years at `now`, '+' = 100 or older.
 */
export function parsePersonalNumber(digits: string, separator: string, now: Date): IdentityNumber | null {
  const p = checkPersonalNumber(digitValues(digits), digits.length, separator === '+', now.getFullYear());
  if (!p) return null;
  const normalised = digits.length === 12 ? digits : String(p.year).padStart(4, '0').slice(0, 2) + digits;
  return { kind: p.kind, normalised };
}

/**
 * Validate an organisationsnummer: 10 digits (or 12 with the prefix 16), third digit ≥ 2 (so it is
 * never a valid personnummer), first digit a known legal-form group (1–3, 5–9), Luhn.
 */
export function parseOrganisationNumber(digits: string): IdentityNumber | null {
  if (!checkOrganisationNumber(digitValues(digits), digits.length)) return null;
  return { kind: 'organisationsnummer', normalised: digits.length === 12 ? digits.slice(2) : digits };
}
