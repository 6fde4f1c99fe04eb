// The single pass over the text: letters walk the lexicon's trie (no allocation per word; a word
// no term can start like is skipped to its end), digits go to the digit-run recognisers, '@' to
// e-mail. The prefilter (prefilter.ts) marks where that work is, and the pass jumps there. Nothing
// here scores; it only collects candidates and the positions of context words.
import { CandidateQueue } from './candidate-queue.js';
import { LOWER, isLetterCode, isUpperCode } from './char-class.js';
import { ContextIndex } from './context-index.js';
import { NUMBER_CONTEXT_REACH, isNumberContextSlot, recogniseRunEndingAt, scanDigitRun } from './digit-run.js';
import {
  AT_CLASS,
  CATEGORY_SLOT0,
  GROUP_SEPARATOR,
  type Lexicon,
  type LexiconEntry,
  NAME_SLOT,
  OTHER_LETTER,
  PLUS_CLASS,
  SLOT_COUNT,
  isDigitClass,
  isSeparatorClass,
} from './lexicon.js';
import type { Prefilter } from './prefilter.js';
import { tryEmail, tryIban, tryIcd, tryVat } from './special-recognisers.js';
import { grow } from './typed-array.js';

/**
 * The category terms found, in text order, as parallel arrays: no object per term (a register can
 * hold hundreds of thousands, which would all survive until the end of the text).
 */
export class TermList {
  count = 0;
  slot = new Int32Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** The term's id (Lexicon.terms): a number, not the object — no JS array to grow on the heap. */
  entry = new Int32Array(256);

  clear(): void {
    this.count = 0;
  }

  push(slot: number, start: number, end: number, entry: number): void {
    const k = this.count++;
    if (k === this.slot.length) {
      this.slot = grow(this.slot, k + 1);
      this.start = grow(this.start, k + 1);
      this.end = grow(this.end, k + 1);
      this.entry = grow(this.entry, k + 1);
    }
    this.slot[k] = slot;
    this.start[k] = start;
    this.end[k] = end;
    this.entry[k] = entry;
  }
}

export interface ScanResult {
  ctx: ContextIndex;
  /** In text order. A `settled` callback may consume (drop) candidates from the front. */
  candidates: CandidateQueue;
  terms: TermList;
}

/**
 * Called during the pass with a position before which every context word has been indexed, so
 * that candidates whose context window ends before it can be scored while the pass goes on: they
 * then die young instead of surviving garbage collections until the end of the text.
 */
export type Settled = (pos: number, scan: ScanResult) => void;

const isUpperAscii = (c: number) => c >= 65 && c <= 90;

function isPhraseGap(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 46 || c === 45 || c === 47 || c === 10 || c === 13 || c === 9;
}

/** Match the remaining words of a phrase from `p`; returns the end offset or -1. */
function matchRest(text: string, p: number, rest: LexiconEntry['rest']): number {
  const n = text.length;
  for (const w of rest) {
    let gap = 0;
    while (gap < 3 && p < n && isPhraseGap(text.charCodeAt(p))) {
      p++;
      gap++;
    }
    if (gap === 0) return -1;
    const word = w.word;
    for (let k = 0; k < word.length; k++) {
      const c = text.charCodeAt(p + k);
      if ((c < 256 ? LOWER[c]! : c) !== word.charCodeAt(k)) return -1;
    }
    p += word.length;
    if (w.prefix) while (p < n && isLetterCode(text.charCodeAt(p))) p++;
    else if (p < n && isLetterCode(text.charCodeAt(p))) return -1;
  }
  return p;
}

/** How far the run reader goes between calls of `settled` (characters). */
const SETTLE_EVERY = 1024;

/** Characters per prefilter window: the event buffer holds one window's events. */
const WINDOW = 1 << 16;
let sharedEvents: Int32Array | null = null;
/** One buffer per thread, reused: scanText does not re-enter itself. */
const eventBuffer = (): Int32Array => (sharedEvents ??= new Int32Array(WINDOW + 1));

/**
 * One pass over the text. With a prefilter (the engine's way) it jumps over stretches where the
 * character loop would do nothing; without one it steps through every character (the reference
 * the prefilter is tested against). With `reuse`, its tables are emptied and filled again: their
 * capacity carries over from document to document instead of growing anew in each.
 */
