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

/** A digit reading's value prefix, as a number: none, '+46', or a century (18–20: "19" before a 10-digit personnummer). */
export const PREFIX_NONE = 0;
export const PREFIX_46 = 1;
export const prefixText = (code: number): string => (code === PREFIX_NONE ? '' : code === PREFIX_46 ? '+46' : String(code));

/** A digit reading's detail, as a number (index in DETAILS). */
export const DETAILS = [undefined, 'mobile', 'landline'] as const;
export const DETAIL_NONE = 0;
export const DETAIL_MOBILE = 1;
export const DETAIL_LANDLINE = 2;

/**
 * Where the digit recognisers put the readings of the range being tried (candidate-queue.ts): its
 * value is the prefix + the range's digits after the first `skip`, made only for a finding. All
 * numbers (a register reads a number every ~50 bytes): `type` is the index in DETECTION_TYPES
 * (types.ts TYPE_ID), `base` the score before context in hundredths (scoring.ts), `prefix` a
 * PREFIX_ code or century, `detail` a DETAIL_ code.
 */
export interface ReadingSink {
  add(type: number, base: number, prefix?: number, skip?: number, detail?: number): void;
}
