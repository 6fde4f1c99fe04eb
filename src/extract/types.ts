// Shared shapes of the extraction library. No Node-only types here so callers can reuse them anywhere.

/** Where a piece of text came from inside a document. Only the fields that make sense are set. */
export interface Location {
  /** Part inside a container, e.g. `word/document.xml`, `header1.xml`, `body`. */
  part?: string;
  page?: number;
  slide?: number;
  sheet?: string;
  cell?: string;
  paragraph?: number;
  /** 1-based line of the segment's first character; lines inside the segment are counted on top. */
  line?: number;
}

export interface Segment {
  text: string;
  location: Location;
}

export type Format =
  | 'txt' | 'csv' | 'html' | 'rtf'
  | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp'
  | 'pdf' | 'eml' | 'msg' | 'zip'
  | 'unknown';

export interface ExtractedDocument {
  /** Display name; nested members are joined with `!`, e.g. `mail.eml!bilaga.zip!inner/file.docx`. */
  name: string;
  format: Format;
  segments: Segment[];
  /** Null when extraction succeeded; otherwise a short reason (never document content). */
  error: string | null;
  /** Bytes of this document (for a member: its uncompressed size). */
  size: number;
}

export interface ExtractLimits {
  /** Largest input document, in bytes. */
  maxFileBytes: number;
  /** Largest total of bytes expanded from one top-level file (all archive members together). */
  maxExpandedBytes: number;
  /** Largest compressed:uncompressed ratio of one archive member. */
  maxCompressionRatio: number;
  /** Deepest nesting of containers (zip in mail in zip ...). Top level is depth 0. */
  maxDepth: number;
  /** Most entries read from one archive. */
  maxEntries: number;
  /** Wall-clock budget for one top-level file, in milliseconds. */
  maxMillis: number;
  /** Most characters of text kept per document. */
  maxTextChars: number;
  /** Most pages read from one PDF. */
  maxPdfPages: number;
}

export const DEFAULT_LIMITS: ExtractLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxExpandedBytes: 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxDepth: 5,
  maxEntries: 10_000,
  maxMillis: 60_000,
  maxTextChars: 20_000_000,
  maxPdfPages: 2_000,
};

/** An error whose message is safe to show and store: it names the limit or defect, never content. */
export class ExtractError extends Error {
  override name = 'ExtractError';
}
