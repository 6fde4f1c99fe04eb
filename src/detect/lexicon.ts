// Compiles dictionaries into one lookup used by the single pass: Bloom filters over the FNV hash of
// the lower-cased first word of every term (prefix words tested after each letter, exact words once
// per word; no allocation), and a Map from that first word to the terms that start with it
// (consulted only on a Bloom hit).
import { BLOOM_BITS_LOG2, HASH_SEED, LOWER, bloomIndex, hashStep } from './char-class.js';
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
  slot: number;
  strong: boolean;
  /** First word's prefix flag; the first word itself is the Map key. */
  firstIsPrefix: boolean;
  /** Remaining words, lower-case, with their prefix flags. */
  rest: { word: string; prefix: boolean }[];
  /** Exact original spelling for case-sensitive terms (without '='), else null. */
  exactCase: string | null;
  /** The term as written in the dictionary: used as the masked form of a category finding. */
  label: string;
}

export interface Lexicon {
  /** First words marked as prefixes ("sjukskriv*"): tested after every letter. */
  prefixBloom: Uint32Array;
  /** Exact first words ("pnr", names): tested once, at the end of a word. */
  exactBloom: Uint32Array;
  byFirstWord: Map<string, LexiconEntry[]>;
}

function wordHash(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h = hashStep(h, c < 256 ? LOWER[c]! : c);
  }
  return h;
}

function addTerm(lex: Lexicon, term: string, slot: number, strong: boolean): void {
  const exactCase = term.startsWith('=') ? term.slice(1) : null;
  const words = (exactCase ?? term).split(' ').map((w) => ({
    word: w.replace(/\*$/, '').toLowerCase(),
    prefix: w.endsWith('*'),
  }));
  const first = words[0]!;
  const entry: LexiconEntry = {
    slot,
    strong,
    firstIsPrefix: first.prefix,
    rest: words.slice(1),
    exactCase: exactCase ? exactCase.replace(/\*/g, '') : null,
    label: term.replace(/^=/, ''),
  };
  const list = lex.byFirstWord.get(first.word);
  if (list) list.push(entry);
  else lex.byFirstWord.set(first.word, [entry]);
  const bit = bloomIndex(wordHash(first.word));
  const bloom = first.prefix ? lex.prefixBloom : lex.exactBloom;
  bloom[bit >>> 5]! |= 1 << (bit & 31);
}

export function buildLexicon(
  categories: readonly CategoryDictionary[],
  context: ContextDictionary,
  names: NameDictionary | null,
): Lexicon {
  const words = (1 << BLOOM_BITS_LOG2) >>> 5;
  const lex: Lexicon = { prefixBloom: new Uint32Array(words), exactBloom: new Uint32Array(words), byFirstWord: new Map() };
  for (const [cls, terms] of Object.entries(context.classes)) {
    const slot = CONTEXT_CLASSES.indexOf(cls as (typeof CONTEXT_CLASSES)[number]);
    for (const t of terms ?? []) addTerm(lex, t, slot, true);
  }
  for (const dict of categories) {
    const slot = CATEGORY_SLOT0 + CATEGORY_TYPES.indexOf(dict.type);
    for (const t of dict.strong) addTerm(lex, t, slot, true);
    for (const t of dict.weak) addTerm(lex, t, slot, false);
  }
  for (const n of names?.firstNames ?? []) addTerm(lex, `=${n}`, NAME_SLOT, true);
  return lex;
}
