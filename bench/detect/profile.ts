// Engine only, one corpus, for CPU profiles and quick A/B timing (no ripgrep, no files).
// Usage: npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/detect/profile.ts prose|csv [MB = 20] [runs = 3]
import { createDetector } from '../../src/detect/index.js';
import { digitCsv, prose } from './corpus.js';

const which = process.argv[2] === 'csv' ? 'csv' : 'prose';
const MB = Number(process.argv[3] ?? 20);
const RUNS = Number(process.argv[4] ?? 3);
const CHUNK = 1 << 20;
const text = which === 'csv' ? digitCsv(MB * 1e6) : prose(MB * 1e6);
// Flat strings, one per 1 MiB document, as the scanner hands them over (slices cost more per read).
const docs: string[] = [];
for (let off = 0; off < text.length; off += CHUNK) docs.push(new TextDecoder().decode(new TextEncoder().encode(text.slice(off, off + CHUNK))));
const detector = createDetector({ hashKey: 'bench' });
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const rates: string[] = [];
for (let r = 0; r < RUNS; r++) {
  let findings = 0;
  const c0 = cpu();
  const t0 = performance.now();
  for (const doc of docs) findings += detector.detect(doc).length;
  const wall = (performance.now() - t0) / 1000;
  rates.push(`${(text.length / 1e6 / wall).toFixed(0)} (${(text.length / 1e6 / (cpu() - c0)).toFixed(0)}) [${findings}]`);
}
console.log(`${which} ${MB} MB, MB/s wall (CPU) [findings]: ${rates.join(', ')}`);
