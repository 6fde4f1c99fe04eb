// Recognisers triggered by letters next to digits or by '@': IBAN, Swedish VAT number, ICD-10
// codes and e-mail addresses. Each returns a candidate or null and never scans more than ~100 chars.
import type { Candidate } from './candidate.js';
import { ibanMod97Valid } from './checksums.js';
import { parseOrganisationNumber, parsePersonalNumber } from './identity-number.js';

const IBAN_LENGTHS: Record<string, number> = {
  SE: 24, NO: 15, DK: 18, FI: 18, IS: 26, DE: 22, GB: 22, IE: 22, FR: 27, NL: 18, BE: 16, LU: 20, ES: 24, PT: 25,
  IT: 27, AT: 20, CH: 21, PL: 28, EE: 20, LV: 21, LT: 20, CZ: 24, SK: 24, HU: 28, GR: 27, HR: 21, SI: 19,
};

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpperAscii = (c: number) => c >= 65 && c <= 90;
const isAlnumAscii = (c: number) => isDigit(c) || isUpperAscii(c) || (c >= 97 && c <= 122);

/**
 * `p` is at the two country letters. Accepts print form with single spaces: "SE45 5000 0000 …".
 * Returns the candidate, or the end of an IBAN-shaped span with a bad checksum (skipped whole, so
 * its digit groups are not read as phone numbers), or null.
 */
export function tryIban(text: string, p: number): Candidate | number | null {
  const country = text.slice(p, p + 2);
  const want = IBAN_LENGTHS[country];
  if (!want) return null;
  let compact = '';
  let j = p;
  while (j < text.length && compact.length < want) {
    const c = text.charCodeAt(j);
    if (isDigit(c) || isUpperAscii(c)) {
      compact += text[j];
      j++;
    } else if (c === 32 && compact.length >= 4 && j + 1 < text.length && isAlnumAscii(text.charCodeAt(j + 1))) j++;
    else break;
  }
  if (compact.length !== want || (j < text.length && isAlnumAscii(text.charCodeAt(j)))) return null;
  if (!ibanMod97Valid(compact)) return j;
  return { start: p, end: j, alts: [{ type: 'IBAN', base: 0.9, value: compact }] };
}

/** "SE556703748501": SE + organisationsnummer (or a sole trader's personnummer) + "01". */
export function tryVat(text: string, p: number, now: Date): Candidate | null {
  if (text.charCodeAt(p) !== 83 || text.charCodeAt(p + 1) !== 69) return null;
  const digits = text.slice(p + 2, p + 14);
  if (!/^\d{12}$/.test(digits) || !digits.endsWith('01') || isDigit(text.charCodeAt(p + 14))) return null;
  const ten = digits.slice(0, 10);
  const org = parseOrganisationNumber(ten);
  if (org) return { start: p, end: p + 14, alts: [{ type: 'SE_ORGANISATIONSNUMMER', base: 0.85, value: ten, detail: 'vat' }] };
  const person = parsePersonalNumber(ten, '-', now);
  if (person) return { start: p, end: p + 14, alts: [{ type: 'SE_PERSONNUMMER', base: 0.7, value: person.normalised }] };
  return null;
}

/** ICD-10 code at `p` (the letter): [A-Z]NN or [A-Z]NN.N(N); context decides in scoring. */
export function tryIcd(text: string, p: number): Candidate | null {
  const c0 = text.charCodeAt(p);
  if (!isUpperAscii(c0) || c0 === 85 /* U: special purposes */) return null;
  if (!isDigit(text.charCodeAt(p + 1)) || !isDigit(text.charCodeAt(p + 2))) return null;
  let j = p + 3;
  if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    j += 2;
    if (isDigit(text.charCodeAt(j))) j++;
  }
  if (j < text.length && (isAlnumAscii(text.charCodeAt(j)) || text.charCodeAt(j) === 45)) return null;
  return { start: p, end: j, alts: [{ type: 'HEALTH', base: 0.25, value: text.slice(p, j), detail: 'icd' }] };
}

const isLocal = (c: number) => isAlnumAscii(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isDomain = (c: number) => isAlnumAscii(c) || c === 45 || c === 0xe5 || c === 0xe4 || c === 0xf6;

/** `at` is the index of '@'. */
export function tryEmail(text: string, at: number): Candidate | null {
  let s = at;
  while (s > 0 && at - s < 64 && isLocal(text.charCodeAt(s - 1))) s--;
  while (s < at && text.charCodeAt(s) === 46) s++;
  if (s === at) return null;
  let e = at + 1;
  let lastDot = -1;
  while (e < text.length && e - at < 255) {
    const c = text.charCodeAt(e);
    if (isDomain(c)) e++;
    else if (c === 46 && e + 1 < text.length && isDomain(text.charCodeAt(e + 1)) && e > at + 1) {
      lastDot = e;
      e++;
    } else break;
  }
  if (lastDot < 0) return null;
  const tld = text.slice(lastDot + 1, e);
  if (tld.length < 2 || !/^[A-Za-z]+$/.test(tld)) return null;
  return { start: s, end: e, alts: [{ type: 'EMAIL', base: 0.9, value: text.slice(s, e).toLowerCase() }] };
}
