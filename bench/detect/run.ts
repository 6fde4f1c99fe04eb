// Throughput of the detection engine (all recognisers, one core) against ripgrep searching only a
// personnummer pattern (one thread, ASCII word boundaries) on the same files in the same run; each
// engine configuration in a process of its own (engine-run.ts).
// Usage: npx tsx bench/detect/run.ts [MB per corpus, default 50] [runs, default 3] [min confidence]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_FINDINGS_PER_TYPE } from '../../src/scan/analyse.js';
import { digitCsv, prose } from './corpus.js';

const MB = Math.min(200, Number(process.argv[2] ?? 50));
const RUNS = Math.max(3, Math.min(7, Number(process.argv[3] ?? 3)));
/** Default: the detector's default ('medium'); 'low' also builds and hashes every low finding. */
const MIN_CONFIDENCE = (process.argv[4] ?? 'medium') as 'low' | 'medium' | 'high';
const RG_PATTERN = '(?-u:\\b)(?:19|20)?[0-9]{6}[-+]?[0-9]{4}(?-u:\\b)';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** CPU seconds of finished children, from /proc (clock ticks of 10 ms). */
function childCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime
}

/** One engine configuration over the file in a process of its own (engine-run.ts says why). */
function engineRuns(file: string, mode: 'every' | 'scanner' | 'floor'): { wall: number[]; cpu: number[]; listed: number; counted: number } {
  const script = fileURLToPath(new URL('./engine-run.ts', import.meta.url));
  const r = spawnSync(process.execPath, [...process.execArgv, script, file, mode, String(RUNS), MIN_CONFIDENCE], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`engine-run.ts ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

/**
 * ripgrep reads the file RG_PASSES times in one run (one thread, one file after the other): its
 * CPU time comes in 10 ms clock ticks, which on one ~0.1 s pass was an error of ±10 %.
 */
const RG_PASSES = 4;

function rgSeconds(file: string): { seconds: number; cpu: number; matches: number } {
  const c0 = childCpuSeconds();
  const t0 = performance.now();
  const r = spawnSync('rg', ['-j1', '-c', '--no-filename', RG_PATTERN, ...Array<string>(RG_PASSES).fill(file)], { encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000 / RG_PASSES;
  const cpu = (childCpuSeconds() - c0) / RG_PASSES;
  if (r.status !== 0 && r.status !== 1) throw new Error(`rg failed: ${r.stderr}`);
  return { seconds, cpu, matches: Number(r.stdout.trim().split('\n')[0] || 0) };
}

const dir = mkdtempSync(join(tmpdir(), 'infovakt-bench-'));
try {
  console.log(`MB/s by wall clock and (in brackets) by CPU time; median of ${RUNS} runs; minConfidence ${MIN_CONFIDENCE}.\n`);
  console.log(`| corpus | engine run | MB | engine MB/s | findings listed (+ counted) | ripgrep MB/s | rg lines | ratio wall | ratio CPU |`);
  console.log(`|---|---|---|---|---|---|---|---|---|`);
  for (const [name, make] of [['prose', prose], ['digit CSV', digitCsv]] as const) {
    const text = make(MB * 1e6);
    const file = join(dir, `${name.replace(/\W/g, '')}.txt`);
    writeFileSync(file, text);
    const bytes = Buffer.byteLength(text);
    // The engine two ways — 1 MiB documents with every finding built, and the whole file as one
    // document as `infovakt scan` reads a text file (its default limit of listed findings per
    // type; the rest are validated, scored and counted, not built) — and the floor, each in a
    // process of its own; then ripgrep.
    const modes = [
      { mode: 'every', label: '1 MiB documents, every finding' },
      { mode: 'scanner', label: `whole file as \`infovakt scan\` (≤ ${MAX_FINDINGS_PER_TYPE} listed per type)` },
      { mode: 'floor', label: 'floor: the prefilter pass alone, nothing recognised' },
    ] as const;
    const eng = modes.map((m) => engineRuns(file, m.mode));
    const rg: number[] = [];
    const rgCpu: number[] = [];
    let matches = 0;
    for (let k = 0; k < RUNS; k++) {
      const g = rgSeconds(file);
      rg.push(bytes / 1e6 / g.seconds);
      rgCpu.push(bytes / 1e6 / Math.max(g.cpu, 0.01));
      matches = g.matches;
    }
    const [g, gc] = [median(rg), median(rgCpu)];
    modes.forEach((m, i) => {
      const { wall, cpu, listed, counted } = eng[i]!;
      const found = m.mode === 'floor' ? `${listed} events` : counted > 0 ? `${listed} (+ ${counted})` : `${listed}`;
      const [e, ec] = [median(wall), median(cpu)];
      console.log(`| ${name} | ${m.label} | ${(bytes / 1e6).toFixed(0)} | ${e.toFixed(0)} (${ec.toFixed(0)}) | ${found} | ${g.toFixed(0)} (${gc.toFixed(0)}) | ${matches} | ${(e / g).toFixed(2)} | ${(ec / gc).toFixed(2)} |`);
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
