// The single pass over the text: letters feed a rolling hash tested against the lexicon's Bloom
// filter (no allocation per word), digits go to the digit-run recognisers, '@' to e-mail. Nothing
// here scores; it only collects candidates and the positions of context words.
import type { Candidate } from './candidate.js';
import { BLOOM_BITS_LOG2, HASH_SEED, LETTER_LOWER, LOWER, isLetterCode, isUpperCode } from './char-class.js';
import { ContextIndex } from './context-index.js';
import { scanDigitRun } from './digit-run.js';
import { CATEGORY_SLOT0, type Lexicon, type LexiconEntry, NAME_SLOT } from './lexicon.js';
import { tryEmail, tryIban, tryIcd, tryVat } from './special-recognisers.js';

export interface TermHit {
  slot: number;
  start: number;
  end: number;
  entry: LexiconEntry;
}

export interface ScanResult {
  ctx: ContextIndex;
  /** In text order. A `settled` callback may consume (remove) candidates from the front. */
  candidates: Candidate[];
  terms: TermHit[];
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

export function scanText(text: string, lex: Lexicon, now: Date, settled?: Settled): ScanResult {
  const ctx = new ContextIndex();
  const candidates: Candidate[] = [];
  const terms: TermHit[] = [];
  const result: ScanResult = { ctx, candidates, terms };
  const { prefixBloom, exactBloom, byFirstWord } = lex;
  const n = text.length;
  const candLens = new Int32Array(8);
  // Local copies: module bindings can compile to getters (tsx, CJS interop), too slow per character.
  const LL = LETTER_LOWER;
  const BLOOM_MASK = (1 << BLOOM_BITS_LOG2) - 1;
  const SEED = HASH_SEED;

  const verifyToken = (tokStart: number, tokEnd: number, count: number): void => {
    let seenSlots = 0; // bit per slot (fewer than 32 slots): one hit per slot and token
    // Longest first: the most specific term of a family wins ("polisanmälan" over "polis*").
    for (let k = count - 1; k >= 0; k--) {
      const len = candLens[k]!;
      const original = text.slice(tokStart, tokStart + len);
      const entries = byFirstWord.get(original.toLowerCase());
      if (!entries) continue;
      for (const entry of entries) {
        if (!entry.firstIsPrefix && tokStart + len !== tokEnd) continue;
        if (entry.exactCase !== null && !entry.exactCase.startsWith(original)) continue;
        const end = entry.rest.length > 0 ? matchRest(text, tokEnd, entry.rest) : tokEnd;
        if (end < 0 || (seenSlots >>> entry.slot) & 1) continue;
        seenSlots |= 1 << entry.slot;
        if (entry.slot === NAME_SLOT) {
          addName(tokStart, tokEnd);
          continue;
        }
        ctx.add(entry.slot, tokStart);
        if (entry.slot >= CATEGORY_SLOT0) terms.push({ slot: entry.slot, start: tokStart, end, entry });
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

  let tokStart = -1;
  let h = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const lower = LL[c]!;
    if (lower !== 0) {
      if (tokStart < 0) {
        tokStart = i;
        h = SEED;
        count = 0;
      }
      h = Math.imul(h ^ lower, 0x01000193);
      const b = (h ^ (h >>> 15)) & BLOOM_MASK; // = bloomIndex(h), inlined
      if ((prefixBloom[b >>> 5]! >>> (b & 31)) & 1 && count < 7) candLens[count++] = i + 1 - tokStart;
      continue;
    }
    if (tokStart >= 0) {
      const b = (h ^ (h >>> 15)) & BLOOM_MASK;
      if ((exactBloom[b >>> 5]! >>> (b & 31)) & 1) candLens[count++] = i - tokStart;
      if (count > 0) verifyToken(tokStart, i, count);
      tokStart = -1;
    }
    if (c >= 48 && c <= 57) i = onDigit(i) - 1;
    else if (c === 64) {
      if (settled) settled(i, result);
      const e = tryEmail(text, i);
      if (e) {
        candidates.push(e);
        i = e.end - 1;
      }
    }
  }
  if (tokStart >= 0) {
    const b = (h ^ (h >>> 15)) & BLOOM_MASK;
    if ((exactBloom[b >>> 5]! >>> (b & 31)) & 1) candLens[count++] = n - tokStart;
    if (count > 0) verifyToken(tokStart, n, count);
  }
  return result;
}
