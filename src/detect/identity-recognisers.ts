// Interpretations of a digit run as Swedish identity, giro, passport or postal numbers.
import { PREFIX_NONE, type ReadingSink } from './candidate.js';
import { SEP_HYPHEN, SEP_PLUS, SEP_SPACE } from './char-class.js';
import { checkOrganisationNumber, checkPersonalNumber, isCoordination, personalYear } from './identity-number.js';
import type { RunView } from './run-view.js';
import { TYPE_ID } from './types.js';

/** Base score (hundredths) of a personnummer by layout ("6-4" …); −1 where the layout is not one. */
function personalBase(v: RunView): number {
  const len = v.digitCount;
  if (v.groups === 1) return len === 10 ? 55 : 60;
  if (v.isPair(6, 4, SEP_HYPHEN) || v.isPair(6, 4, SEP_PLUS)) return 65;
  if (v.isPair(6, 4, SEP_SPACE)) return 50;
  if (v.isPair(8, 4, SEP_HYPHEN)) return 70;
  if (v.isPair(8, 4, SEP_SPACE)) return 55;
  return -1;
}

/** Layouts an organisationsnummer is written in: "10", "6-4", "12", "2 6-4" ("16 556036-0793"). */
function organisationLayout(v: RunView): boolean {
  if (v.groups === 1) return true; // 10 or 12 digits
  if (v.isPair(6, 4, SEP_HYPHEN)) return true;
  const { lens, seps } = v;
  return v.groups === 3 && lens[0] === 2 && lens[1] === 6 && lens[2] === 4 && seps[1] === SEP_SPACE && seps[2] === SEP_HYPHEN;
}

/**
 * Personnummer/samordningsnummer (and the driving licence that carries it, when a licence word
 * stands close enough before to make it one), else organisationsnummer.
 */
export function recogniseIdentity(v: RunView, thisYear: number, licenceBefore: boolean, out: ReadingSink): void {
  const len = v.digitCount;
  if (len !== 10 && len !== 12) return;
  const base = personalBase(v);
  if (base >= 0) {
    const p = checkPersonalNumber(v.digits, len, v.groups === 2 && v.seps[1] === SEP_PLUS, thisYear);
    if (p >= 0) {
      const coordination = isCoordination(p);
      const type = coordination ? TYPE_ID.SE_SAMORDNINGSNUMMER : TYPE_ID.SE_PERSONNUMMER;
      const o = len - 10;
      // Month 00 / day 60 are legal for coordination numbers but rarer: slightly less sure.
      const unusual = coordination && (v.number(o + 2, 2) === 0 || v.number(o + 4, 2) === 60);
      // The normalised value has 12 digits: the century (18–20, the prefix code) in front of a 10-digit number.
      const century = len === 10 ? Math.floor(personalYear(p) / 100) : PREFIX_NONE;
      out.add(type, unusual ? base - 5 : base, century);
      // A Swedish driving licence number is the holder's personnummer: decided by context in scoring.
      if (licenceBefore) out.add(TYPE_ID.SE_DRIVING_LICENCE, 0, century);
      return;
    }
  }
  if (organisationLayout(v) && checkOrganisationNumber(v.digits, len)) {
    // A bare 10-digit number passes these rules one time in ~12: without context it stays low.
    out.add(TYPE_ID.SE_ORGANISATIONSNUMMER, v.isPair(6, 4, SEP_HYPHEN) ? 60 : 45, PREFIX_NONE, len - 10);
  }
}

/** Bankgiro NNN-NNNN / NNNN-NNNN and plusgiro (hyphen before the check digit): only real with context. */
export function recogniseGiro(v: RunView, out: ReadingSink): void {
  const len = v.digitCount;
  if (len < 5 || len > 8) return;
  const bankgiroLayout = v.groups === 1 ? len >= 7 : v.isPair(3, 4, SEP_HYPHEN) || v.isPair(4, 4, SEP_HYPHEN);
  if (bankgiroLayout && len >= 7 && v.luhn(0, len)) out.add(TYPE_ID.SE_BANKGIRO, v.groups > 1 ? 30 : 0);
  const last = v.groups - 1;
  let hyphenCheck = last > 0 && v.lens[last] === 1 && v.seps[last] === SEP_HYPHEN;
  for (let k = 1; hyphenCheck && k < last; k++) hyphenCheck = v.seps[k] === SEP_SPACE;
  if ((hyphenCheck || last === 0) && v.luhn(0, len)) out.add(TYPE_ID.SE_PLUSGIRO, hyphenCheck ? 30 : 0);
}

/** Swedish passport numbers are 8 digits: meaningful only with a context word (scoring decides). */
export function recognisePassport(v: RunView, out: ReadingSink): void {
  if (v.digitCount === 8 && v.groups === 1) out.add(TYPE_ID.SE_PASSPORT, 0);
}

/** Postcode "NNN NN" followed by a capitalised place name: "123 45 Stockholm". */
export function recognisePostcode(v: RunView, out: ReadingSink): void {
  if (!v.isPair(3, 2, SEP_SPACE) || v.digits[0] === 0) return;
  const text = v.text;
  if (text.charCodeAt(v.end) !== 32) return;
  const c = text.charCodeAt(v.end + 1);
  const c2 = text.charCodeAt(v.end + 2);
  const upper = (c >= 65 && c <= 90) || c === 0xc5 || c === 0xc4 || c === 0xd6;
  if (upper && c2 >= 97) out.add(TYPE_ID.SE_POSTAL_ADDRESS, 55);
}
