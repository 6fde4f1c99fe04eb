import { describe, expect, it } from 'vitest';
import { createDetector } from '../engine.js';
import { generateCorpus } from './corpus.js';
import { loadTestNumbers } from './load-test-numbers.js';
import { evaluate } from './metrics.js';

const now = new Date('2026-11-15');

describe('labelled corpus evaluation', () => {
  const numbers = loadTestNumbers();
  const docs = generateCorpus({ documents: 300, seed: 7, now, ...numbers });
  const report = evaluate(docs, createDetector({ hashKey: 'eval', now }));

  it('uses Skatteverket test numbers and is deterministic', () => {
    expect(numbers.personnummer.length).toBeGreaterThan(20000);
    const again = generateCorpus({ documents: 300, seed: 7, now, ...numbers });
    expect(again.map((d) => d.text)).toEqual(docs.map((d) => d.text));
    expect(new Set(docs.map((d) => d.kind)).size).toBe(10);
  });

  it('meets the identifier targets: precision ≥ 0.99, recall ≥ 0.98', () => {
    expect(report.identifiers.tp).toBeGreaterThan(500);
    expect(report.identifiers.precision).toBeGreaterThanOrEqual(0.99);
    expect(report.identifiers.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('meets the category targets: precision and recall ≥ 0.90', () => {
    expect(report.categories.tp).toBeGreaterThan(100);
    expect(report.categories.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.categories.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('gets the per-document sensitivity right for at least 95 % of documents', () => {
    expect(report.documentAccuracy).toBeGreaterThanOrEqual(0.95);
    for (const s of ['none', 'personal', 'sensitive', 'secret'] as const) expect(report.sensitivity[s].tp, s).toBeGreaterThan(0);
  });

  it('a different seed gives a different corpus with the same quality', () => {
    const other = generateCorpus({ documents: 100, seed: 99, now, ...numbers });
    expect(other[0]!.text).not.toBe(docs[0]!.text);
    const r = evaluate(other, createDetector({ hashKey: 'eval', now }));
    expect(r.identifiers.precision).toBeGreaterThanOrEqual(0.99);
  });
});
