// A branch-free pre-pass over the text that finds the few places where the scanner has work: the
// end of every word whose trie walk records a hit, the start of every digit run and every '@'.
// It is one table-driven automaton (one load per character, no data-dependent branch), so word
// ends — unpredictable branches that cost the character-by-character walk ~3 times as much — are
// free; the scanner then jumps from event to event (scan.ts). Built from the lexicon's trie.
import { AT_CLASS, DIGIT_CLASS, type Lexicon, OTHER_LETTER, SEPARATOR } from './lexicon.js';

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
   * for to − from + 1). At the end of the text, a word with a hit ending there is an event at its end.
   */
  run(text: string, from: number, to: number, state: number, out: Int32Array): PrefilterPass;
}

// Automaton states, the event states first; word states follow: (trie state, hit so far) for
// every trie state.
const BETWEEN_EVENT = 0; // a separator right after a word with a hit (event: the word's end)
const DIGITS_EVENT = 1; // the first digit of a run (and the end of a word with a hit before it)
const AT_EVENT = 2; // '@' (and the end of a word with a hit before it)
const EVENT_STATES = 3;
const BETWEEN = 3; // after a separator
const IN_DIGITS = 4;
const DEAD_WORD = 5; // inside a word no term can start like
const DEAD_WORD_HIT = 6; // … after a prefix term matched ("sjukskriv*" in "sjukskrivningen")
const FIRST_WORD_STATE = 7;

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
  for (let s = 0; s < count; s++) {
    const inWord = s >= DEAD_WORD;
    const trie = s >= FIRST_WORD_STATE ? (s - FIRST_WORD_STATE) >> 1 : 0;
    const hit = s === DEAD_WORD_HIT || (s >= FIRST_WORD_STATE && ((s - FIRST_WORD_STATE) & 1) === 1) ? 1 : 0;
    // As the scanner decides: a word has work if a prefix first word ended on its path or it ends
    // on a first word with terms.
    const endsWithHit = inWord && (hit === 1 || (trie !== 0 && entries[trie] !== null));
    const inDigits = s === IN_DIGITS || s === DIGITS_EVENT;
    for (let cls = 0; cls < width; cls++) {
      let to: number;
      if (cls >= OTHER_LETTER) {
        const t = inWord ? (trie === 0 ? 0 : next[trie * width + cls]!) : next[width + cls]!;
        to = wordState(t, (inWord ? hit : 0) | (t !== 0 && prefixEnds[t] === 1 ? 1 : 0));
      } else if (cls === DIGIT_CLASS) {
        to = endsWithHit || !inDigits ? DIGITS_EVENT : IN_DIGITS;
      } else if (cls === AT_CLASS) {
        to = AT_EVENT;
      } else {
        to = endsWithHit ? BETWEEN_EVENT : BETWEEN;
      }
      transitions[s * width + cls] = to;
    }
  }
  return { start: BETWEEN * width, run: passOver(reachableOnly(transitions, width), EVENT_STATES * width, lex.classOf) };
}

/**
 * The table with only the states reachable from between-words (most (trie state, hit) pairs are
 * not: a hit needs a prefix term on the path), renumbered in the order they are reached — a
 * smaller table whose common rows lie together — and with values pre-multiplied by the width.
 */
function reachableOnly(table: Int32Array, width: number): Int32Array {
  const id = new Int32Array(table.length / width).fill(-1);
  const order: number[] = [];
  // The fixed states keep their numbers (events first, then between-words, digits, dead words).
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
    let v = state;
    let o = 0;
    for (let p = from; p < to; p++) {
      v = transitions[v + classOf[text.charCodeAt(p)]!]!;
      out[o] = p; // written always, kept when an event: no branch
      o += (v - eventLimit) >>> 31;
    }
    if (to === text.length && transitions[v + SEPARATOR]! < eventLimit) out[o++] = to;
    return { state: v, events: o };
  };
}
