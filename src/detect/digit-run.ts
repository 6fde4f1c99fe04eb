// Digit runs: digits with single separators (space, no-break space, hyphen, en dash, '+') between
// groups. Every digit-based recogniser sees only these runs, split at group boundaries, so a long
// number is never read as a shorter one from its middle.
import type { CandidateQueue } from './candidate-queue.js';
import { LUHN_DOUBLED } from './checksums.js';
import { SEP_HYPHEN, SEP_SPACE, groupSeparator, isLetterCode } from './char-class.js';
import type { ContextIndex } from './context-index.js';
import { recogniseGiro, recogniseIdentity, recognisePassport, recognisePostcode } from './identity-recognisers.js';
import { contextSlot } from './lexicon.js';
import { recognisePaymentCard, recognisePhone } from './payment-card-phone.js';
import { RunView } from './run-view.js';
import { TYPE_ID } from './types.js';
import { LABEL_DISTANCE } from './scoring.js';

const MAX_GROUPS = 12;
const MAX_SPAN = 48;
const gStart = new Int32Array(MAX_GROUPS);
const gEnd = new Int32Array(MAX_GROUPS);
const gSep = new Uint16Array(MAX_GROUPS);

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Luhn over the digits text[from, to) (as checksums.ts luhnDigits, on characters). */
function luhnRange(text: string, from: number, to: number): boolean {
  let sum = 0;
  let i = to - 1;
  for (; i > from; i -= 2) sum += text.charCodeAt(i) - 48 + LUHN_DOUBLED[text.charCodeAt(i - 1) - 48]!;
  if (i === from) sum += text.charCodeAt(i) - 48;
  return sum % 10 === 0;
}

const BANKGIRO = contextSlot('BANKGIRO');
const PLUSGIRO = contextSlot('PLUSGIRO');
const PASSPORT = contextSlot('PASSPORT');
/** How far after a giro or passport context word a bare group of 5–8 digits can be one. */
export const NUMBER_CONTEXT_REACH = 300;
/** A context word that lets a bare group of 5–8 digits be a giro or passport number. */
export const isNumberContextSlot = (slot: number): boolean => slot === BANKGIRO || slot === PLUSGIRO || slot === PASSPORT;

/** Cheap test on a run without separators: can any recogniser accept it? Avoids allocation. */
function singleWorthIt(text: string, s: number, e: number, plus: boolean, ctx: ContextIndex): boolean {
  const len = e - s;
  const zero = text.charCodeAt(s) === 48;
  if (plus && len >= 9 && len <= 12) return true;
  if (zero && len >= 8 && len <= 13) return true;
  if (len === 10 || len === 12) return luhnRange(text, e - 10, e);
  if (len >= 13 && len <= 19) return luhnRange(text, s, e);
  return len >= 5 && len <= 8 && numberContextBefore(ctx, s);
}

/** A giro or passport context word within reach before `s` (a function of its own: the test above stays small enough for V8 to inline). */
function numberContextBefore(ctx: ContextIndex, s: number): boolean {
  const reach = NUMBER_CONTEXT_REACH;
  return ctx.distanceBefore(BANKGIRO, s) <= reach || ctx.distanceBefore(PLUSGIRO, s) <= reach || ctx.distanceBefore(PASSPORT, s) <= reach;
}

/**
 * Can any recogniser accept groups a..b? Checked on the group tables before building strings, so
 * dates, amounts and other multi-group numbers are rejected without allocation.
 */
function plausible(text: string, a: number, b: number, plusBefore: boolean, trunk: boolean, ctx: ContextIndex): boolean {
  let total = 0;
  for (let k = a; k <= b; k++) total += gEnd[k]! - gStart[k]!;
  const groups = b - a + 1;
  if (groups === 1) return singleWorthIt(text, gStart[a]!, gEnd[a]!, plusBefore, ctx);
  if (trunk) return total >= 7; // a national number after "+46 (0)"
  if (plusBefore || text.charCodeAt(gStart[a]!) === 48) return total >= 8; // phone forms
  if ((total === 10 || total === 12) && groups <= 2) return true; // identity numbers
  if (total >= 13 && total <= 19) return true; // payment cards
  if (groups === 2 && total >= 7 && total <= 8 && gSep[b] === SEP_HYPHEN) return true; // bankgiro
  if (total >= 5 && total <= 8 && gEnd[b]! - gStart[b]! === 1 && gSep[b] === SEP_HYPHEN) return true; // plusgiro
  return groups === 2 && total === 5 && gSep[b] === SEP_SPACE; // postcode
}

