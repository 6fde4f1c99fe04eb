// Payment cards (Luhn + issuer prefix + typical grouping) and Swedish phone numbers.
import type { Interpretation } from './candidate.js';
import { luhnValid } from './checksums.js';

export interface NumberView {
  start: number;
  end: number;
  /** Digits only. */
  digits: string;
  /** Group lengths and the separators between them (' ', '-', '+'), e.g. lens [6,4], seps '-'. */
  lens: number[];
  seps: string;
  /** The character before the first digit is '+'. */
  plusBefore: boolean;
  /** Lengths and separators as one string, e.g. "6-4", "3-3 2 2", "10". */
  layout: string;
}

function issuerKnown(d: string): boolean {
  const len = d.length;
  const p2 = +d.slice(0, 2);
  const p3 = +d.slice(0, 3);
  const p4 = +d.slice(0, 4);
  if (d[0] === '4') return len === 13 || len === 16 || len === 19; // Visa
  if (p2 >= 51 && p2 <= 55) return len === 16; // Mastercard
  if (p4 >= 2221 && p4 <= 2720) return len === 16; // Mastercard 2-series
  if (p2 === 34 || p2 === 37) return len === 15; // Amex
  if (p2 === 36 || p2 === 38 || (p3 >= 300 && p3 <= 305)) return len >= 14 && len <= 16; // Diners
  if (p4 >= 3528 && p4 <= 3589) return len >= 16; // JCB
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || p2 === 62) return len >= 16; // Discover, UnionPay
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return len >= 12; // Maestro
  return false;
}

function cardLayout(v: NumberView): number {
  const n = v.lens.length;
  if (n === 1) return 0.55;
  const sep = v.seps[0];
  if (sep === '+' || [...v.seps].some((s) => s !== sep)) return 0;
  const L = v.lens.join(',');
  if (L === '4,6,5' || L === '4,6,4') return 0.7; // Amex, Diners
  for (let k = 0; k < n - 1; k++) if (v.lens[k] !== 4) return 0;
  const last = v.lens[n - 1]!;
  return last >= 1 && last <= 4 ? 0.7 : 0;
}

export function recognisePaymentCard(v: NumberView, out: Interpretation[]): void {
  const len = v.digits.length;
  if (len < 13 || len > 19) return;
  const base = cardLayout(v);
  if (base === 0 || !issuerKnown(v.digits) || !luhnValid(v.digits)) return;
  out.push({ type: 'PAYMENT_CARD', base, value: v.digits });
}

const MOBILE = /^7[023689]/;

/** +46 / 0046 / 0 forms; national number 7–9 digits; mobile 07[023689] + 7 digits. */
export function recognisePhone(v: NumberView, out: Interpretation[]): void {
  const d = v.digits;
  let national: string;
  let intl = false;
  if (v.plusBefore && d.startsWith('46')) {
    national = d.slice(2);
    intl = true;
  } else if (d.startsWith('0046')) {
    national = d.slice(4);
    intl = true;
  } else if (d.charCodeAt(0) === 48 && d.charCodeAt(1) !== 48) national = d.slice(1);
  else return;
  if (intl && national.startsWith('0')) national = national.slice(1); // "+46 070…", a common slip
  if (national.length < 7 || national.length > 9 || national[0] === '0') return;
  const mobile = national.length === 9 && MOBILE.test(national);
  if (national[0] === '7' && !mobile) return; // 07x that is not a mobile series: service numbers, rare
  const grouped = v.lens.length > 1;
  if (grouped && !intl) {
    // The first group is the area code with its 0 ("08", "031", "0480", "070"); then spaces only.
    const area = v.lens[0]!;
    if (area < 2 || area > 4 || (area === 2 && d[1] !== '8')) return;
    for (let k = 1; k < v.seps.length; k++) if (v.seps[k] !== ' ') return;
  }
  let base: number;
  if (intl) base = 0.75;
  else if (mobile) base = grouped ? 0.7 : 0.6;
  else base = grouped ? 0.6 : 0.35;
  out.push({ type: 'SE_PHONE', base, value: `+46${national}`, detail: mobile ? 'mobile' : 'landline' });
}
