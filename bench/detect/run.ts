// Throughput of the detection engine (all recognisers, one core) against ripgrep searching only a
// personnummer pattern (one thread, ASCII word boundaries) on the same files in the same run; each
// engine configuration in a process of its own (engine-run.ts). Paired rounds: ripgrep runs right
// before and after every engine process, and each round's ratio is to their mean — this machine's
// speed drifts 1.5–2× between minutes, so a ratio of medians taken minutes apart can be off by that.
// Usage: npx tsx bench/detect/run.ts [MB per corpus, default 50] [rounds, default 3] [min confidence]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_FINDINGS_PER_TYPE } from '../../src/scan/analyse.js';
import { digitCsv, prose } from './corpus.js';

const MB = Math.min(200, Number(process.argv[2] ?? 50));
const ROUNDS = Math.max(3, Math.min(9, Number(process.argv[3] ?? 3)));
/** Timed runs inside one engine process (after its warm-up); the round takes their median. */
const RUNS_PER_PROCESS = 5;
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
  const r = spawnSync(process.execPath, [...process.execArgv, script, file, mode, String(RUNS_PER_PROCESS), MIN_CONFIDENCE], { encoding: 'utf8' });
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

const range = (xs: number[], digits: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[0]!.toFixed(digits) === sorted.at(-1)!.toFixed(digits) ? sorted[0]!.toFixed(digits) : `${sorted[0]!.toFixed(digits)}–${sorted.at(-1)!.toFixed(digits)}`;
};

const dir = mkdtempSync(join(tmpdir(), 'infovakt-bench-'));
try {
  console.log(`${ROUNDS} paired rounds per row: ripgrep, the engine process (median of its ${RUNS_PER_PROCESS} runs), ripgrep.`);
  console.log(`MB/s: medians over the rounds, by wall clock and (in brackets) CPU time; ratios: each round's`);
  console.log(`engine MB/s over the mean of its two ripgrep runs, median [range]; minConfidence ${MIN_CONFIDENCE}.\n`);
  console.log(`| corpus | engine run | MB | engine MB/s | findings listed (+ counted) | ripgrep MB/s | rg lines | ratio wall | ratio CPU |`);
  console.log(`|---|---|---|---|---|---|---|---|---|`);
  for (const [name, make] of [['prose', prose], ['digit CSV', digitCsv]] as const) {
    const text = make(MB * 1e6);
    const file = join(dir, `${name.replace(/\W/g, '')}.txt`);
    writeFileSync(file, text);
    const bytes = Buffer.byteLength(text);
    // The engine three ways, each in a process of its own: 1 MiB documents with every finding
    // built; the whole file as one document as `infovakt scan` reads a text file (its default
    // limit of listed findings per type; the rest are validated, scored and counted, not built);
    // and the floor.
    const modes = [
      { mode: 'every', label: '1 MiB documents, every finding' },
      { mode: 'scanner', label: `whole file as \`infovakt scan\` (≤ ${MAX_FINDINGS_PER_TYPE} listed per type)` },
      { mode: 'floor', label: 'floor: the prefilter pass alone, nothing recognised' },
    ] as const;
    const rg = () => {
      const g = rgSeconds(file);
      return { wall: bytes / 1e6 / g.seconds, cpu: bytes / 1e6 / Math.max(g.cpu, 0.01), matches: g.matches };
    };
    for (const m of modes) {
      const engineWall: number[] = [];
      const engineCpu: number[] = [];
      const rgWall: number[] = [];
      const rgCpu: number[] = [];
      const ratio: number[] = [];
      const ratioCpu: number[] = [];
      let found = '';
      let matches = 0;
      for (let k = 0; k < ROUNDS; k++) {
        const before = rg();
        const e = engineRuns(file, m.mode);
        const after = rg();
        const [w, c] = [median(e.wall), median(e.cpu)];
        const [gw, gc] = [(before.wall + after.wall) / 2, (before.cpu + after.cpu) / 2];
        engineWall.push(w);
        engineCpu.push(c);
        rgWall.push(gw);
        rgCpu.push(gc);
        ratio.push(w / gw);
        ratioCpu.push(c / gc);
        found = m.mode === 'floor' ? `${e.listed} events` : e.counted > 0 ? `${e.listed} (+ ${e.counted})` : `${e.listed}`;
        matches = after.matches;
      }
      const mb = (xs: number[]) => median(xs).toFixed(0);
      const r = (xs: number[]) => `${median(xs).toFixed(2)} [${range(xs, 2)}]`;
      console.log(`| ${name} | ${m.label} | ${(bytes / 1e6).toFixed(0)} | ${mb(engineWall)} (${mb(engineCpu)}) | ${found} | ${mb(rgWall)} (${mb(rgCpu)}) | ${matches} | ${r(ratio)} | ${r(ratioCpu)} |`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
