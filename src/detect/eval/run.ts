// npm run eval [-- documents seed]: generate the labelled corpus, detect, print markdown tables.
import { createDetector } from '../engine.js';
import { generateCorpus } from './corpus.js';
import { loadTestNumbers } from './load-test-numbers.js';
import { evaluate, formatReport } from './metrics.js';

const documents = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? 42);
const now = new Date('2026-11-15');
const docs = generateCorpus({ documents, seed, now, ...loadTestNumbers() });
const detector = createDetector({ hashKey: 'eval', minConfidence: 'medium', now });
const t0 = performance.now();
const report = evaluate(docs, detector);
const ms = performance.now() - t0;
console.log(formatReport(report, docs.length));
console.log(`\nSeed ${seed}; ${(docs.reduce((s, d) => s + d.text.length, 0) / 1e6).toFixed(2)} M chars in ${ms.toFixed(0)} ms.`);
if (process.env.EVAL_ERRORS) for (const e of report.errors.slice(0, Number(process.env.EVAL_ERRORS))) console.log(e);
const ok = report.identifiers.precision >= 0.99 && report.identifiers.recall >= 0.98 && report.categories.precision >= 0.9 && report.categories.recall >= 0.9;
console.log(ok ? '\nTargets met (identifiers P≥0.99 R≥0.98; categories ≥0.90).' : '\nTARGETS NOT MET.');
process.exitCode = ok ? 0 : 1;
