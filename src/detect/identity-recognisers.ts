// Interpretations of a digit group sequence as Swedish identity, giro, passport or postal numbers.
import type { Interpretation } from './candidate.js';
import { luhnValid } from './checksums.js';
import { parseOrganisationNumber, parsePersonalNumber } from './identity-number.js';
import type { NumberView } from './payment-card-phone.js';

const PERSONAL_BASE: Record<string, number> = {
  '10': 0.55, '6-4': 0.65, '6+4': 0.65, '6 4': 0.5, '12': 0.6, '8-4': 0.7, '8 4': 0.55,
};

export function recogniseIdentity(v: NumberView, now: Date, out: Interpretation[]): void {
  const len = v.digits.length;
  if (len !== 10 && len !== 12) return;
  const layout = v.layout;
  const base = PERSONAL_BASE[layout];
  if (base !== undefined) {
    const sep = v.seps === '+' ? '+' : '-';
    const p = parsePersonalNumber(v.digits, sep, now);
    if (p) {
      const type = p.kind === 'samordningsnummer' ? 'SE_SAMORDNINGSNUMMER' : 'SE_PERSONNUMMER';
      // Month 00 / day 60 are legal for coordination numbers but rarer: slightly less sure.
      const unusual = p.kind === 'samordningsnummer' && (p.normalised.slice(4, 6) === '00' || p.normalised.slice(6, 8) === '60');
      out.push({ type, base: unusual ? base - 0.05 : base, value: p.normalised });
      // A Swedish driving licence number is the holder's personnummer: decided by context in scoring.
      out.push({ type: 'SE_DRIVING_LICENCE', base: 0, value: p.normalised });
      return;
    }
  }
  if (layout === '10' || layout === '6-4' || layout === '12' || layout === '2 6-4') {
    const o = parseOrganisationNumber(v.digits);
    // A bare 10-digit number passes these rules one time in ~12: without context it stays low.
    if (o) out.push({ type: 'SE_ORGANISATIONSNUMMER', base: layout === '6-4' ? 0.6 : 0.45, value: o.normalised });
  }
}

/** Bankgiro NNN-NNNN / NNNN-NNNN and plusgiro (hyphen before the check digit): only real with context. */
export function recogniseGiro(v: NumberView, out: Interpretation[]): void {
  const len = v.digits.length;
  const layout = v.layout;
  if (len >= 7 && len <= 8 && (layout === '3-4' || layout === '4-4' || layout === '7' || layout === '8')) {
    if (luhnValid(v.digits)) out.push({ type: 'SE_BANKGIRO', base: v.lens.length > 1 ? 0.3 : 0, value: v.digits });
  }
  if (len >= 5 && len <= 8) {
    const last = v.lens.length - 1;
    const hyphenCheck = last > 0 && v.lens[last] === 1 && v.seps[last - 1] === '-' && /^ *$/.test(v.seps.slice(0, last - 1));
    if ((hyphenCheck || last === 0) && luhnValid(v.digits)) {
      out.push({ type: 'SE_PLUSGIRO', base: hyphenCheck ? 0.3 : 0, value: v.digits });
    }
  }
}

/** Swedish passport numbers are 8 digits: meaningful only with a context word (scoring decides). */
export function recognisePassport(v: NumberView, out: Interpretation[]): void {
  if (v.digits.length === 8 && v.lens.length === 1) out.push({ type: 'SE_PASSPORT', base: 0, value: v.digits });
}

/** Postcode "NNN NN" followed by a capitalised place name: "123 45 Stockholm". */
export function recognisePostcode(v: NumberView, text: string, out: Interpretation[]): void {
  if (v.lens.length !== 2 || v.lens[0] !== 3 || v.lens[1] !== 2 || v.seps !== ' ' || v.digits[0] === '0') return;
  if (text.charCodeAt(v.end) !== 32) return;
  const c = text.charCodeAt(v.end + 1);
  const c2 = text.charCodeAt(v.end + 2);
  const upper = (c >= 65 && c <= 90) || c === 0xc5 || c === 0xc4 || c === 0xd6;
  if (upper && c2 >= 97) out.push({ type: 'SE_POSTAL_ADDRESS', base: 0.55, value: v.digits });
}
