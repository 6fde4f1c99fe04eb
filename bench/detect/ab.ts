// Paired A/B of two builds of the engine in one process: runs alternate on the same text, and the
// median of the per-pair time ratios is reported, so that a noisy virtual machine (±10–50 % between
// minutes) still shows a 5–10 % difference. Findings must be equal in every pair.
//
//   git worktree add /tmp/base HEAD~1 && ln -s "$PWD/node_modules" /tmp/base/node_modules
//   npx esbuild /tmp/base/src/detect/index.ts --bundle --platform=node --format=esm --outfile=/tmp/a.mjs
//   npx esbuild src/detect/index.ts --bundle --platform=node --format=esm --outfile=/tmp/b.mjs
//   npx tsx bench/detect/ab.ts /tmp/a.mjs /tmp/b.mjs csv|prose [MB = 10] [pairs = 15] [scanner|every]
//
// scanner: the whole text as one document, ≤ 10,000 findings listed per type (as `infovakt scan`);
// every: 1 MiB documents, every finding built. Two engines in one process are each a little slower
// than one alone (V8 specialises less), so compare ratios, not MB/s with bench/detect/run.ts.
// Run it in both orders, several times: the same two builds gave 0.915–0.989× with one first and
// 0.964–0.989× with the other (session 6) — the build loaded second tends to measure slower, and a
// process's JIT decides anew each time, so a difference under ~5 % is not shown by one run.
import type { Detector } from '../../src/detect/index.js';
import { digitCsv, flatDocuments, prose } from './corpus.js';

const [a, b, which = 'csv', mb = '10', pairs = '15', mode = 'scanner'] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: ab.ts A.mjs B.mjs csv|prose [MB] [pairs] [scanner|every]');
type Engine = { createDetector(o: { hashKey: string; maxFindingsPerType: number }): Detector };
const [A, B] = (await Promise.all([import(a), import(b)])) as [Engine, Engine];
const text = (which === 'csv' ? digitCsv : prose)(Number(mb) * 1e6);
const docs = flatDocuments(text, mode === 'scanner' ? Infinity : 1 << 20);
const cap = mode === 'scanner' ? 10_000 : Infinity;
const detectors = [A, B].map((m) => m.createDetector({ hashKey: 'bench', maxFindingsPerType: cap }));
const run = (d: Detector): [number, number] => {
  const t0 = performance.now();
  let found = 0;
  for (const doc of docs) found += d.detectAll(doc).findings.length;
  return [performance.now() - t0, found];
};
for (const d of detectors) run(d); // JIT warm-up
const times: [number[], number[]] = [[], []];
const ratios: number[] = [];
for (let k = 0; k < Number(pairs); k++) {
  const [ta, fa] = run(detectors[0]!);
  const [tb, fb] = run(detectors[1]!);
  if (fa !== fb) throw new Error(`findings differ: ${fa} vs ${fb}`);
  times[0].push(ta);
  times[1].push(tb);
  ratios.push(ta / tb);
}
const median = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)]!;
const rate = (ms: number) => (text.length / 1e3 / ms).toFixed(1);
console.log(`${which}, ${mode}: A ${rate(median(times[0]))} MB/s, B ${rate(median(times[1]))} MB/s; B's speed-up, median of ${pairs} pairs: ${median(ratios).toFixed(3)}×`);
