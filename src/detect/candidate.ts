// What the single pass produces before scoring: spans with one or more typed interpretations.
import type { DetectionType } from './types.js';

export interface Interpretation {
  type: DetectionType;
  /** Score before context; context rules in scoring.ts adjust it. */
  base: number;
  /** Normalised raw value (never leaves the engine unless options.reveal). */
  value: string;
  /** Recogniser detail for masking and scoring, e.g. 'icd' or 'mobile'. */
  detail?: string;
}

export interface Candidate {
  start: number;
  end: number;
  alts: Interpretation[];
}

/**
 * Where the digit recognisers put the readings of the range being tried (candidate-queue.ts): its
 * value is `prefix` + the range's digits after the first `skip`, made only for a finding.
 */
export interface ReadingSink {
  /** `base`: the score before context, in hundredths (scoring.ts). */
  add(type: DetectionType, base: number, prefix?: string, skip?: number, detail?: string): void;
}
