// Deterministic generators of valid (and decoy) Swedish identifiers for the labelled corpus.
// Personnummer come from Skatteverket's test numbers when the file is given (they belong to no one).
import { luhnValid } from '../checksums.js';

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const digits = (r: Rng, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');

/** Append the Luhn check digit. */
export function withLuhn(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnValid(body + c)) return body + c;
  throw new Error('unreachable');
}

export function orgnr(r: Rng): string {
  const body = pick(r, ['2', '5', '7', '8', '9']) + String(int(r, 0, 9)) + String(int(r, 2, 9)) + digits(r, 6);
  return withLuhn(body);
}

export function bankgiro(r: Rng): string {
  const d = withLuhn(digits(r, int(r, 6, 7)).replace(/^0/, '5'));
  return `${d.slice(0, d.length - 4)}-${d.slice(-4)}`;
}

export function plusgiro(r: Rng): string {
  const d = withLuhn(String(int(r, 1, 9)) + digits(r, int(r, 4, 6)));
  return `${d.slice(0, -1)}-${d.slice(-1)}`;
}

export function ibanSE(r: Rng): string {
  const bban = String(int(r, 1, 9)) + digits(r, 19);
  const num = BigInt(bban + '2814' + '00'); // S=28, E=14
  const check = String(98n - (num % 97n)).padStart(2, '0');
  const iban = `SE${check}${bban}`;
  return iban.replace(/(.{4})/g, '$1 ').trim();
}

export function visaCard(r: Rng): string {
  const d = withLuhn('4' + digits(r, 14));
  return d.replace(/(.{4})/g, '$1 ').trim();
}

export function mobile(r: Rng): string {
  return `07${pick(r, ['0', '2', '3', '6'])}-${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`;
}

export function landline(r: Rng): string {
  return pick(r, [`08-${int(r, 100, 999)} ${digits(r, 3)} ${digits(r, 2)}`, `031-${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`, `0480-${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`]);
}

export function passport(r: Rng): string {
  return String(int(r, 1, 9)) + digits(r, 7);
}

/** Format a 12-digit personnummer in one of the ways people write it. */
export function formatPnr(r: Rng, twelve: string, now: Date): string {
  const age = now.getFullYear() - Number(twelve.slice(0, 4));
  const sep = age >= 100 ? '+' : '-';
  switch (int(r, 0, 3)) {
    case 0:
      return `${twelve.slice(2, 8)}${sep}${twelve.slice(8)}`;
    case 1:
      return `${twelve.slice(0, 8)}-${twelve.slice(8)}`;
    case 2:
      return age >= 100 ? `${twelve.slice(2, 8)}+${twelve.slice(8)}` : twelve;
    default:
      return `${twelve.slice(2, 8)}${sep}${twelve.slice(8)}`;
  }
}

/** Decoys: numbers that look like identifiers and are not. */
export function decoyNumber(r: Rng): string {
  switch (int(r, 0, 5)) {
    case 0: {
      // valid date, bad checksum
      const body = `${int(r, 50, 99)}${String(int(r, 1, 12)).padStart(2, '0')}${String(int(r, 1, 28)).padStart(2, '0')}${digits(r, 3)}`;
      const good = withLuhn(body);
      return `${good.slice(0, 6)}-${good.slice(6, 9)}${(Number(good[9]) + 3) % 10}`;
    }
    case 1:
      return `${int(r, 2015, 2025)}-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`;
    case 2:
      return `${int(r, 2015, 2025)}/${int(r, 100, 9999)}`;
    case 3:
      return `${int(r, 1, 999)} ${digits(r, 3)},${digits(r, 2)}`;
    case 4:
      return digits(r, 6);
    default:
      return `${int(r, 10, 99)}.${digits(r, 3)}.${digits(r, 3)}`;
  }
}
