// createDetector: compile dictionaries once, then detect() = one scan pass + scoring + masking.
import type { Interpretation } from './candidate.js';
import { type Dictionaries, bundledDictionaries } from './dictionaries.js';
import { CATEGORY_SLOT0, buildLexicon } from './lexicon.js';
import { maskValue } from './mask.js';
import { scanText } from './scan.js';
import { scoreInterpretation, scoreTerm, toConfidence } from './scoring.js';
import { createHmacHex } from './sha256.js';
import {
  CATEGORY_TYPES,
  CONFIDENCE_ORDER,
  type DetectContext,
  type DetectionType,
  type Detector,
  type DetectorOptions,
  type Finding,
} from './types.js';

export function createDetector(options: DetectorOptions, dictionaries: Dictionaries = bundledDictionaries()): Detector {
  if (options.hashKey === undefined || options.hashKey.length === 0) throw new Error('createDetector: hashKey is required');
  const lexicon = buildLexicon(dictionaries.categories, dictionaries.context, dictionaries.names);
  const mac = createHmacHex(options.hashKey, 32);
  const minRank = CONFIDENCE_ORDER[options.minConfidence ?? 'medium'];
  const wanted: ReadonlySet<DetectionType> | null = options.types ? new Set(options.types) : null;
  const reveal = options.reveal === true;

  // Dictionary labels repeat in every document and are public data: memoise their hashes. Raw
  // values are hashed every time (no cache holding them; the one-block HMAC is cheap).
  const labelHashes = new Map<string, string>();
  const hashOf = (type: DetectionType, value: string, isLabel: boolean): string => {
    const key = `${type}:${value}`;
    if (!isLabel) return mac(key);
    let h = labelHashes.get(key);
    if (h === undefined) {
      h = mac(key);
      if (labelHashes.size < 10_000) labelHashes.set(key, h);
    }
    return h;
  };

  function finding(alt: Interpretation, score: number, start: number, end: number, offset: number, label?: string): Finding | null {
    const confidence = toConfidence(score);
    if (CONFIDENCE_ORDER[confidence] < minRank) return null;
    const f: Finding = {
      type: alt.type,
      confidence,
      score,
      start: start + offset,
      end: end + offset,
      masked: maskValue(alt, label),
      hash: hashOf(alt.type, alt.value, label !== undefined),
    };
    if (reveal) f.value = alt.value;
    return f;
  }

  function detect(text: string, ctx?: DetectContext): Finding[] {
    const offset = ctx?.offset ?? 0;
    const now = options.now ?? new Date();
    const scan = scanText(text, lexicon, now);
    const out: Finding[] = [];
    for (const cand of scan.candidates) {
      let best: Interpretation | null = null;
      let bestScore = -1;
      for (const alt of cand.alts) {
        if (wanted && !wanted.has(alt.type)) continue;
        const s = scoreInterpretation(alt, cand.start, cand.end, scan.ctx);
        if (s > bestScore) {
          best = alt;
          bestScore = s;
        }
      }
      if (best && bestScore > 0) {
        const f = finding(best, bestScore, cand.start, cand.end, offset);
        if (f) out.push(f);
      }
    }
    for (const t of scan.terms) {
      const type = CATEGORY_TYPES[t.slot - CATEGORY_SLOT0]!;
      if (wanted && !wanted.has(type)) continue;
      const score = scoreTerm(t.slot, t.entry.strong, t.start, t.end, scan.ctx);
      // The hash covers the dictionary entry, not the text: the same term de-duplicates across files.
      const f = finding({ type, base: score, value: t.entry.label }, score, t.start, t.end, offset, `${type}:${t.entry.label}`);
      if (f) out.push(f);
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  return { detect };
}
