// Throughput of the detection engine (all recognisers, one core) against ripgrep searching only a
// personnummer pattern (one thread, ASCII word boundaries) on the same files in the same run.
// Usage: npx tsx bench/detect/run.ts [MB per corpus, default 50] [runs, default 3] [min confidence]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../../src/detect/index.js';
import { MAX_FINDINGS_PER_TYPE } from '../../src/scan/analyse.js';
import { digitCsv, prose } from './corpus.js';

const MB = Math.min(200, Number(process.argv[2] ?? 50));
const RUNS = Math.max(3, Math.min(7, Number(process.argv[3] ?? 3)));
/** Default: the detector's default ('medium'); 'low' also builds and hashes every low finding. */
const MIN_CONFIDENCE = (process.argv[4] ?? 'medium') as 'low' | 'medium' | 'high';
const CHUNK = 1 << 20; // a scanner hands the engine one document (here 1 MiB) at a time
const RG_PATTERN = '(?-u:\\b)(?:19|20)?[0-9]{6}[-+]?[0-9]{4}(?-u:\\b)';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** CPU seconds of this process (user + system): robust when other work shares the cores. */
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** CPU seconds of finished children, from /proc (clock ticks of 10 ms). */
function childCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime
}

/**
 * The corpus as the scanner hands it over: one document per ~1 MiB of the file, cut at a line end,
 * each decoded from the file's bytes into its own (flat) string, before the clock starts.
 */
function documents(file: string): string[] {
  const bytes = readFileSync(file);
  const decoder = new TextDecoder();
  const docs: string[] = [];
  for (let off = 0; off < bytes.length; ) {
    let end = Math.min(bytes.length, off + CHUNK);
    const nl = bytes.indexOf(10, end);
    if (nl > 0 && nl - end < 4096) end = nl + 1;
    docs.push(decoder.decode(bytes.subarray(off, end)));
    off = end;
  }
  return docs;
}

/**
 * The engine over the documents, `maxFindingsPerType` as given (Infinity: every finding built with
 * masked value and hash). Findings listed, and those counted past the limit.
 */
function engineSeconds(docs: string[], maxFindingsPerType: number): { seconds: number; cpu: number; findings: number; counted: number } {
  const detector = createDetector({ hashKey: 'bench', minConfidence: MIN_CONFIDENCE, maxFindingsPerType });
  let findings = 0;
  let counted = 0;
  const c0 = cpuSeconds();
  const t0 = performance.now();
  for (const doc of docs) {
    const r = detector.detectAll(doc);
    findings += r.findings.length;
    for (const n of Object.values(r.omitted)) counted += n ?? 0;
  }
  return { seconds: (performance.now() - t0) / 1000, cpu: cpuSeconds() - c0, findings, counted };
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
    // Two ways to run the engine on the same file: 1 MiB documents with every finding built, and
    // the whole file as one document as `infovakt scan` reads a text file (its default limit of
    // listed findings per type; the rest are validated, scored and counted, not built).
    const modes = [
      { label: '1 MiB documents, every finding', docs: documents(file), limit: Infinity },
      { label: `whole file as \`infovakt scan\` (≤ ${MAX_FINDINGS_PER_TYPE} listed per type)`, docs: [new TextDecoder().decode(readFileSync(file))], limit: MAX_FINDINGS_PER_TYPE },
    ];
    const eng = modes.map(() => ({ wall: [] as number[], cpu: [] as number[], findings: 0, counted: 0 }));
    const rg: number[] = [];
    const rgCpu: number[] = [];
    let matches = 0;
    // Warm-up (not timed): the JIT compiles the engine's hot paths, as it has in a running scan.
    for (const m of modes) engineSeconds(m.docs.map((d) => d.slice(0, 4 << 20)), m.limit);
    for (let k = 0; k < RUNS; k++) {
      modes.forEach((m, i) => {
        const e = engineSeconds(m.docs, m.limit);
        eng[i]!.wall.push(bytes / 1e6 / e.seconds);
        eng[i]!.cpu.push(bytes / 1e6 / e.cpu);
        eng[i]!.findings = e.findings;
        eng[i]!.counted = e.counted;
      });
      const g = rgSeconds(file);
      rg.push(bytes / 1e6 / g.seconds);
      rgCpu.push(bytes / 1e6 / Math.max(g.cpu, 0.01));
      matches = g.matches;
    }
    const [g, gc] = [median(rg), median(rgCpu)];
    const row = (label: string, e: number, ec: number, found: string) =>
      console.log(`| ${name} | ${label} | ${(bytes / 1e6).toFixed(0)} | ${e.toFixed(0)} (${ec.toFixed(0)}) | ${found} | ${g.toFixed(0)} (${gc.toFixed(0)}) | ${matches} | ${(e / g).toFixed(2)} | ${(ec / gc).toFixed(2)} |`);
    modes.forEach((m, i) => {
      const found = eng[i]!.counted > 0 ? `${eng[i]!.findings} (+ ${eng[i]!.counted})` : `${eng[i]!.findings}`;
      row(m.label, median(eng[i]!.wall), median(eng[i]!.cpu), found);
    });
    // The floor: the prefilter's pass alone, in a process of its own (floor.ts says why).
    const floor = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./floor.ts', import.meta.url)), file, String(RUNS)], { encoding: 'utf8' });
    if (floor.status !== 0) throw new Error(`floor.ts failed: ${floor.stderr}`);
    const [fw, fc, events] = floor.stdout.trim().split(/[ ()]+/).map(Number) as [number, number, number];
    row('floor: the prefilter pass alone, nothing recognised', fw, fc, `${events} events`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
