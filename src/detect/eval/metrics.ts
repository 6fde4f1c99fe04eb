// Precision and recall per type (span overlap, same type) and for per-document sensitivity.
// Precision counts findings (two terms inside one labelled phrase are two true findings);
// recall counts labelled spans.
import { assessDocument } from '../verdict.js';
import { CATEGORY_TYPES, DETECTION_TYPES, IDENTIFIER_TYPES, type Detector, type Sensitivity } from '../types.js';
import type { LabelledDocument } from './builder.js';

export interface Score {
  /** Findings that match a labelled span. */
  tp: number;
  fp: number;
  /** Labelled spans found / missed. */
  found: number;
  missed: number;
  precision: number;
  recall: number;
}

export interface EvalReport {
  perType: Partial<Record<string, Score>>;
  identifiers: Score;
  categories: Score;
  sensitivity: Record<Sensitivity, Score>;
  documentAccuracy: number;
  /** Errors with a little surrounding text, for debugging the synthetic corpus (test data only). */
  errors: { doc: string; type: string; kind: 'fp' | 'fn' | 'sensitivity'; text: string }[];
}

type Tally = { tp: number; fp: number; found: number; missed: number };
const empty = (): Tally => ({ tp: 0, fp: 0, found: 0, missed: 0 });
const toScore = (t: Tally): Score => ({
  ...t,
  precision: t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp),
  recall: t.found + t.missed === 0 ? 1 : t.found / (t.found + t.missed),
});
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function evaluate(docs: readonly LabelledDocument[], detector: Detector): EvalReport {
  const perType = new Map<string, Tally>();
  const tally = (t: string) => perType.get(t) ?? perType.set(t, empty()).get(t)!;
  const sens = new Map<Sensitivity, Tally>();
  const sensTally = (s: Sensitivity) => sens.get(s) ?? sens.set(s, empty()).get(s)!;
  const errors: EvalReport['errors'] = [];
  const context = (text: string, s: number, e: number) => text.slice(Math.max(0, s - 30), e + 10).replace(/\n/g, ' ');
  let correctDocs = 0;
  for (const doc of docs) {
    const findings = detector.detect(doc.text);
    for (const f of findings) {
      const ok = doc.spans.some((g) => g.type === f.type && overlaps(g, f));
      tally(f.type)[ok ? 'tp' : 'fp']++;
      if (!ok) errors.push({ doc: doc.id, type: f.type, kind: 'fp', text: context(doc.text, f.start, f.end) });
    }
    for (const g of doc.spans) {
      const ok = findings.some((f) => f.type === g.type && overlaps(g, f));
      tally(g.type)[ok ? 'found' : 'missed']++;
      if (!ok) errors.push({ doc: doc.id, type: g.type, kind: 'fn', text: context(doc.text, g.start, g.end) });
    }
    const got = assessDocument(findings).sensitivity;
    if (got === doc.sensitivity) {
      correctDocs++;
      sensTally(got).tp++;
      sensTally(got).found++;
    } else {
      sensTally(got).fp++;
      sensTally(doc.sensitivity).missed++;
      errors.push({ doc: doc.id, type: 'sensitivity', kind: 'sensitivity', text: `expected ${doc.sensitivity}, got ${got}` });
    }
  }
  const sum = (types: readonly string[]): Score => {
    const t = empty();
    for (const type of types) {
      const s = perType.get(type);
      if (s) for (const k of ['tp', 'fp', 'found', 'missed'] as const) t[k] += s[k];
    }
    return toScore(t);
  };
  const out: EvalReport['perType'] = {};
  for (const t of DETECTION_TYPES) if (perType.has(t)) out[t] = toScore(perType.get(t)!);
  const sensitivity = {} as Record<Sensitivity, Score>;
  for (const s of ['none', 'personal', 'sensitive', 'secret'] as const) sensitivity[s] = toScore(sens.get(s) ?? empty());
  return {
    perType: out,
    identifiers: sum(IDENTIFIER_TYPES),
    categories: sum(CATEGORY_TYPES),
    sensitivity,
    documentAccuracy: correctDocs / docs.length,
    errors,
  };
}

const f3 = (x: number) => x.toFixed(3);
const row = (name: string, s: Score) => `| ${name} | ${s.tp} | ${s.fp} | ${s.found} | ${s.missed} | ${f3(s.precision)} | ${f3(s.recall)} |`;

export function formatReport(r: EvalReport, docs: number): string {
  const head = ['| type | true findings | false findings | labelled found | labelled missed | precision | recall |', '|---|---|---|---|---|---|---|'];
  const lines = [`${docs} documents; findings at confidence medium or higher.`, '', ...head];
  for (const [t, s] of Object.entries(r.perType)) if (s) lines.push(row(t, s));
  lines.push(row('**all identifiers**', r.identifiers), row('**all categories**', r.categories));
  lines.push('', '| document sensitivity | correct | wrongly assigned | — | missed | precision | recall |', '|---|---|---|---|---|---|---|');
  for (const [s, v] of Object.entries(r.sensitivity)) lines.push(`| ${s} | ${v.tp} | ${v.fp} | | ${v.missed} | ${f3(v.precision)} | ${f3(v.recall)} |`);
  lines.push('', `Document accuracy: ${f3(r.documentAccuracy)}`);
  return lines.join('\n');
}
