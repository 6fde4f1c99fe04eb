// A pre-pass over the text that finds the few places where the scanner has work: the end of every
// word whose trie walk records a hit, the end of every digit run that a recogniser could accept,
// digits right after letters and every '@'. It is one table-driven automaton (one load per
// character, and one branch that is almost never taken: an event), so word ends and digit runs —
// unpredictable branches that cost the character-by-character walk ~3 times as much — are free;
// the scanner then jumps from event to event (scan.ts). Built from the lexicon's trie.
import {
  AT_CLASS,
  GROUP_SEPARATOR,
  type Lexicon,
  ONE_CLASS,
  OTHER_LETTER,
  PLUS_CLASS,
  SEPARATOR,
  SIX_EIGHT_NINE_CLASS,
  TWO_CLASS,
  ZERO_CLASS,
  isDigitClass,
} from './lexicon.js';

/** One window of the pre-pass: the state to continue from and how many events were written. */
export interface PrefilterPass {
  state: number;
  events: number;
}

export interface Prefilter {
  /** The state before the text's first character (between words). */
  start: number;
  /**
   * Runs the automaton over text[from, to) from `state`, writing event positions to `out` (room
   * for to − from + 1). At the end of the text, a word with a hit or a digit run with work ending
   * there is an event at its end.
   */
  run(text: string, from: number, to: number, state: number, out: Int32Array): PrefilterPass;
}

/**
 * The digit runs, as digit-run.ts reads them: digits with single group separators (or '+')
 * between groups. The automaton follows a run's shape — a single group's length (up to 20), its
 * first digit '0', a '+' before it and whether it starts with 16, 18, 19 or 20; the digits of a
 * run of several groups (up to 5); dates — and marks the run's end (the character after it, or
 * after a trailing separator) when a recogniser could accept it: a run of several groups with 5
 * digits or more that is not a date, a single group of 10 or 13–19 digits, 12 after 16, 18, 19
 * or 20, 8–13 starting with '0', 9–12 after '+'. A group of 5–8 digits is a giro or
 * passport number only after its context word: the scanner steps through the text after such a
 * word itself. A run right after letters ("SE45…", "F32.1") is an event at its first digit
 * (IBAN, VAT and ICD codes start in the word) and again at its end.
 */
const MAX_SINGLE = 20;
const MAX_MULTI = 5;

/**
 * How a single group starts, as far as a 12-digit identity number cares: its first digit '1' or
 * '2', and then the century 18, 19 or 20 or the organisationsnummer's prefix 16 (LEAD_CENTURY).
 */
const LEAD_OTHER = 0;
const LEAD_ONE = 1;
const LEAD_TWO = 2;
const LEAD_CENTURY = 3;

/**
 * Whether a recogniser could accept a single group of `len` digits without a context word. Twelve
 * digits are an identity number only after a century (or 16): "199001011234", not an OCR number.
 */
export function singleGroupHasWork(len: number, zeroFirst: boolean, plusBefore: boolean, century: boolean): boolean {
  return len === 10 || (len === 12 && century) || (len >= 13 && len <= 19) || (zeroFirst && len >= 8 && len <= 13) || (plusBefore && len >= 9 && len <= 12);
}

