// The prefilter only lets the pass jump over text where stepping through every character would do
// nothing: with and without it, the pass must collect exactly the same candidates, terms and
// context words, on any text (random mixes of dictionary words, their inflections and upper-case
// forms, digits, '@', separators and characters outside Latin-1, across window boundaries).
import { describe, expect, it } from 'vitest';
import { bundledDictionaries, loadDictionaries } from './dictionaries.js';
import { CONTEXT_CLASSES } from './dictionary-schema.js';
import { SLOT_COUNT, buildLexicon, type Lexicon } from './lexicon.js';
import { buildPrefilter } from './prefilter.js';
import { scanText } from './scan.js';

const NOW = new Date('2026-11-15');

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function termWords(lex: ReturnType<typeof bundledDictionaries>): string[] {
  const terms = [...lex.categories.flatMap((c) => [...c.strong, ...c.weak]), ...Object.values(lex.context.classes).flat(), ...(lex.names?.firstNames ?? [])];
  return terms.flatMap((t) => t.replace(/^=/, '').split(' ')).map((w) => w.replace(/\*$/, ''));
}

const SEPARATORS = [' ', ' ', ' ', '\n', '.', '-', '/', ', ', '\u00a0', ';', '(', ')'];
const ODD = ['д', '€', '😀', '\ud800', 'ǅ', 'ß', 'ÿ', 'é', 'Ö', 'å'];
// Digit runs of every shape the prefilter tells apart (groups, lengths around its limits, '0' first,
// '+' before, runs longer than the recognisers read at once, runs ending in letters, '@' or '+'),
// and bare numbers after the giro and passport words that make them count.
const NUMBERS = [
  '811218-9876', '070-123 45 67', '19811218 9876', '2023-01-12', '5560360793', 'SE4550000000058398257466', 'F32.1', '123 45 Stad', '4', '08-123456',
  '+46 70 123 45 67', '+46701234567', '+468123456', '++46701234567', '0701234567', '070–1234567', '12345', '1234567', '12345678', '01234567', '123456789',
  '1234567890123', '4111111111111111', '4111 1111 1111 1111', '12345678901234567890123', '0046701234567', '12 3', '1 2 3 4',
  '1 2 3 4 5 6 7 8 9 10 11 12 13 070 123 45 67', '12-'.repeat(30) + '8112189876', '8112189876abc', '0701234567@', '8112189876+', '12345+46701234567',
  '2021-03-15 12', '2021-03', '2021-3', '2021-03-1', '+2021-03-15', '0123-03-15', '2021-03-15-', '2021-03-150', '2021 03 15', '2021+03+15', '2021-03+15',
  '2021-03-15a', '2021-03-15 0701234567', '2021-03-15 1234', '2021-03-15-8', 'pnr 2021-03-15', '2021-03-15@', '2021-0', '2021 3', '2021 03-8', '2021-4', '0812 34 56', '+46 (0)8-123 456 78', '+46(0)70 123 45 67', '+46 (0) 31 12 34 56', '+46 (0)812345678', '+47 (0)8 123 45', '+46 (0)2024-03-15', '+46 (0)8123-45-67', '+46 (0) 480 123 45', '198112189876', '201005151236', '165560360793', '+198112189876', '098112189876', '298112189876', '181005151236',
  '5050-1055', '4789996-8', 'bankgiro 5050-1055', 'Plusgiro: 4789996', 'pass nr 12345678', 'bg 56781234', '1234-56', '123 456 78', '16 556036-0793', 'tel 070-123 45 67', `1.${'1'.repeat(48)} 8112189876`, '4111-1111 1111 1111',
];

