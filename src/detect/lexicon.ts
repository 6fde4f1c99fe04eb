// Compiles dictionaries into one automaton used by the single pass: a trie over the lower-cased
// first word of every term as a transition table indexed by (state, letter class), so a word costs
// one table load per letter until no term can start like it, then a tight skip to its end. A state
// where a first word ends holds the terms that start with that word.
import { CHAR_CLASS, LETTER, LOWER, SEP_PLUS, groupSeparator } from './char-class.js';
import {
  CONTEXT_CLASSES,
  type CategoryDictionary,
  type ContextDictionary,
  type NameDictionary,
} from './dictionary-schema.js';
import { CATEGORY_TYPES } from './types.js';

/** Slots: context classes first, then categories, then first names. */
export const CATEGORY_SLOT0 = CONTEXT_CLASSES.length;
export const NAME_SLOT = CATEGORY_SLOT0 + CATEGORY_TYPES.length;
export const SLOT_COUNT = NAME_SLOT + 1;

export function contextSlot(name: (typeof CONTEXT_CLASSES)[number]): number {
  return CONTEXT_CLASSES.indexOf(name);
}

export interface LexiconEntry {
  /** Index in Lexicon.terms. */
  id: number;
  slot: number;
  strong: boolean;
  /** First word's prefix flag; the first word itself is the path to the entry's trie state. */
  firstIsPrefix: boolean;
  /** Remaining words, lower-case, with their prefix flags. */
  rest: { word: string; prefix: boolean }[];
  /** Exact original spelling for case-sensitive terms (without '='), else null. */
  exactCase: string | null;
  /** The term as written in the dictionary: used as the masked form of a category finding. */
  label: string;
}

/**
 * Classes of the automaton: one load per UTF-16 code unit in the scanner. The non-letters are told
 * apart as the digit runs need them (digit-run.ts): separators inside a run, '+', '0' (a phone
 * number's first digit) and the digits a 12-digit identity number starts with (16, 18, 19, 20).
 */
export const SEPARATOR = 0;
/** Space, no-break space, hyphen, en dash and non-breaking hyphen: may separate a run's groups. */
export const GROUP_SEPARATOR = 1;
/** '+': separates a run's groups, or stands before one ("+46 …"). */
export const PLUS_CLASS = 2;
export const ZERO_CLASS = 3;
export const ONE_CLASS = 4;
export const TWO_CLASS = 5;
/** 6, 8 and 9: the second digit of the centuries 16 (organisationsnummer), 18 and 19. */
export const SIX_EIGHT_NINE_CLASS = 6;
/** The other digits: 3, 4, 5, 7. */
export const DIGIT_CLASS = 7;
export const AT_CLASS = 8;
/** A letter that no first word contains; classes above it are the letters that occur in terms. */
export const OTHER_LETTER = 9;

export const isDigitClass = (cls: number): boolean => cls >= ZERO_CLASS && cls <= DIGIT_CLASS;
/** Separator, group separator or '+': the pass's step there only moves on. */
export const isSeparatorClass = (cls: number): boolean => cls <= PLUS_CLASS;

export interface Lexicon {
  /** Class per UTF-16 code unit (Latin-1 letters only; other code points separate words). */
  classOf: Uint8Array;
  /** Number of classes: the row width of `next`. */
  width: number;
  /** next[state * width + class]; state 0 is dead (and stays dead), 1 is the root. */
  next: Uint16Array | Uint32Array;
  /** 1 where some term's first word, marked as a prefix ("sjukskriv*"), ends. */
  prefixEnds: Uint8Array;
  /**
   * The state after a word's first three classes, first3[(c1 × width + c2) × width + c3], where a
   * non-letter class ends the word early (the state after one or two letters): one load instead of
   * three dependent ones, and most words die within three letters. Null when a prefix first word
   * is shorter than three letters (its hit could lie inside those three): the scanner then walks.
   */
  first3: Uint16Array | Uint32Array | null;
  /** The terms whose first word is exactly this state's path, in dictionary order; null if none. */
  entries: (LexiconEntry[] | null)[];
  /** Every term, by id (the scan records a term found as its id). */
  terms: LexiconEntry[];
}

interface Draft {
  classOf: Uint8Array;
  width: number;
  /** Transitions while building: per state, class → state. */
  edges: Map<number, number>[];
  entries: (LexiconEntry[] | null)[];
  terms: LexiconEntry[];
  prefixEnds: boolean[];
  /** Some prefix first word has fewer than three letters. */
  shortPrefix: boolean;
}