const LICENCE = contextSlot('LICENCE');
const view = new RunView();

/** Fill the shared view with groups a..b. */
function fill(text: string, a: number, b: number, plusBefore: boolean, trunk: boolean): RunView {
  const v = view;
  v.text = text;
  v.start = gStart[a]!;
  v.end = gEnd[b]!;
  v.plusBefore = plusBefore;
  v.trunkBefore = trunk;
  v.groups = b - a + 1;
  // Tables in locals: a store into one typed array could alias another's loads, so V8 would reload
  // them at every digit.
  const { lens, seps, digits } = v;
  let n = 0;
  for (let k = a; k <= b; k++) {
    const from = gStart[k]!;
    const to = gEnd[k]!;
    lens[k - a] = to - from;
    seps[k - a] = k > a ? gSep[k]! : 0;
    for (let p = from; p < to; p++) digits[n++] = text.charCodeAt(p) - 48;
  }
  v.digitCount = n;
  return v;
}

// The reference year, read once per Date rather than per number.
let yearOfDate: Date | null = null;
let year = 0;

/** The range's readings, added to `alts` (open until the caller commits them as a candidate). */
function interpret(v: RunView, ctx: ContextIndex, now: Date, alts: CandidateQueue): void {
  if (now !== yearOfDate) {
    yearOfDate = now;
    year = now.getFullYear();
  }
  // Only the recognisers whose digit count this is (each also checks it): a call per recogniser
  // and range cost a register more than the checks.
  const len = v.digitCount;
  if (len === 10 || len === 12) {
    // A licence word close before (scoring's only use of the reading: LABEL_DISTANCE; one more
    // for the '+' a phone number's span may take in front).
    const licenceBefore = ctx.distanceBefore(LICENCE, v.start) <= LABEL_DISTANCE + 1;
    recogniseIdentity(v, year, licenceBefore, alts);
  }
  if (len >= 13 && len <= 19) recognisePaymentCard(v, alts);
  if (len >= 7 && len <= 14) recognisePhone(v, alts); // 7–9 national digits after +46 (0), 0, +46 or 0046 (and a slipped 0)
  if (len >= 5 && len <= 8) {
    recogniseGiro(v, alts);
    recognisePassport(v, alts);
    recognisePostcode(v, alts);
  }
}

/** Read the run starting at digit `i`, push candidates, return the index after the run. */
export function scanDigitRun(text: string, i: number, now: Date, ctx: ContextIndex, out: CandidateQueue): number {
  const n = text.length;
  let j = i;
  let g = 0;
  for (;;) {
    gStart[g] = j;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    gEnd[g] = j;
    g++;
    if (g === MAX_GROUPS || j + 1 >= n || j - i >= MAX_SPAN) break;
    const s = groupSeparator(text.charCodeAt(j));
    if (s === 0 || !isDigit(text.charCodeAt(j + 1))) break;
    gSep[g] = s;
    j++;
  }
  recogniseRun(text, i, j, g, now, ctx, out);
  return j;
}

/**
 * The run ending right before position e (after its last digit, or after a separator following
 * it), read backwards to no further than `lo` and recognised: the scanner reaches a run at its end
 * (prefilter.ts), and this reads its digits once instead of walking back to its start and reading
 * forward. Then calls `settled` with the run's end (no context word lies inside a run, so every
 * one before it is indexed; called here rather than by the scanner's loop, whose inlining budget
 * V8 keeps for the prefilter's pass). Returns the run's end, or −1 when there is no such run or
 * it must be read forward: letters right before it (IBAN, VAT and ICD codes start there), or a
 * forward read would split it (more than 12 groups or 48 characters).
 */
