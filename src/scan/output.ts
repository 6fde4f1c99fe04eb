import type { DocumentResult, FindingRecord } from './types.js';
import { SENSITIVITIES } from './types.js';
import type { ScanSummary } from './summary.js';
import { formatSummary } from './summary.js';

export const OUTPUT_FORMATS = ['table', 'json', 'jsonl', 'csv', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Receives documents as they finish; writes what it can at once and the rest at the end. */
export interface OutputWriter {
  document(doc: DocumentResult): void;
  end(summary: ScanSummary): void;
}

type Write = (text: string) => void;

function findingLine(doc: DocumentResult, f: FindingRecord): string {
  return JSON.stringify({
    kind: 'finding', file: doc.file, type: f.type, confidence: f.confidence, score: f.score,
    location: f.location, masked: f.masked, hash: f.hash, ...(f.value !== undefined ? { value: f.value } : {}),
  });
}

function documentLine(doc: DocumentResult): string {
  return JSON.stringify({
    kind: 'document', file: doc.file, sensitivity: doc.sensitivity, suggestedK: doc.suggestedK, osl: doc.osl, error: doc.error,
    ...(doc.omitted ? { omitted: doc.omitted } : {}),
  });
}

const byFile = (a: DocumentResult, b: DocumentResult) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export function createOutput(format: OutputFormat, write: Write): OutputWriter {
  if (format === 'jsonl') {
    return {
      document(doc) {
        write(doc.findings.map((f) => findingLine(doc, f) + '\n').join('') + documentLine(doc) + '\n');
      },
      end() {},
    };
  }
  const docs: DocumentResult[] = [];
  const collect = (doc: DocumentResult) => void docs.push(doc);
  switch (format) {
    case 'json':
      return { document: collect, end: (summary) => write(JSON.stringify({ documents: docs.sort(byFile), summary }, null, 2) + '\n') };
    case 'csv':
      return { document: collect, end: () => write(toCsv(docs.sort(byFile))) };
    case 'sarif':
      return { document: collect, end: () => write(JSON.stringify(toSarif(docs.sort(byFile)), null, 2) + '\n') };
    default:
      return { document: collect, end: (summary) => write(toTable(docs.sort(byFile), summary)) };
  }
}

export function describeLocation(l: FindingRecord['location']): string {
  const parts: string[] = [];
  if (l.part) parts.push(l.part);
  if (l.page !== undefined) parts.push(`page ${l.page}`);
  if (l.slide !== undefined) parts.push(`slide ${l.slide}`);
  if (l.sheet !== undefined) parts.push(`${l.sheet}!${l.cell ?? ''}`);
  if (l.paragraph !== undefined) parts.push(`paragraph ${l.paragraph}`);
  if (l.line !== undefined) parts.push(`line ${l.line}:${l.offset + 1}`);
  return parts.join(', ') || `offset ${l.offset}`;
}

function toTable(docs: DocumentResult[], summary: ScanSummary): string {
  const lines: string[] = [];
  for (const doc of docs) {
    if (doc.sensitivity === 'none' && !doc.error && doc.findings.length === 0) continue;
    const osl = doc.osl.length ? ` OSL ${doc.osl.join(', ')}` : '';
    lines.push(`${doc.sensitivity.padEnd(9)} K${doc.suggestedK}${osl}  ${doc.file}${doc.error ? `  [error: ${doc.error}]` : ''}`);
    // Columns as wide as this document's contents (the shown value at most 40 characters, then
    // the location follows after two spaces anyway); a category finding's masked form repeats
    // its type ("HEALTH:diagnos*"), so the table shows the term only.
    const shown = doc.findings.map((f) => (f.masked.startsWith(`${f.type}:`) ? f.masked.slice(f.type.length + 1) : f.masked));
    const omitted = Object.entries(doc.omitted ?? {});
    const typeWidth = Math.max(0, ...doc.findings.map((f) => f.type.length), ...omitted.map(([type]) => type.length));
    const valueWidth = Math.min(40, Math.max(0, ...shown.map((m) => m.length)));
    doc.findings.forEach((f, i) => {
      const value = f.value !== undefined ? `  value ${f.value}` : '';
      lines.push(`    ${f.type.padEnd(typeWidth)}  ${f.confidence.padEnd(6)}  ${shown[i]!.padEnd(valueWidth)}  ${describeLocation(f.location)}${value}`);
    });
    for (const [type, n] of omitted) lines.push(`    ${type.padEnd(typeWidth)}  … and ${n} more, not listed`);
  }
  lines.push('', formatSummary(summary));
  return lines.join('\n') + '\n';
}

// A cell starting with = + - @ would be run as a formula by spreadsheet programs.
function csvCell(v: string | number | undefined): string {
  let s = v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = ['kind', 'file', 'type', 'confidence', 'score', 'location', 'masked', 'hash', 'value', 'sensitivity', 'suggestedK', 'osl', 'error', 'count'];

function toCsv(docs: DocumentResult[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const d of docs) {
    for (const f of d.findings) {
      rows.push(['finding', d.file, f.type, f.confidence, f.score, describeLocation(f.location), f.masked, f.hash, f.value, '', '', '', '', ''].map(csvCell).join(','));
    }
    // Findings past the per-document limit: one row per type with their number.
    for (const [type, n] of Object.entries(d.omitted ?? {})) rows.push(['omitted', d.file, type, '', '', '', '', '', '', '', '', '', '', n].map(csvCell).join(','));
    rows.push(['document', d.file, '', '', '', '', '', '', '', d.sensitivity, d.suggestedK, d.osl.join(' '), d.error ?? '', ''].map(csvCell).join(','));
  }
  return rows.join('\n') + '\n';
}

const SARIF_LEVEL = { high: 'error', medium: 'warning', low: 'note' } as const;

/** SARIF 2.1.0: one result per finding; the nested document is a logical location. */
function toSarif(docs: DocumentResult[]): object {
  const types = [...new Set(docs.flatMap((d) => d.findings.map((f) => f.type)))].sort();
  const results = docs.flatMap((d) => {
    const [top] = d.file.split('!');
    const physical = { artifactLocation: { uri: top!.replace(/\\/g, '/') } };
    const fromDoc = d.findings.map((f) => ({
      ruleId: f.type,
      level: SARIF_LEVEL[f.confidence],
      message: { text: `${f.type} ${f.masked} (${describeLocation(f.location)}) in ${d.file}` },
      locations: [{
        physicalLocation: f.location.line !== undefined && !d.file.includes('!')
          ? { ...physical, region: { startLine: f.location.line, startColumn: f.location.offset + 1 } } : physical,
        logicalLocations: [{ fullyQualifiedName: d.file, kind: 'module' }],
      }],
      partialFingerprints: { 'infovakt/hash': f.hash },
      properties: { confidence: f.confidence, score: f.score, location: f.location, sensitivity: d.sensitivity },
    }));
    const failed = d.error ? [{ ruleId: 'EXTRACTION_ERROR', level: 'warning', message: { text: `${d.file}: ${d.error}` }, locations: [{ physicalLocation: physical }] }] : [];
    const omitted = Object.entries(d.omitted ?? {}).map(([type, n]) => ({
      ruleId: type,
      level: 'note',
      message: { text: `${n} more ${type} findings in ${d.file}, not listed (per-document limit)` },
      locations: [{ physicalLocation: physical, logicalLocations: [{ fullyQualifiedName: d.file, kind: 'module' }] }],
      properties: { omitted: n, sensitivity: d.sensitivity },
    }));
    return [...fromDoc, ...omitted, ...failed];
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'infovakt', informationUri: 'https://github.com/infovakt', rules: [...types, 'EXTRACTION_ERROR'].map((id) => ({ id })) } },
      results,
      properties: { sensitivities: SENSITIVITIES },
    }],
  };
}
