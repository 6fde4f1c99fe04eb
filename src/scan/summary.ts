import type { Sensitivity } from '../detect/types.js';
import { SENSITIVITIES, type DocumentResult } from './types.js';

export interface ScanSummary {
  files: number;
  /** Files whose result came from the cache. */
  cached: number;
  documents: number;
  bytes: number;
  findings: number;
  errors: number;
  bySensitivity: Record<Sensitivity, number>;
  seconds: number;
}

export function emptySummary(): ScanSummary {
  return { files: 0, cached: 0, documents: 0, bytes: 0, findings: 0, errors: 0, bySensitivity: { none: 0, personal: 0, sensitive: 0, secret: 0 }, seconds: 0 };
}

export function countDocument(s: ScanSummary, doc: DocumentResult): void {
  s.documents++;
  s.findings += doc.findings.length;
  for (const n of Object.values(doc.omitted ?? {})) s.findings += n;
  if (doc.error) s.errors++;
  s.bySensitivity[doc.sensitivity]++;
}

export function formatSummary(s: ScanSummary): string {
  const mb = s.bytes / 1e6;
  const rows = SENSITIVITIES.map((k) => `  ${k.padEnd(10)} ${String(s.bySensitivity[k]).padStart(8)}`);
  return [
    `Scanned ${s.files} files (${s.cached} unchanged, from cache), ${s.documents} documents, ${mb.toFixed(1)} MB in ${s.seconds.toFixed(1)} s`,
    `Findings: ${s.findings}; documents with errors: ${s.errors}`,
    'Documents per sensitivity:',
    ...rows,
  ].join('\n');
}