export function recogniseRunEndingAt(
  text: string,
  lo: number,
  e: number,
  now: Date,
  ctx: ContextIndex,
  out: CandidateQueue,
  settled: ((end: number) => void) | null,
): number {
  const last = e > lo && isDigit(text.charCodeAt(e - 1)) ? e - 1 : e - 2 >= lo && groupSeparator(text.charCodeAt(e - 1)) !== 0 && isDigit(text.charCodeAt(e - 2)) ? e - 2 : -1;
  if (last < 0) return -1;
  let g = 0;
  let p = last + 1;
  for (;;) {
    if (g === MAX_GROUPS) return -1;
    const groupEnd = p;
    while (p > lo && isDigit(text.charCodeAt(p - 1))) p--;
    gStart[g] = p;
    gEnd[g] = groupEnd;
    g++;
    const s = p - 2 >= lo ? groupSeparator(text.charCodeAt(p - 1)) : 0;
    if (s === 0 || !isDigit(text.charCodeAt(p - 2))) break;
    gSep[g] = s; // between found groups g−1 (later) and g (earlier): reversed below
    p--;
  }
  const start = p;
  if (start > 0 && isLetterCode(text.charCodeAt(start - 1))) return -1;
  // A forward read breaks after a group ending 48 or more characters from the start.
  if (g > 1 && gEnd[1]! - start >= MAX_SPAN) return -1;
  // Groups were found last first: reverse them. gSep[k] (k ≥ 1) lies before forward group g − k,
  // so indices 1..g−1 reverse too.
  for (let a = 0, b = g - 1; a < b; a++, b--) {
    const s0 = gStart[a]!;
    gStart[a] = gStart[b]!;
    gStart[b] = s0;
    const e0 = gEnd[a]!;
    gEnd[a] = gEnd[b]!;
    gEnd[b] = e0;
  }
  for (let a = 1, b = g - 1; a < b; a++, b--) {
    const t = gSep[a]!;
    gSep[a] = gSep[b]!;
    gSep[b] = t;
  }
  recogniseRun(text, start, last + 1, g, now, ctx, out);
  if (settled) settled(last + 1);
  return last + 1;
}

/**
 * Where the '+' of "+46 (0)" (or "+46(0)", one space allowed after it) right before `i` stands, or
 * −1: the international form with the trunk zero in brackets, "+46 (0)8-123 456 78".
 */
function intlTrunkStart(text: string, i: number): number {
  let p = i;
  if (p > 0 && text.charCodeAt(p - 1) === 32) p--;
  if (p < 3 || text.charCodeAt(p - 1) !== 41 || text.charCodeAt(p - 2) !== 48 || text.charCodeAt(p - 3) !== 40) return -1;
  p -= 3;
  if (p > 0 && text.charCodeAt(p - 1) === 32) p--;
  if (p < 3 || text.charCodeAt(p - 1) !== 54 || text.charCodeAt(p - 2) !== 52 || text.charCodeAt(p - 3) !== 43) return -1;
  return p - 3;
}

/** Candidates from groups 0..g−1 of the run text[i, end) in the group tables. */
function recogniseRun(text: string, i: number, end: number, g: number, now: Date, ctx: ContextIndex, out: CandidateQueue): void {
  const n = text.length;
  // Parts of decimals, dotted or slashed references ("1.234.567", "2023/1234", "12:30") are not identifiers.
  const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
  const next = end < n ? text.charCodeAt(end) : 0;
  if ((prev === 46 || prev === 47 || prev === 58) && i > 1 && isDigit(text.charCodeAt(i - 2))) return;
  if ((next === 46 || next === 47 || next === 58) && end + 1 < n && isDigit(text.charCodeAt(end + 1))) return;
  const plusBefore = prev === 43;
  // "+46 (0)": only before a grouped number whose first group is an area code without its 0
  // ("8-123 456 78", "480 123 45"; 1–3 digits) — the shapes the prefilter marks (not a single
  // group, not a date's four digits).
  const trunkAt = g > 1 && gEnd[0]! - gStart[0]! <= 3 && (prev === 41 || prev === 32) ? intlTrunkStart(text, i) : -1;
  let a = 0;
  while (a < g) {
    let matched = false;
    for (let b = g - 1; b >= a; b--) {
      const digitsInRange = gEnd[b]! - gStart[a]!;
      if (digitsInRange > 24 || digitsInRange < 5) continue;
      const plus = a === 0 ? plusBefore : text.charCodeAt(gStart[a]! - 1) === 43;
      const trunk = a === 0 && trunkAt >= 0;
      if (!plausible(text, a, b, plus, trunk, ctx)) continue;
      const v = fill(text, a, b, plus, trunk);
      interpret(v, ctx, now, out);
      if (out.pending > 0) {
        // "+46 …", "+46 (0)…": the prefix belongs to the phone number's span.
        const phone = (plus || trunk) && out.openHas(TYPE_ID.SE_PHONE);
        out.commit(!phone ? v.start : trunk ? trunkAt : v.start - 1, v.end, v.start, v.end);
        a = b + 1;
        matched = true;
        break;
      }
    }
    if (!matched) a++;
  }
}
