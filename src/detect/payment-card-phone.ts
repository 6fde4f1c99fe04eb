// Payment cards (Luhn + issuer prefix + typical grouping) and Swedish phone numbers.
import { DETAIL_LANDLINE, DETAIL_MOBILE, PREFIX_46, type ReadingSink } from './candidate.js';
import { SEP_PLUS, SEP_SPACE } from './char-class.js';
import type { RunView } from './run-view.js';
import { TYPE_ID } from './types.js';

function issuerKnown(v: RunView): boolean {
  const len = v.digitCount;
  const p2 = v.number(0, 2);
  const p3 = v.number(0, 3);
  const p4 = v.number(0, 4);
  if (v.digits[0] === 4) return len === 13 || len === 16 || len === 19; // Visa
  if (p2 >= 51 && p2 <= 55) return len === 16; // Mastercard
  if (p4 >= 2221 && p4 <= 2720) return len === 16; // Mastercard 2-series
  if (p2 === 34 || p2 === 37) return len === 15; // Amex
  if (p2 === 36 || p2 === 38 || (p3 >= 300 && p3 <= 305)) return len >= 14 && len <= 16; // Diners
  if (p4 >= 3528 && p4 <= 3589) return len >= 16; // JCB
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || p2 === 62) return len >= 16; // Discover, UnionPay
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return len >= 12; // Maestro
  return false;
}

function cardLayout(v: RunView): number {
  const n = v.groups;
  if (n === 1) return 55;
  const { lens, seps } = v;
  const sep = seps[1];
  if (sep === SEP_PLUS) return 0;
  for (let k = 2; k < n; k++) if (seps[k] !== sep) return 0;
  if (n === 3 && lens[0] === 4 && lens[1] === 6 && (lens[2] === 5 || lens[2] === 4)) return 70; // Amex, Diners
  for (let k = 0; k < n - 1; k++) if (lens[k] !== 4) return 0;
  const last = lens[n - 1]!;
  return last >= 1 && last <= 4 ? 70 : 0;
}

export function recognisePaymentCard(v: RunView, out: ReadingSink): void {
  const len = v.digitCount;
  if (len < 13 || len > 19) return;
  const base = cardLayout(v);
  if (base === 0 || !issuerKnown(v) || !v.luhn(0, len)) return;
  out.add(TYPE_ID.PAYMENT_CARD, base);
}

/** +46 / +46 (0) / 0046 / 0 forms; national number 7–9 digits; mobile 07[023689] + 7 digits. */
export function recognisePhone(v: RunView, out: ReadingSink): void {
  const d = v.digits;
  const len = v.digitCount;
  // Where the national number starts (after +46, 0046 or the trunk 0).
  let from: number;
  let intl = false;
  if (v.trunkBefore) {
    from = 0;
    intl = true;
  } else if (v.plusBefore && d[0] === 4 && d[1] === 6) {
    from = 2;
    intl = true;
  } else if (d[0] === 0 && d[1] === 0 && d[2] === 4 && d[3] === 6 && len >= 4) {
    from = 4;
    intl = true;
  } else if (d[0] === 0 && d[1] !== 0) from = 1;
  else return;
  if (intl && from < len && d[from] === 0) from++; // "+46 070…", a common slip
  const national = len - from;
  if (national < 7 || national > 9 || d[from] === 0) return;
  const second = d[from + 1];
  const mobile = national === 9 && d[from] === 7 && (second === 0 || second === 2 || second === 3 || second === 6 || second === 8 || second === 9);
  if (d[from] === 7 && !mobile) return; // 07x that is not a mobile series: service numbers, rare
  const grouped = v.groups > 1;
  if (grouped && !intl) {
    // The first group is the area code with its 0 ("08", "031", "0480", "070"); then spaces only.
    const area = v.lens[0]!;
    if (area < 2 || area > 4 || (area === 2 && d[1] !== 8)) return;
    for (let k = 2; k < v.groups; k++) if (v.seps[k] !== SEP_SPACE) return;
  }
  let base: number;
  if (intl) base = 75;
  else if (mobile) base = grouped ? 70 : 60;
  else base = grouped ? 60 : 35;
  out.add(TYPE_ID.SE_PHONE, base, PREFIX_46, from, mobile ? DETAIL_MOBILE : DETAIL_LANDLINE);
}
