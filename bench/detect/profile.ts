// Engine only, one corpus, for CPU profiles and quick A/B timing (no ripgrep, no files).
// Usage: npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/detect/profile.ts prose|csv [MB = 20] [runs = 3] [--scanner]
// --scanner: the whole text as one document with at most 10,000 findings listed per type, as
// `infovakt scan` runs the engine; otherwise 1 MiB documents with every finding built.
import { createDetector } from '../../src/detect/index.js';
import { digitCsv, flatDocuments, prose } from './corpus.js';

const args = process.argv.slice(2).filter((a) => a !== '--scanner');
const scanner = process.argv.includes('--scanner');
const which = args[0] === 'csv' ? 'csv' : 'prose';
const MB = Number(args[1] ?? 20);
const RUNS = Number(args[2] ?? 3);
const CHUNK = scanner ? Infinity : 1 << 20;
const text = which === 'csv' ? digitCsv(MB * 1e6) : prose(MB * 1e6);
const docs = flatDocuments(text, CHUNK);
const detector = createDetector({ hashKey: 'bench', maxFindingsPerType: scanner ? 10_000 : Infinity });
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const rates: string[] = [];
for (let r = 0; r < RUNS; r++) {
  let findings = 0;
  const c0 = cpu();
  const t0 = performance.now();
  for (const doc of docs) {
    const { findings: f, omitted } = detector.detectAll(doc);
    findings += f.length + Object.values(omitted).reduce((a, b) => a + (b ?? 0), 0);
  }
  const wall = (performance.now() - t0) / 1000;
  rates.push(`${(text.length / 1e6 / wall).toFixed(0)} (${(text.length / 1e6 / (cpu() - c0)).toFixed(0)}) [${findings}]`);
}
console.log(`${which}${scanner ? ' as infovakt scan' : ''} ${MB} MB, MB/s wall (CPU) [findings listed + counted]: ${rates.join(', ')}`);