// Automaton states. Entering a state below EVENT_STATES is an event: the event states behave like
// the state named after them and mark the position.
const BETWEEN_EVENT = 0; // a separator after a word with a hit or a run with work
const DIGITS_EVENT = 1; // a digit right after letters (and the end of a word with a hit before it)
const AT_EVENT = 2; // '@' (and the end of a word or run with work before it)
const PLUS_EVENT = 3; // '+' after a word with a hit or a run with work
const LETTER_EVENT = 4; // a letter right after a run with work: the word is taken as one with a hit
const EVENT_STATES = 5;
const BETWEEN = 5; // after a separator
const PLUS = 6; // after a '+' that is not inside a run
const DEAD_WORD = 7; // inside a word no term can start like
const DEAD_WORD_HIT = 8; // … after a prefix term matched ("sjukskriv*" in "sjukskrivningen")
const AFTER_LETTERS = 9; // inside a run that started right after letters
const AFTER_LETTERS_SEP = 10; // … after a group separator
// Single group: (length 1–20, first digit '0', '+' before, lead) in digits and after a separator.
const SINGLE = 11;
const SINGLE_VARIANTS = 16;
const SINGLE_SEP = SINGLE + MAX_SINGLE * SINGLE_VARIANTS;
// Several groups: digits so far (1–5), in digits and after a separator.
const MULTI = SINGLE_SEP + MAX_SINGLE * SINGLE_VARIANTS;
const MULTI_SEP = MULTI + MAX_MULTI;
// A date "2024-03-15" (also with spaces or dashes): four digits, not '0' first, no '+' before, then
// groups of two. Every register has dates, and no recogniser accepts one or a part of one (nor
// "2024-03"); any other continuation leaves for the MULTI states with the same digit count.
const DATE_YEAR_SEP = MULTI_SEP + MAX_MULTI;
const DATE_MONTH1 = DATE_YEAR_SEP + 1;
const DATE_MONTH2 = DATE_YEAR_SEP + 2;
const DATE_MONTH_SEP = DATE_YEAR_SEP + 3;
const DATE_DAY1 = DATE_YEAR_SEP + 4;
const DATE_DAY2 = DATE_YEAR_SEP + 5;
const FIRST_WORD_STATE = DATE_YEAR_SEP + 6;

const single = (len: number, zero: number, plus: number, lead: number): number =>
  SINGLE + (Math.min(len, MAX_SINGLE) - 1) * SINGLE_VARIANTS + zero * 8 + plus * 4 + lead;
/** The fields of single-group state SINGLE + k or SINGLE_SEP + k. */
const singleFields = (k: number) => ({ len: (k >> 4) + 1, zero: (k >> 3) & 1, plus: (k >> 2) & 1, lead: k & 3 });
/** The lead after a group's digit of class `cls` at position `len` (0-based). */
function nextLead(lead: number, len: number, cls: number): number {
  if (len === 0) return cls === ONE_CLASS ? LEAD_ONE : cls === TWO_CLASS ? LEAD_TWO : LEAD_OTHER;
  if (len === 1) return (lead === LEAD_ONE && cls === SIX_EIGHT_NINE_CLASS) || (lead === LEAD_TWO && cls === ZERO_CLASS) ? LEAD_CENTURY : LEAD_OTHER;
  return lead;
}
const hasWork = (f: ReturnType<typeof singleFields>): boolean => singleGroupHasWork(f.len, f.zero === 1, f.plus === 1, f.lead === LEAD_CENTURY);
const multi = (digits: number): number => MULTI + Math.min(digits, MAX_MULTI) - 1;

/** Table size above which a lexicon (a municipality's very large dictionaries) goes without. */
export const PREFILTER_MAX_BYTES = 64 * 1024 * 1024;

