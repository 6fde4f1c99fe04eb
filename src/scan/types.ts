import type { Location, Format } from '../extract/index.js';
import type { Confidence, DetectionType, Sensitivity } from '../detect/types.js';

/** A finding as reported and cached: never the raw value unless `--reveal` (and then never cached). */
export interface FindingRecord {
  type: DetectionType;
  confidence: Confidence;
  score: number;
  /** Where in the document; `offset` counts UTF-16 units from the start of the segment. */
  location: Location & { offset: number };
  masked: string;
  hash: string;
  value?: string;
}

export interface DocumentResult {
  /** The file path, with `!` and the member path for nested documents. */
  file: string;
  format: Format;
  size: number;
  sensitivity: Sensitivity;
  suggestedK: 0 | 1 | 2 | 3 | 4;
  osl: string[];
  error: string | null;
  findings: FindingRecord[];
  /** Findings per type beyond the per-document limit: counted, not listed (absent when none). */
  omitted?: Partial<Record<DetectionType, number>>;
}

/** What analysing one file on disk gave: every document inside it plus the content hash. */
export interface FileResult {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
  documents: DocumentResult[];
}

export const SENSITIVITY_ORDER: Record<Sensitivity, number> = { none: 0, personal: 1, sensitive: 2, secret: 3 };
export const SENSITIVITIES: Sensitivity[] = ['none', 'personal', 'sensitive', 'secret'];
