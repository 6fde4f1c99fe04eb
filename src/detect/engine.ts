// createDetector: compile dictionaries once, then detect() = one scan pass + scoring + masking.
import type { Candidate, Interpretation } from './candidate.js';
import type { CandidateQueue } from './candidate-queue.js';
import type { ContextIndex } from './context-index.js';
import { type Dictionaries, bundledDictionaries } from './dictionaries.js';
import { CATEGORY_SLOT0, type Lexicon, type LexiconEntry, buildLexicon } from './lexicon.js';
import { maskValue } from './mask.js';
import { type Prefilter, buildPrefilter } from './prefilter.js';
import { type ScanResult, scanText } from './scan.js';
import { CANDIDATE_LOOKAHEAD, rankOf, scoreInterpretation, scoreReading, scoreTerm, toConfidence } from './scoring.js';
import { createKeyedHashHex } from './blake2s.js';
import {
  CATEGORY_TYPES,
  CONFIDENCE_ORDER,
  DETECTION_TYPES,
  type DetectContext,
  type DetectResult,
  type DetectionType,
  type Detector,
  type DetectorOptions,
  type Finding,
  TYPE_ID,
} from './types.js';

/** Raise when the findings for the same text and dictionaries change (recognisers, scoring, hash). */
const ENGINE_REVISION = 4;

/**
 * Identifies what a detector would find: the engine revision and every dictionary's id@version.
 * Stored results (the scan cache) are only reused under the same version.
 */
export function detectorVersion(dictionaries: Dictionaries = bundledDictionaries()): string {
  const parts = [...dictionaries.categories, dictionaries.context, ...(dictionaries.names ? [dictionaries.names] : [])];
  return [`engine@${ENGINE_REVISION}`, ...parts.map((d) => `${d.id}@${d.version}`)].join(',');
}

const compiled = new WeakMap<Dictionaries, { lexicon: Lexicon; prefilter: Prefilter | null }>();

/**
 * Dictionaries compile once per process (lexicon and prefilter are read-only), so detectors
 * created per scan, request or option set share them: no rebuild, and the prefilter's pass stays
 * one closure that V8 can specialise.
 */
function compile(dictionaries: Dictionaries): { lexicon: Lexicon; prefilter: Prefilter | null } {
  let c = compiled.get(dictionaries);
  if (!c) {
    const lexicon = buildLexicon(dictionaries.categories, dictionaries.context, dictionaries.names);
    c = { lexicon, prefilter: buildPrefilter(lexicon) };
    compiled.set(dictionaries, c);
  }
  return c;
}

