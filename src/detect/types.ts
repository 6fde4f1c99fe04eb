// The public contract of the detection engine: shared by the scanner, the CLI, the server and the
// Outlook add-in. Keep these names and shapes stable.

/** Identifiers found by pattern + validation (as opposed to dictionary categories). */
export const IDENTIFIER_TYPES = [
  'SE_PERSONNUMMER',
  'SE_SAMORDNINGSNUMMER',
  'SE_ORGANISATIONSNUMMER',
  'SE_BANKGIRO',
  'SE_PLUSGIRO',
  'IBAN',
  'PAYMENT_CARD',
  'SE_PHONE',
  'EMAIL',
  'SE_PASSPORT',
  'SE_DRIVING_LICENCE',
  'SE_POSTAL_ADDRESS',
] as const;

/** Sensitive-term families, each from a versioned dictionary under catalog/detect/. */
export const CATEGORY_TYPES = [
  'HEALTH',
  'SOCIAL_SERVICES',
  'PROTECTED_IDENTITY',
  'CRIMINAL_OFFENCE',
  'TRADE_UNION',
  'ETHNICITY',
  'RELIGION',
  'SEXUAL_ORIENTATION',
  'POLITICAL_OPINION',
] as const;

/** The type ids other tools rely on (issue 5). Extensions are appended, never renamed. */
export const DETECTION_TYPES = [...IDENTIFIER_TYPES, 'PERSON_NAME', ...CATEGORY_TYPES] as const;
export type DetectionType = (typeof DETECTION_TYPES)[number];
/**
 * Each type's index in DETECTION_TYPES by name: per-type counters, the candidate queue, the digit
 * recognisers and scoring work on indexes (frozen, so V8 folds its properties into constants).
 */
export const TYPE_ID = Object.freeze(Object.fromEntries(DETECTION_TYPES.map((t, k) => [t, k]))) as Readonly<Record<DetectionType, number>>;
export type CategoryType = (typeof CATEGORY_TYPES)[number];

export type Confidence = 'high' | 'medium' | 'low';
export const CONFIDENCE_ORDER: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

export interface Finding {
  type: DetectionType;
  confidence: Confidence;
  /** 0..1; high ≥ 0.8, medium ≥ 0.5. */
  score: number;
  /** UTF-16 offsets into the text given to detect(): [start, end). */
  start: number;
  end: number;
  /** A form that never re-identifies (e.g. 19XXXXXX-XX12); for categories the dictionary entry id. */
  masked: string;
  /** Keyed BLAKE2s-128 of `TYPE:normalised value`, 32 hex chars: for de-duplication only. */
  hash: string;
  /** Normalised raw value; present only when options.reveal is true. */
  value?: string;
}

export interface DetectorOptions {
  /** Key for the de-duplication hash; comes from the caller (configuration), never hard-coded. */
  hashKey: string | Uint8Array;
  /** Findings below this are dropped. Default 'medium'. */
  minConfidence?: Confidence;
  /** Restrict to these types (default: all). */
  types?: readonly DetectionType[];
  /** Include the normalised raw value. Only for a local, explicit investigation. */
  reveal?: boolean;
  /** Reference date for century of 10-digit personnummer; default: now. */
  now?: Date;
  /**
   * Per detect() call, findings of a type beyond this many are counted in `omitted` instead of
   * built (no masking, no hash, no memory): a register with a number on every line. Default: all.
   */
  maxFindingsPerType?: number;
}

/** Per-call context; reserved for location data the caller wants echoed (kept for API stability). */
export interface DetectContext {
  /** Added to every start/end, for callers that feed a long document in chunks. */
  offset?: number;
}

export interface DetectResult {
  findings: Finding[];
  /** Per type, the findings beyond `maxFindingsPerType` that were counted but not built. */
  omitted: Partial<Record<DetectionType, number>>;
}

export interface Detector {
  detect(text: string, ctx?: DetectContext): Finding[];
  /** detect() with the counts of findings left out by `maxFindingsPerType`. */
  detectAll(text: string, ctx?: DetectContext): DetectResult;
}

export type Sensitivity = 'none' | 'personal' | 'sensitive' | 'secret';

export interface DocumentVerdict {
  sensitivity: Sensitivity;
  /** Suggested confidentiality level on the 0–4 KLASSA scale. */
  suggestedK: 0 | 1 | 2 | 3 | 4;
  /** Suggested OSL chapter:section references, e.g. '26:1'. */
  osl: string[];
  /** Findings per type (medium confidence or more). */
  counts: Partial<Record<DetectionType, number>>;
  /** Short reasons, English, for reports and logs (no raw values). */
  reasons: string[];
}