export function scanText(text: string, lex: Lexicon, prefilter: Prefilter | null, now: Date, settled?: Settled, reuse?: ScanResult): ScanResult {
  const result: ScanResult = reuse ?? { ctx: new ContextIndex(), candidates: new CandidateQueue(text), terms: new TermList() };
  if (reuse) {
    reuse.ctx.clear();
    reuse.candidates.reset(text);
    reuse.terms.clear();
  }
  const { ctx, candidates, terms } = result;
  const { classOf, width, next, prefixEnds, entries, first3 } = lex;
  const n = text.length;
  // Trie states where a first word ended inside the current word, and the lengths there.
  const hitState = new Int32Array(8);
  const hitLen = new Int32Array(8);
  // Per category slot: where the last phrase found (a term of several words) ends.
  const phraseEnd = new Int32Array(SLOT_COUNT);
  // After a giro or passport context word, a bare group of 5–8 digits can be one: the prefilter
  // does not mark those runs, so the pass steps through every character up to here.
  let stepUntil = 0;

  /** Does the text at `start` spell `exact` for `len` characters (case-sensitive terms)? */
  const spells = (start: number, len: number, exact: string): boolean => {
    if (len > exact.length) return false;
    for (let k = 0; k < len; k++) if (text.charCodeAt(start + k) !== exact.charCodeAt(k)) return false;
    return true;
  };

  const verifyToken = (tokStart: number, tokEnd: number, count: number): void => {
    let seenSlots = 0; // bit per slot (fewer than 32 slots): one hit per slot and token
    // Longest first: the most specific term of a family wins ("polisanmälan" over "polis*").
    for (let k = count - 1; k >= 0; k--) {
      const len = hitLen[k]!;
      for (const entry of entries[hitState[k]!]!) {
        if (!entry.firstIsPrefix && tokStart + len !== tokEnd) continue;
        if (entry.exactCase !== null && !spells(tokStart, len, entry.exactCase)) continue;
        const end = entry.rest.length > 0 ? matchRest(text, tokEnd, entry.rest) : tokEnd;
        if (end < 0 || (seenSlots >>> entry.slot) & 1) continue;
        // A word inside a phrase of the same category ("bistånd" in "ekonomiskt bistånd") is part
        // of that finding: no second finding, and no support for the phrase from its own words.
        if (entry.slot >= CATEGORY_SLOT0 && end <= phraseEnd[entry.slot]!) continue;
        seenSlots |= 1 << entry.slot;
        if (entry.slot === NAME_SLOT) {
          addName(tokStart, tokEnd);
          continue;
        }
        ctx.add(entry.slot, tokStart);
        if (isNumberContextSlot(entry.slot)) stepUntil = Math.max(stepUntil, tokStart + NUMBER_CONTEXT_REACH + 1);
        if (entry.slot >= CATEGORY_SLOT0) {
          terms.push(entry.slot, tokStart, end, entry.id);
          if (end > tokEnd) phraseEnd[entry.slot] = Math.max(phraseEnd[entry.slot]!, end);
        }
      }
    }
  };

  // A first name followed by a capitalised word: a person name.
  const addName = (s: number, e: number): void => {
    if (text.charCodeAt(e) !== 32 || !isUpperCode(text.charCodeAt(e + 1))) return;
    let j = e + 1;
    while (j < n && (isLetterCode(text.charCodeAt(j)) || text.charCodeAt(j) === 45)) j++;
    if (j - e < 3) return;
    ctx.add(NAME_SLOT, s);
    candidates.push({ start: s, end: j, alts: [{ type: 'PERSON_NAME', base: 0.6, value: text.slice(s, j) }] });
  };

  const onDigit = (i: number): number => {
    // No word is open here (a digit ends it), so every context word before i is indexed.
    if (settled) settled(i, result);
    const p1 = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (isUpperAscii(p1)) {
      const p2 = i > 1 ? text.charCodeAt(i - 2) : 0;
      const p3 = i > 2 ? text.charCodeAt(i - 3) : 0;
      if (isUpperAscii(p2) && !isLetterCode(p3)) {
        const iban = tryIban(text, i - 2);
        if (typeof iban === 'number') return iban;
        const c = iban ?? tryVat(text, i - 2, now);
        if (c) {
          candidates.push(c);
          return c.end;
        }
      } else if (!isLetterCode(p2) && !(p2 >= 48 && p2 <= 57)) {
        const c = tryIcd(text, i - 1);
        if (c) {
          candidates.push(c);
          return c.end;
        }
      }
    }
    return scanDigitRun(text, i, now, ctx, candidates);
  };

  /** The original character loop's step at `i` (a word, a digit, an '@' or a separator); returns the next position. */
  const step = (i: number): number => {
    const cls = classOf[text.charCodeAt(i)]!;
    if (cls >= OTHER_LETTER) {
      // A word: follow the trie while some first word can still start like it.
      const start = i;
      let state: number;
      let count = 0;
      if (first3 !== null && i + 2 < n) {
        // Up to three letters at once; a word of one or two letters stops at its end.
        const c2 = classOf[text.charCodeAt(i + 1)]!;
        const c3 = classOf[text.charCodeAt(i + 2)]!;
        state = first3[(cls * width + c2) * width + c3]!;
        i += c2 < OTHER_LETTER ? 1 : c3 < OTHER_LETTER ? 2 : 3;
      } else {
        state = next[width + cls]!; // from the root (state 1)
        i++;
      }
      while (state !== 0) {
        if (prefixEnds[state] === 1 && count < 7) {
          hitState[count] = state;
          hitLen[count++] = i - start;
        }
        if (i >= n) break;
        const k = classOf[text.charCodeAt(i)]!;
        if (k < OTHER_LETTER) break;
        state = next[state * width + k]!;
        i++;
      }
      if (state === 0) {
        while (i < n && classOf[text.charCodeAt(i)]! >= OTHER_LETTER) i++;
      } else if (entries[state] !== null && !(count > 0 && hitLen[count - 1] === i - start)) {
        // The word ends on a first word: its exact terms (its prefix terms were recorded above).
        hitState[count] = state;
        hitLen[count++] = i - start;
      }
      if (count > 0) verifyToken(start, i, count);
      return i;
    }
    if (isDigitClass(cls)) return onDigit(i);
    if (cls === AT_CLASS) {
      if (settled) settled(i, result);
      const e = tryEmail(text, i);
      if (e) {
        candidates.push(e);
        return e.end;
      }
    }
    return i + 1;
  };

  const isLetterAt = (p: number): boolean => classOf[text.charCodeAt(p)]! >= OTHER_LETTER;
  const isDigitAt = (p: number): boolean => isDigitClass(classOf[text.charCodeAt(p)]!);
  const isGroupSeparatorAt = (p: number): boolean => {
    const cls = classOf[text.charCodeAt(p)]!;
    return cls === GROUP_SEPARATOR || cls === PLUS_CLASS;
  };
  /**
   * At a quiet position (not inside or right after a word, not inside a digit run, not '@', not
   * near a giro or passport context word) the character loop would do nothing until the next
   * prefilter event: there it can jump.
   */
  const quiet = (p: number): boolean => {
    if (p < stepUntil || (p > 0 && isLetterAt(p - 1))) return false;
    const cls = classOf[text.charCodeAt(p)]!;
    if (cls === AT_CLASS) return false;
    // The first digit of a run: the prefilter marks the run's end if it has work (read from there).
    if (isDigitClass(cls)) return !(p > 0 && isDigitAt(p - 1)) && !(p > 1 && isGroupSeparatorAt(p - 1) && isDigitAt(p - 2));
    // Inside a digit run that the recognisers read in parts (at most 12 groups or 48 characters
    // at a time): the rest is read next, as the loop would.
    return !(p > 0 && p + 1 < n && isDigitAt(p - 1) && isGroupSeparatorAt(p) && isDigitAt(p + 1));
  };
  /**
   * Where the loop's work for event `e` starts, from quiet position i ≤ e: the start of the word
   * or digit run ending right before e (the loop would reach it first), else e itself.
   */
  const workStart = (i: number, e: number): number => {
    let p = e;
    if (p > i && isLetterAt(p - 1)) {
      while (p > i && isLetterAt(p - 1)) p--;
      return p;
    }
    // A digit run: digits, and one group separator or '+' between them.
    while (p > i) {
      if (isDigitAt(p - 1)) p--;
      else if (p - 2 >= i && isGroupSeparatorAt(p - 1) && isDigitAt(p - 2)) p--;
      else break;
    }
    return p;
  };

  // Called by the run reader after a run: no context word lies inside one, so every one before
  // its end is indexed. Passed on once per SETTLE_EVERY characters: often enough to keep the
  // pending candidates few, and a call into the engine at every run end cost a register ~10 %.
  let settledTo = 0;
  const settledAt = settled
    ? (pos: number) => {
        if (pos - settledTo < SETTLE_EVERY) return;
        settledTo = pos;
        settled(pos, result);
      }
    : null;

  let i = 0;
  if (prefilter === null) {
    while (i < n) i = step(i);
    return result;
  }
  // The character loop, jumping from quiet positions to the prefilter's events (in windows, so
  // that the event buffer stays small); steps taken elsewhere are the loop's own.
  let state = prefilter.start;
  const events = eventBuffer();
  for (let from = 0; from < n; from += WINDOW) {
    const to = Math.min(n, from + WINDOW);
    const pass = prefilter.run(text, from, to, state, events);
    state = pass.state;
    for (let k = 0; k < pass.events; k++) {
      const e = events[k]!;
      while (i <= e && i < n) {
        if (!quiet(i)) {
          i = step(i);
          continue;
        }
        // The event is the end of a word or digit run with work (its start lies at or after i), a
        // digit after letters or '@'. A run is read backwards from its end, once.
        const runEnd = recogniseRunEndingAt(text, i, e, now, ctx, candidates, settledAt);
        i = runEnd >= 0 ? runEnd : step(workStart(i, e));
        // A separator after the word or run: the loop's step there would only move on.
        if (i === e && i < n && isSeparatorClass(classOf[text.charCodeAt(i)]!)) i++;
      }
    }
  }
  while (i < n && !quiet(i)) i = step(i);
  return result;
}
