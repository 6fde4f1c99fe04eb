// Throughput of the detection engine (all recognisers, one core) against ripgrep searching only a
// personnummer pattern (one thread, ASCII word boundaries) on the same files in the same run.
// Usage: npx tsx bench/detect/run.ts [MB per corpus, default 50] [runs, default 3]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDetector } from '../../src/detect/index.js';
import { digitCsv, prose } from './corpus.js';

const MB = Math.min(200, Number(process.argv[2] ?? 50));
const RUNS = Math.max(3, Math.min(7, Number(process.argv[3] ?? 3)));
const CHUNK = 1 << 20; // a scanner hands the engine one document (here 1 MiB) at a time
const RG_PATTERN = '(?-u:\\b)(?:19|20)?[0-9]{6}[-+]?[0-9]{4}(?-u:\\b)';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function engineSeconds(text: string): { seconds: number; findings: number } {
  const detector = createDetector({ hashKey: 'bench', minConfidence: 'low' });
  let findings = 0;
  const t0 = performance.now();
  for (let off = 0; off < text.length; off += CHUNK) {
    let end = Math.min(text.length, off + CHUNK);
    const nl = text.indexOf('\n', end);
    if (nl > 0 && nl - end < 4096) end = nl + 1;
    findings += detector.detect(text.slice(off, end)).length;
    off = end - CHUNK;
  }
  return { seconds: (performance.now() - t0) / 1000, findings };
}

function rgSeconds(file: string): { seconds: number; matches: number } {
  const t0 = performance.now();
  const r = spawnSync('rg', ['-j1', '-c', RG_PATTERN, file], { encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`rg failed: ${r.stderr}`);
  return { seconds, matches: Number(r.stdout.trim() || 0) };
}

const dir = mkdtempSync(join(tmpdir(), 'infovakt-bench-'));
try {
  console.log(`| corpus | MB | engine MB/s | findings | ripgrep MB/s | rg lines | ratio |`);
  console.log(`|---|---|---|---|---|---|---|`);
  for (const [name, make] of [['prose', prose], ['digit CSV', digitCsv]] as const) {
    const text = make(MB * 1e6);
    const file = join(dir, `${name.replace(/\W/g, '')}.txt`);
    writeFileSync(file, text);
    const bytes = Buffer.byteLength(text);
    const eng: number[] = [];
    const rg: number[] = [];
    let findings = 0;
    let matches = 0;
    for (let k = 0; k < RUNS; k++) {
      const e = engineSeconds(text);
      eng.push(bytes / 1e6 / e.seconds);
      findings = e.findings;
      const g = rgSeconds(file);
      rg.push(bytes / 1e6 / g.seconds);
      matches = g.matches;
    }
    const e = median(eng);
    const g = median(rg);
    console.log(`| ${name} | ${(bytes / 1e6).toFixed(0)} | ${e.toFixed(0)} | ${findings} | ${g.toFixed(0)} | ${matches} | ${(e / g).toFixed(2)} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