function randomText(r: () => number, words: string[], length: number): string {
  const parts: string[] = [];
  let len = 0;
  while (len < length) {
    const x = r();
    let part: string;
    if (x < 0.45) {
      const w = words[Math.floor(r() * words.length)]!;
      const y = r();
      part = y < 0.15 ? w.toUpperCase() : y < 0.3 ? w[0]!.toUpperCase() + w.slice(1) : y < 0.45 ? w + ['en', 'ar', 'ningen', 'a', 's'][Math.floor(r() * 5)] : y < 0.55 ? w.slice(0, 1 + Math.floor(r() * w.length)) : w;
    } else if (x < 0.6) part = ['och', 'att', 'beslut', 'kommunen', 'ärendet', 'av', 'i'][Math.floor(r() * 7)]!;
    else if (x < 0.72) part = NUMBERS[Math.floor(r() * NUMBERS.length)]!;
    else if (x < 0.76) part = ['anna.berg@kommun.se', '@', 'x@y', 'a@b.se.'][Math.floor(r() * 4)]!;
    else if (x < 0.82) part = ODD[Math.floor(r() * ODD.length)]!;
    else part = String(Math.floor(r() * 10 ** (1 + Math.floor(r() * 14))));
    part += r() < 0.85 ? SEPARATORS[Math.floor(r() * SEPARATORS.length)]! : '';
    parts.push(part);
    len += part.length;
  }
  return parts.join('');
}

function collect(text: string, lex: Lexicon, withPrefilter: boolean) {
  const prefilter = withPrefilter ? buildPrefilter(lex) : null;
  if (withPrefilter && !prefilter) throw new Error('no prefilter');
  const scan = scanText(text, lex, prefilter, NOW);
  return {
    candidates: scan.candidates.toArray(),
    terms: Array.from({ length: scan.terms.count }, (_, k) => [scan.terms.slot[k], scan.terms.start[k], scan.terms.end[k], lex.terms[scan.terms.entry[k]!]!.label]),
    context: Array.from({ length: SLOT_COUNT }, (_, slot) => scan.ctx.positions(slot)),
  };
}

describe('prefilter', () => {
  const dicts = bundledDictionaries();
  const lex = buildLexicon(dicts.categories, dicts.context, dicts.names);
  const words = termWords(dicts);

  it('changes nothing the pass collects, on random texts', () => {
    const r = prng(7);
    for (let k = 0; k < 60; k++) {
      const text = randomText(r, words, 200 + Math.floor(r() * 3000));
      const a = collect(text, lex, true);
      expect(a.terms.length + a.candidates.length).toBeGreaterThan(0);
      expect(a).toEqual(collect(text, lex, false));
    }
  });

  it('changes nothing across window boundaries and at the end of the text', () => {
    const r = prng(11);
    const long = randomText(r, words, 200_000);
    expect(collect(long, lex, true)).toEqual(collect(long, lex, false));
    // A term straddling the first window boundary (65,536), and one ending the text.
    const filler = 'x '.repeat(32_760);
    for (const cut of [0, 1, 3, 5, 9]) {
      const text = `${filler.slice(0, filler.length - cut)} Sjukskrivningen LSS ${'ab '.repeat(5)}diagnos`;
      const a = collect(text, lex, true);
      expect(a.terms.map((t) => t[3])).toEqual(['sjukskrivning*', 'LSS', 'diagnos*']);
      expect(a).toEqual(collect(text, lex, false));
    }
  });

  it('is left out for a lexicon whose table would be too large (the pass then steps through every character)', () => {
    expect(buildPrefilter(lex, 1024)).toBeNull();
    expect(buildPrefilter(lex)).not.toBeNull();
  });

  it('changes nothing when a prefix term is shorter than three letters (no first-three table)', () => {
    const dicts2 = loadDictionaries({
      categories: [{ id: 't', version: '1', type: 'HEALTH', description: 'test', strong: ['hi*', 'sjukskriv*', 'vård av barn'], weak: ['a'] }],
      context: { id: 'c', version: '1', description: 'test', classes: { ...Object.fromEntries(CONTEXT_CLASSES.map((c) => [c, []])), PNR: ['pnr', 'personnummer'], ID_COUNTER: ['ocr'] } },
    });
    const lex2 = buildLexicon(dicts2.categories, dicts2.context, dicts2.names);
    expect(lex2.first3).toBeNull();
    const r = prng(3);
    for (let k = 0; k < 30; k++) {
      const text = randomText(r, ['hiv', 'hi', 'hisnande', 'vård', 'av', 'barn', 'a', 'pnr', 'ocr', 'sjukskriven'], 2000);
      expect(collect(text, lex2, true)).toEqual(collect(text, lex2, false));
    }
  });
});