/** The prefilter for a lexicon, or null when its table would exceed `maxBytes` (the pass then steps through every character). */
export function buildPrefilter(lex: Pick<Lexicon, 'classOf' | 'width' | 'next' | 'prefixEnds' | 'entries'>, maxBytes = PREFILTER_MAX_BYTES): Prefilter | null {
  const { width, next, prefixEnds, entries } = lex;
  const trieStates = next.length / width;
  const count = FIRST_WORD_STATE + 2 * trieStates;
  if (count * width * 4 > maxBytes) return null;
  const wordState = (trie: number, hit: number): number =>
    trie === 0 ? (hit ? DEAD_WORD_HIT : DEAD_WORD) : FIRST_WORD_STATE + 2 * trie + hit;

  const transitions = new Int32Array(count * width);
  for (let s = 0; s < count; s++) for (let cls = 0; cls < width; cls++) transitions[s * width + cls] = transition(s, cls);
  return { start: BETWEEN * width, run: passOver(reachableOnly(transitions, width), EVENT_STATES * width, lex.classOf) };

  function transition(s: number, cls: number): number {
    const digit = isDigitClass(cls);
    const groupSep = cls === GROUP_SEPARATOR || cls === PLUS_CLASS;
    // Words (the trie × "a prefix term matched"; a letter after a run with work counts as a hit).
    if ((s >= DEAD_WORD && s < AFTER_LETTERS) || s >= FIRST_WORD_STATE || s === LETTER_EVENT) {
      const trie = s >= FIRST_WORD_STATE ? (s - FIRST_WORD_STATE) >> 1 : 0;
      const hit = s === DEAD_WORD_HIT || s === LETTER_EVENT || (s >= FIRST_WORD_STATE && ((s - FIRST_WORD_STATE) & 1) === 1) ? 1 : 0;
      if (cls >= OTHER_LETTER) {
        const t = trie === 0 ? 0 : next[trie * width + cls]!;
        return wordState(t, hit | (t !== 0 && prefixEnds[t] === 1 ? 1 : 0));
      }
      if (digit) return DIGITS_EVENT;
      // As the scanner decides: a word has work if a prefix first word ended on its path or it
      // ends on a first word with terms.
      return after(cls, hit === 1 || (trie !== 0 && entries[trie] !== null));
    }
    // Between words and runs.
    if (s === BETWEEN || s === BETWEEN_EVENT || s === AT_EVENT || s === PLUS || s === PLUS_EVENT) {
      if (digit) return single(1, cls === ZERO_CLASS ? 1 : 0, s === PLUS || s === PLUS_EVENT ? 1 : 0, nextLead(LEAD_OTHER, 0, cls));
      return after(cls, false);
    }
    // Runs: digits extend them, one separator may sit between groups, anything else ends them.
    if (s === DIGITS_EVENT || s === AFTER_LETTERS || s === AFTER_LETTERS_SEP) {
      if (digit) return AFTER_LETTERS;
      if (groupSep && s !== AFTER_LETTERS_SEP) return AFTER_LETTERS_SEP;
      return after(cls, true);
    }
    if (s >= SINGLE && s < SINGLE_SEP) {
      const k = s - SINGLE;
      const f = singleFields(k);
      if (digit) return single(f.len + 1, f.zero, f.plus, nextLead(f.lead, f.len, cls));
      if (cls === GROUP_SEPARATOR && f.len === 4 && f.zero === 0 && f.plus === 0) return DATE_YEAR_SEP;
      if (groupSep) return SINGLE_SEP + k;
      return after(cls, hasWork(f));
    }
    if (s >= SINGLE_SEP && s < MULTI) {
      const f = singleFields(s - SINGLE_SEP);
      if (digit) return multi(f.len + 1);
      return after(cls, hasWork(f));
    }
    if (s >= DATE_YEAR_SEP) return dateTransition(s, cls);
    const sep = s >= MULTI_SEP;
    const digits = s - (sep ? MULTI_SEP : MULTI) + 1;
    if (digit) return multi(digits + 1);
    if (groupSep && !sep) return MULTI_SEP + digits - 1;
    return after(cls, digits >= MAX_MULTI);
  }

  /**
   * A date's states: on its path they go on; anything else continues as the MULTI states would with
   * the digits so far (5 or more from the month's first digit: `multi(5)`). A run ending as "2024",
   * "2024-03" or "2024-03-15" has no work; "2024-3" and "2024-03-1" do (a postcode's and a plusgiro's shapes).
   */
  function dateTransition(s: number, cls: number): number {
    const digit = isDigitClass(cls);
    const groupSep = cls === GROUP_SEPARATOR || cls === PLUS_CLASS;
    switch (s) {
      case DATE_YEAR_SEP:
        return digit ? DATE_MONTH1 : after(cls, false);
      case DATE_MONTH1:
        return digit ? DATE_MONTH2 : groupSep ? MULTI_SEP + MAX_MULTI - 1 : after(cls, true);
      case DATE_MONTH2:
        return digit ? multi(MAX_MULTI) : cls === GROUP_SEPARATOR ? DATE_MONTH_SEP : groupSep ? MULTI_SEP + MAX_MULTI - 1 : after(cls, false);
      case DATE_MONTH_SEP:
        return digit ? DATE_DAY1 : after(cls, false);
      case DATE_DAY1:
        return digit ? DATE_DAY2 : groupSep ? MULTI_SEP + MAX_MULTI - 1 : after(cls, true);
      default: // DATE_DAY2
        return digit ? multi(MAX_MULTI) : groupSep ? MULTI_SEP + MAX_MULTI - 1 : after(cls, false);
    }
  }

  /** The state after a word or run ends at a character of class `cls` (not a digit), an event if `work`. */
  function after(cls: number, work: boolean): number {
    if (cls >= OTHER_LETTER) return work ? LETTER_EVENT : wordState(next[width + cls]!, prefixEnds[next[width + cls]!] === 1 ? 1 : 0);
    if (cls === AT_CLASS) return AT_EVENT;
    if (cls === PLUS_CLASS) return work ? PLUS_EVENT : PLUS;
    return work ? BETWEEN_EVENT : BETWEEN;
  }
}

