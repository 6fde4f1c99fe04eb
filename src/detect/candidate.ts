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

/** Where recognisers put the readings of a range (digit-run.ts reuses one for every range tried). */
export interface ReadingSink {
  push(reading: Interpretation): void;
}
