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
function personKind(year: number, month: number, day: number): 'personnummer' | 'samordningsnummer' | null {
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

/**
 * Validate a personnummer or samordningsnummer from its digit values (`len` 10 or 12). For the
 * 10-digit form the century follows the separator: '-' (or none) = under 100 years at `thisYear`,
 * '+' (`plus`) = 100 or older. Returns −1, or the birth year × 2 plus 1 for a samordningsnummer
 * (a number, not an object: a register validates one every ~70 bytes; personalYear and
 * isCoordination read it).
 */
export function checkPersonalNumber(d: ArrayLike<number>, len: number, plus: boolean, thisYear: number): number {
  let year: number;
  if (len === 12) {
    const century = num(d, 0, 2);
    if (century < 18 || century > 20 || plus) return -1;
    year = num(d, 0, 4);
  } else if (len === 10) {
    year = Math.floor(thisYear / 100) * 100 + num(d, 0, 2);
    if (year > thisYear) year -= 100;
    if (plus) year -= 100;
  } else return -1;
  if (year > thisYear) return -1;
  const o = len - 10; // the 10 digits after the century
  const kind = personKind(year, num(d, o + 2, 2), num(d, o + 4, 2));
  if (kind === null || !luhnDigits(d, o, o + 10)) return -1;
  return year * 2 + (kind === 'samordningsnummer' ? 1 : 0);
}

/** The birth year in a checkPersonalNumber result. */
export const personalYear = (checked: number): number => checked >> 1;
/** Whether a checkPersonalNumber result is a samordningsnummer. */
export const isCoordination = (checked: number): boolean => (checked & 1) === 1;

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
  if (p < 0) return null;
  const normalised = digits.length === 12 ? digits : String(personalYear(p)).padStart(4, '0').slice(0, 2) + digits;
  return { kind: isCoordination(p) ? 'samordningsnummer' : 'personnummer', normalised };
}

/**
 * Validate an organisationsnummer: 10 digits (or 12 with the prefix 16), third digit ≥ 2 (so it is
 * never a valid personnummer), first digit a known legal-form group (1–3, 5–9), Luhn.
 */
export function parseOrganisationNumber(digits: string): IdentityNumber | null {
  if (!checkOrganisationNumber(digitValues(digits), digits.length)) return null;
  return { kind: 'organisationsnummer', normalised: digits.length === 12 ? digits.slice(2) : digits };
}