export function createDetector(options: DetectorOptions, dictionaries: Dictionaries = bundledDictionaries()): Detector {
  if (options.hashKey === undefined || options.hashKey.length === 0) throw new Error('createDetector: hashKey is required');
  const { lexicon, prefilter } = compile(dictionaries);
  const mac = createKeyedHashHex(options.hashKey, 16);
  const minRank = CONFIDENCE_ORDER[options.minConfidence ?? 'medium'];
  const wanted: ReadonlySet<DetectionType> | null = options.types ? new Set(options.types) : null;
  const reveal = options.reveal === true;
  const cap = options.maxFindingsPerType ?? Infinity;
  // Per detect() call and type (index in DETECTION_TYPES): findings built, and those counted past
  // the cap. Typed counters: on a register every number passes here, and a Map or a record keyed
  // by type name cost more than scoring the number.
  const built = new Int32Array(DETECTION_TYPES.length);
  const omittedCount = new Int32Array(DETECTION_TYPES.length);
  /** Room for one more finding of this type (its index)? Otherwise it is counted as omitted. */
  const room = (k: number): boolean => {
    if (cap === Infinity) return true; // no limit: no counting on the hot path
    if (built[k]! < cap) {
      built[k]!++;
      return true;
    }
    omittedCount[k]!++;
    return false;
  };
  const omitted = (): Partial<Record<DetectionType, number>> => {
    const o: Partial<Record<DetectionType, number>> = {};
    omittedCount.forEach((n, k) => {
      if (n > 0) o[DETECTION_TYPES[k]!] = n;
    });
    return o;
  };

  // Raw values are hashed every time (no cache holding them; one BLAKE2s compression is cheap). The
  // message is `TYPE:value`; the prefixes are built once instead of a new string per finding.
  const prefixes = new Map<DetectionType, string>();
  for (const t of DETECTION_TYPES) prefixes.set(t, `${t}:`);
  const hashOf = (type: DetectionType, value: string): string => mac(prefixes.get(type)!, value);
  const termForms = new Map<LexiconEntry, { masked: string; hash: string }>();

  /** Is a finding of this score and type (its index) kept and built? Counts it either way. */
  const kept = (score: number, typeIndex: number): boolean => rankOf(score) >= minRank && room(typeIndex);

  /** The finding of a reading kept with `score` (hundredths). */
  function finding(alt: Interpretation, score: number, start: number, end: number, offset: number): Finding {
    const confidence = toConfidence(score);
    const f: Finding = {
      type: alt.type,
      confidence,
      score: score / 100,
      start: start + offset,
      end: end + offset,
      masked: maskValue(alt),
      hash: hashOf(alt.type, alt.value),
    };
    if (reveal) f.value = alt.value;
    return f;
  }

  /**
   * Score candidate k's readings, keep the best, and build its finding if it is kept. Two small
   * functions rather than one: V8 then inlines the digit run's, the one a register calls.
   */
  const emit = (queue: CandidateQueue, k: number, ctx: ContextIndex, offset: number, out: Finding[]): void =>
    queue.readings[k] === 0 ? emitObject(queue.object(k)!, ctx, offset, out) : emitDigits(queue, k, ctx, offset, out);

  /** A digit run's readings, as numbers: an object only for a finding that is built. */
  function emitDigits(queue: CandidateQueue, k: number, ctx: ContextIndex, offset: number, out: Finding[]): void {
    const start = queue.start[k]!;
    const end = queue.end[k]!;
    let best = -1;
    let bestScore = -1;
    for (let r = queue.first[k]!, last = r + queue.readings[k]!; r < last; r++) {
      const type = queue.type[r]!;
      if (wanted && !wanted.has(DETECTION_TYPES[type]!)) continue;
      const s = scoreReading(type, queue.base[r]!, start, end, ctx);
      if (s > bestScore) {
        best = r;
        bestScore = s;
      }
    }
    if (best >= 0 && bestScore > 0 && kept(bestScore, queue.type[best]!)) out.push(finding(queue.interpretation(k, best), bestScore, start, end, offset));
  }

  function emitObject(cand: Candidate, ctx: ContextIndex, offset: number, out: Finding[]): void {
    let best: Interpretation | null = null;
    let bestScore = -1;
    for (const alt of cand.alts) {
      if (wanted && !wanted.has(alt.type)) continue;
      const s = scoreInterpretation(alt, cand.start, cand.end, ctx);
      if (s > bestScore) {
        best = alt;
        bestScore = s;
      }
    }
    if (best && bestScore > 0 && kept(bestScore, TYPE_ID[best.type])) out.push(finding(best, bestScore, cand.start, cand.end, offset));
  }

  // The pass's tables, kept from one document to the next (detectAll does not re-enter itself).
  let tables: ScanResult | null = null;

  function detectAll(text: string, ctx?: DetectContext): DetectResult {
    built.fill(0);
    omittedCount.fill(0);
    const offset = ctx?.offset ?? 0;
    const now = options.now ?? new Date();
    const out: Finding[] = [];
    // Candidates are scored, in text order, as soon as the pass has indexed every context word
    // their windows can reach, and the scored ones are dropped from the queue now and then (every
    // 1,024: each drop moves the few pending ones to the front): on dense data (a CSV with a
    // number every 50 bytes) the queue stays short instead of growing to the end of the text.
    let head = 0;
    const settled = (pos: number, scan: ScanResult): void => {
      const pending = scan.candidates;
      while (head < pending.length && pending.end[head]! + CANDIDATE_LOOKAHEAD < pos) emit(pending, head++, scan.ctx, offset, out);
      if (head >= 1024) {
        pending.dropFront(head);
        head = 0;
      }
    };
    const scan = scanText(text, lexicon, prefilter, now, settled, tables ?? undefined);
    tables = scan;
    for (let k = head; k < scan.candidates.length; k++) emit(scan.candidates, k, scan.ctx, offset, out);
    const terms = scan.terms;
    for (let k = 0; k < terms.count; k++) {
      const slot = terms.slot[k]!;
      const entry = lexicon.terms[terms.entry[k]!]!;
      const start = terms.start[k]!;
      const end = terms.end[k]!;
      const type = CATEGORY_TYPES[slot - CATEGORY_SLOT0]!;
      if (wanted && !wanted.has(type)) continue;
      const score = scoreTerm(slot, entry.strong, start, end, scan.ctx);
      if (!kept(score, TYPE_ID[type])) continue;
      const confidence = toConfidence(score);
      // Masked form and hash cover the dictionary entry, not the text: computed once per entry,
      // and the same term de-duplicates across files.
      let fixed = termForms.get(entry);
      if (!fixed) {
        const masked = `${type}:${entry.label}`;
        fixed = { masked, hash: mac('', masked) };
        termForms.set(entry, fixed);
      }
      const f: Finding = { type, confidence, score: score / 100, start: start + offset, end: end + offset, masked: fixed.masked, hash: fixed.hash };
      if (reveal) f.value = entry.label;
      out.push(f);
    }
    scan.candidates.reset(''); // the tables stay; the text goes
    return { findings: out.sort((a, b) => a.start - b.start || a.end - b.end), omitted: omitted() };
  }

  return { detect: (text, ctx) => detectAll(text, ctx).findings, detectAll };
}