function addTerm(draft: Draft, term: string, slot: number, strong: boolean): void {
  const exactCase = term.startsWith('=') ? term.slice(1) : null;
  const words = (exactCase ?? term).split(' ').map((w) => ({
    word: w.replace(/\*$/, '').toLowerCase(),
    prefix: w.endsWith('*'),
  }));
  const first = words[0]!;
  const entry: LexiconEntry = {
    id: draft.terms.length,
    slot,
    strong,
    firstIsPrefix: first.prefix,
    rest: words.slice(1),
    exactCase: exactCase ? exactCase.replace(/\*/g, '') : null,
    label: term.replace(/^=/, ''),
  };
  let state = 1;
  for (let k = 0; k < first.word.length; k++) {
    const code = first.word.charCodeAt(k);
    if (draft.classOf[code] === OTHER_LETTER) draft.classOf[code] = draft.width++;
    const cls = draft.classOf[code]!;
    if (cls < OTHER_LETTER) throw new Error(`term "${term}": not a Latin-1 letter at ${k}`);
    let to = draft.edges[state]!.get(cls);
    if (to === undefined) {
      to = draft.edges.length;
      draft.edges.push(new Map());
      draft.entries.push(null);
      draft.prefixEnds.push(false);
      draft.edges[state]!.set(cls, to);
    }
    state = to;
  }
  (draft.entries[state] ??= []).push(entry);
  draft.terms.push(entry);
  if (first.prefix) draft.prefixEnds[state] = true;
  if (first.prefix && first.word.length < 3) draft.shortPrefix = true;
}

export function buildLexicon(
  categories: readonly CategoryDictionary[],
  context: ContextDictionary,
  names: NameDictionary | null,
): Lexicon {
  const classOf = new Uint8Array(65536);
  for (let c = 0; c < 256; c++) {
    if (CHAR_CLASS[c] === LETTER) classOf[c] = OTHER_LETTER;
    if (c >= 48 && c <= 57) classOf[c] = DIGIT_CLASS;
  }
  classOf[48] = ZERO_CLASS;
  classOf[49] = ONE_CLASS;
  classOf[50] = TWO_CLASS;
  for (const c of '689') classOf[c.charCodeAt(0)] = SIX_EIGHT_NINE_CLASS;
  classOf[64] = AT_CLASS;
  // The digit runs' group separators, as digit-run.ts reads them.
  for (let c = 0; c < classOf.length; c++) {
    const sep = groupSeparator(c);
    if (sep !== 0) classOf[c] = sep === SEP_PLUS ? PLUS_CLASS : GROUP_SEPARATOR;
  }
  // States 0 (dead) and 1 (root).
  const draft: Draft = { classOf, width: OTHER_LETTER + 1, edges: [new Map(), new Map()], entries: [null, null], terms: [], prefixEnds: [false, false], shortPrefix: false };
  for (const [cls, terms] of Object.entries(context.classes)) {
    const slot = CONTEXT_CLASSES.indexOf(cls as (typeof CONTEXT_CLASSES)[number]);
    for (const t of terms ?? []) addTerm(draft, t, slot, true);
  }
  for (const dict of categories) {
    const slot = CATEGORY_SLOT0 + CATEGORY_TYPES.indexOf(dict.type);
    for (const t of dict.strong) addTerm(draft, t, slot, true);
    for (const t of dict.weak) addTerm(draft, t, slot, false);
  }
  for (const n of names?.firstNames ?? []) addTerm(draft, `=${n}`, NAME_SLOT, true);
  // Upper-case letters share their lower-case letter's class (terms are matched case-folded).
  for (let c = 0; c < 256; c++) if (LOWER[c] !== c && classOf[c] === OTHER_LETTER) classOf[c] = classOf[LOWER[c]!]!;

  const { width, edges } = draft;
  const next = edges.length < 65536 ? new Uint16Array(edges.length * width) : new Uint32Array(edges.length * width);
  edges.forEach((out, state) => out.forEach((to, cls) => (next[state * width + cls] = to)));
  return { classOf, width, next, prefixEnds: Uint8Array.from(draft.prefixEnds, Number), entries: draft.entries, terms: draft.terms, first3: draft.shortPrefix ? null : firstThree(width, next) };
}

function firstThree(width: number, next: Uint16Array | Uint32Array): Uint16Array | Uint32Array {
  const first3 = next.length < 65536 ? new Uint16Array(width ** 3) : new Uint32Array(width ** 3);
  for (let c1 = OTHER_LETTER; c1 < width; c1++) {
    const s1 = next[width + c1]!;
    for (let c2 = 0; c2 < width; c2++) {
      const s2 = c2 < OTHER_LETTER ? s1 : next[s1 * width + c2]!;
      for (let c3 = 0; c3 < width; c3++) {
        first3[(c1 * width + c2) * width + c3] = c2 < OTHER_LETTER || c3 < OTHER_LETTER ? s2 : next[s2 * width + c3]!;
      }
    }
  }
  return first3;
}
