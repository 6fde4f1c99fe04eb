// Digit runs: digits with single separators (space, no-break space, hyphen, en dash, '+') between
// groups. Every digit-based recogniser sees only these runs, split at group boundaries, so a long
// number is never read as a shorter one from its middle.
import type { Candidate, Interpretation } from './candidate.js';
import type { ContextIndex } from './context-index.js';
import { recogniseGiro, recogniseIdentity, recognisePassport, recognisePostcode } from './identity-recognisers.js';
import { contextSlot } from './lexicon.js';
import { type NumberView, recognisePaymentCard, recognisePhone } from './payment-card-phone.js';

const MAX_GROUPS = 12;
const MAX_SPAN = 48;
const gStart = new Int32Array(MAX_GROUPS);
const gEnd = new Int32Array(MAX_GROUPS);
const gSep = new Uint16Array(MAX_GROUPS);

function sepCode(c: number): number {
  if (c === 32 || c === 0xa0) return 32;
  if (c === 45 || c === 0x2013 || c === 0x2011) return 45;
  if (c === 43) return 43;
  return 0;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function luhnRange(text: string, from: number, to: number): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = to - 1; i >= from; i--) {
    let d = text.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

const BANKGIRO = contextSlot('BANKGIRO');
const PLUSGIRO = contextSlot('PLUSGIRO');
const PASSPORT = contextSlot('PASSPORT');

/** Cheap test on a run without separators: can any recogniser accept it? Avoids allocation. */
function singleWorthIt(text: string, s: number, e: number, plus: boolean, ctx: ContextIndex): boolean {
  const len = e - s;
  const zero = text.charCodeAt(s) === 48;
  if (plus && len >= 9 && len <= 12) return true;
  if (zero && len >= 8 && len <= 13) return true;
  if (len === 10 || len === 12) return luhnRange(text, e - 10, e);
  if (len >= 13 && len <= 19) return luhnRange(text, s, e);
  if (len >= 5 && len <= 8) {
    return ctx.distanceBefore(BANKGIRO, s) <= 300 || ctx.distanceBefore(PLUSGIRO, s) <= 300 || ctx.distanceBefore(PASSPORT, s) <= 300;
  }
  return false;
}

/**
 * Can any recogniser accept groups a..b? Checked on the group tables before building strings, so
 * dates, amounts and other multi-group numbers are rejected without allocation.
 */
function plausible(text: string, a: number, b: number, plusBefore: boolean, ctx: ContextIndex): boolean {
  let total = 0;
  for (let k = a; k <= b; k++) total += gEnd[k]! - gStart[k]!;
  const groups = b - a + 1;
  if (groups === 1) return singleWorthIt(text, gStart[a]!, gEnd[a]!, plusBefore, ctx);
  if (plusBefore || text.charCodeAt(gStart[a]!) === 48) return total >= 8; // phone forms
  if ((total === 10 || total === 12) && groups <= 2) return true; // identity numbers
  if (total >= 13 && total <= 19) return true; // payment cards
  if (groups === 2 && total >= 7 && total <= 8 && gSep[b] === 45) return true; // bankgiro
  if (total >= 5 && total <= 8 && gEnd[b]! - gStart[b]! === 1 && gSep[b] === 45) return true; // plusgiro
  return groups === 2 && total === 5 && gSep[b] === 32; // postcode
}

function view(text: string, a: number, b: number, plusBefore: boolean): NumberView {
  let digits = '';
  let seps = '';
  let layout = '';
  const lens: number[] = [];
  for (let k = a; k <= b; k++) {
    digits += text.slice(gStart[k]!, gEnd[k]!);
    const len = gEnd[k]! - gStart[k]!;
    lens.push(len);
    layout += len;
    if (k < b) {
      const sep = String.fromCharCode(gSep[k + 1]!);
      seps += sep;
      layout += sep;
    }
  }
  return { start: gStart[a]!, end: gEnd[b]!, digits, lens, seps, plusBefore, layout };
}

function interpret(v: NumberView, text: string, now: Date): Interpretation[] {
  const alts: Interpretation[] = [];
  recogniseIdentity(v, now, alts);
  recognisePaymentCard(v, alts);
  recognisePhone(v, alts);
  recogniseGiro(v, alts);
  recognisePassport(v, alts);
  recognisePostcode(v, text, alts);
  return alts;
}

/** Read the run starting at digit `i`, push candidates, return the index after the run. */
export function scanDigitRun(text: string, i: number, now: Date, ctx: ContextIndex, out: Candidate[]): number {
  const n = text.length;
  let j = i;
  let g = 0;
  for (;;) {
    gStart[g] = j;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    gEnd[g] = j;
    g++;
    if (g === MAX_GROUPS || j + 1 >= n || j - i >= MAX_SPAN) break;
    const s = sepCode(text.charCodeAt(j));
    if (s === 0 || !isDigit(text.charCodeAt(j + 1))) break;
    gSep[g] = s;
    j++;
  }
  const end = j;
  // Parts of decimals, dotted or slashed references ("1.234.567", "2023/1234", "12:30") are not identifiers.
  const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
  const next = end < n ? text.charCodeAt(end) : 0;
  if ((prev === 46 || prev === 47 || prev === 58) && i > 1 && isDigit(text.charCodeAt(i - 2))) return end;
  if ((next === 46 || next === 47 || next === 58) && end + 1 < n && isDigit(text.charCodeAt(end + 1))) return end;
  const plusBefore = prev === 43;
  let a = 0;
  while (a < g) {
    let matched = false;
    for (let b = g - 1; b >= a; b--) {
      const digitsInRange = gEnd[b]! - gStart[a]!;
      if (digitsInRange > 24 || digitsInRange < 5) continue;
      const plus = a === 0 ? plusBefore : text.charCodeAt(gStart[a]! - 1) === 43;
      if (!plausible(text, a, b, plus, ctx)) continue;
      const v = view(text, a, b, plus);
      const alts = interpret(v, text, now);
      if (alts.length > 0) {
        // "+46 …": the plus belongs to the phone number's span.
        const plusPhone = v.plusBefore && alts.some((x) => x.type === 'SE_PHONE');
        out.push({ start: plusPhone ? v.start - 1 : v.start, end: v.end, alts });
        a = b + 1;
        matched = true;
        break;
      }
    }
    if (!matched) a++;
  }
  return end;
}
