import { createHash } from 'node:crypto';
import { extractDocuments, type ExtractLimits } from '../extract/index.js';
import type { Confidence, Detector } from '../detect/types.js';
import type { DetectionEngine } from './engine.js';
import { JoinedText } from './locate.js';
import type { DocumentResult, FindingRecord } from './types.js';

export interface AnalyseOptions {
  hashKey: string;
  minConfidence: Confidence;
  reveal: boolean;
  limits?: Partial<ExtractLimits>;
  /** Findings listed per type and document; the rest are counted (default MAX_FINDINGS_PER_TYPE). */
  maxFindingsPerType?: number;
}

/**
 * A register with an identity number on every line yields a finding per line: listing the first
 * 10,000 of each type says all a reader can use, and keeps a worker's memory bounded (a 20 MB
 * register's 376,000 findings took 760 MB).
 */
export const MAX_FINDINGS_PER_TYPE = 10_000;

const detectors = new Map<string, Detector>();

function detectorFor(engine: DetectionEngine, o: AnalyseOptions): Detector {
  const cap = o.maxFindingsPerType ?? MAX_FINDINGS_PER_TYPE;
  const key = `${o.hashKey}\0${o.minConfidence}\0${o.reveal}\0${cap}`;
  let d = detectors.get(key);
  if (!d) {
    d = engine.createDetector({ hashKey: o.hashKey, minConfidence: o.minConfidence, reveal: o.reveal, maxFindingsPerType: cap });
    detectors.set(key, d);
  }
  return d;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Extraction + detection of one file's bytes: one result per document inside it. */
export async function analyseBytes(file: string, bytes: Uint8Array, engine: DetectionEngine, o: AnalyseOptions): Promise<DocumentResult[]> {
  const detector = detectorFor(engine, o);
  const results: DocumentResult[] = [];
  for await (const doc of extractDocuments(file, bytes, o.limits)) {
    const joined = new JoinedText(doc.segments);
    let findings: ReturnType<Detector['detect']> = [];
    let omitted: DocumentResult['omitted'] = {};
    let error = doc.error;
    try {
      if (joined.text) ({ findings, omitted } = detector.detectAll(joined.text));
    } catch (e) {
      error = `detection failed: ${(e as Error).message.split('\n', 1)[0]}`;
    }
    const verdict = engine.assessDocument(findings);
    results.push({
      file: doc.name,
      format: doc.format,
      size: doc.size,
      sensitivity: verdict.sensitivity,
      suggestedK: verdict.suggestedK,
      osl: verdict.osl,
      error,
      findings: findings.map((f): FindingRecord => ({
        type: f.type,
        confidence: f.confidence,
        score: f.score,
        location: joined.locate(f.start),
        masked: f.masked,
        hash: f.hash,
        ...(o.reveal && f.value !== undefined ? { value: f.value } : {}),
      })),
      ...(Object.keys(omitted).length > 0 ? { omitted } : {}),
    });
  }
  return results;
}