/**
 * The table with only the states reachable from between-words (most (trie state, hit) pairs are
 * not: a hit needs a prefix term on the path), renumbered in the order they are reached — a
 * smaller table whose common rows lie together — and with values pre-multiplied by the width.
 */
function reachableOnly(table: Int32Array, width: number): Int32Array {
  const id = new Int32Array(table.length / width).fill(-1);
  const order: number[] = [];
  // The fixed states keep their numbers (events first, then between-words, dead words, runs).
  for (let s = 0; s < FIRST_WORD_STATE; s++) {
    id[s] = s;
    order.push(s);
  }
  for (let k = 0; k < order.length; k++) {
    for (let cls = 0; cls < width; cls++) {
      const to = table[order[k]! * width + cls]!;
      if (id[to] === -1) {
        id[to] = order.length;
        order.push(to);
      }
    }
  }
  const compact = new Int32Array(order.length * width);
  order.forEach((s, k) => {
    for (let cls = 0; cls < width; cls++) compact[k * width + cls] = id[table[s * width + cls]!]! * width;
  });
  return compact;
}

/**
 * transitions[state + class] is the next state; a state value is its index × width, and entering a
 * state below `eventLimit` is an event (no shift or flag on the load-to-load path). A closure over
 * its tables rather than a function taking them: V8 then treats them as constants in the loop
 * (30 % faster here) — as long as the process has one prefilter, which is why detectors share
 * the compiled dictionaries (engine.ts).
 */
function passOver(table: Int32Array, limit: number, classes: Uint8Array): Prefilter['run'] {
  return (text, from, to, state, out) => {
    // Locals: when a process builds several prefilters V8 no longer specialises on the closure,
    // and locals are then as fast as parameters (context loads in the loop are not).
    const transitions = table;
    const eventLimit = limit;
    const classOf = classes;
    // Read before the loop, so that its type feedback exists when V8 compiles the loop on the
    // stack (otherwise the optimised loop leaves for the interpreter at its first window's end).
    const atEnd = to === text.length;
    let v = state;
    let o = 0;
    for (let p = from; p < to; p++) {
      v = transitions[v + classOf[text.charCodeAt(p)]!]!;
      // A branch, not a store at every character (o += flag): events are 1–3 % of the characters
      // since the automaton marks only runs with work, so the branch predicts well, and the pass
      // ran 1.2× (a register) to 1.4× (prose) faster for it.
      if (v < eventLimit) out[o++] = p;
    }
    if (atEnd && transitions[v + SEPARATOR]! < eventLimit) out[o++] = to;
    return { state: v, events: o };
  };
}
