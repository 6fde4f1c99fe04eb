// Scan throughput on a generated mixed office corpus: files/s and MB/s with 1 and 2 worker
// threads (median of 3 runs, cache off), and the peak resident memory of the whole process.
// Run: npx tsx bench/scan/run.ts [files=400]
import { buildSync } from 'esbuild';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import * as f from '../../src/extract/testing/fixtures.js';
import { runScan } from '../../src/scan/scan.js';
import { WorkerPool } from '../../src/scan/pool.js';

const DISTINCT = Math.min(600, Number(process.argv[2] ?? 400));
// Copies of the distinct files in sibling folders: a corpus big enough that worker start-up and
// JIT warm-up do not decide the result (the cache is off, so every copy is analysed in full).
const COPIES = Math.max(1, Number(process.argv[3] ?? 5));
const FILES = DISTINCT * COPIES;
const pnrs = f.testPersonnummer(200, 1000);
const filler = 'Kommunen har tagit emot ärendet och handläggaren återkommer med beslut inom fyra veckor. ';

function letter(i: number): string[] {
  const p = pnrs[i % pnrs.length]!;
  return [`Dnr KS 2024/${1000 + i}`, filler.repeat(8), `Personnummer: ${f.dashed(p)}`, filler.repeat(12), i % 5 === 0 ? 'Sjukskrivning på grund av depression.' : 'Inga övriga uppgifter.'];
}

async function corpus(root: string): Promise<number> {
  let bytes = 0;
  const dir = join(root, 'set0');
  const put = (name: string, data: Uint8Array | string) => {
    const b = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    bytes += b.length;
    writeFileSync(join(dir, name), b);
  };
  for (let i = 0; i < DISTINCT; i++) {
    const sub = join(dir, `dept${i % 8}`);
    mkdirSync(sub, { recursive: true });
    const kind = i % 10;
    const name = join(`dept${i % 8}`, `doc${i}`);
    if (kind < 3) put(`${name}.docx`, await f.makeDocx(letter(i)));
    else if (kind < 5) put(`${name}.xlsx`, await f.makeXlsx({ Lista: Array.from({ length: 60 }, (_, r) => [`Person ${r}`, pnrs[(i + r) % pnrs.length]!, 'Förskola Solen']) }));
    else if (kind < 6) put(`${name}.pdf`, await f.makePdf([letter(i).join('\n'), filler.repeat(20)]));
    else if (kind < 7) put(`${name}.eml`, await f.makeEml(`Ärende ${i}`, letter(i).join('\n'), [{ filename: 'bilaga.docx', content: await f.makeDocx(letter(i + 1)) }]));
    else if (kind < 9) put(`${name}.csv`, ['namn;personnummer;telefon', ...Array.from({ length: 200 }, (_, r) => `Person ${r};${pnrs[(i + r) % pnrs.length]};070-${String(1000000 + r).slice(1)}`)].join('\n'));
    else put(`${name}.txt`, letter(i).join('\n\n').repeat(5));
  }
  for (let c = 1; c < COPIES; c++) cpSync(dir, join(root, `set${c}`), { recursive: true });
  return bytes * COPIES;
}

async function timed(dir: string, jobs: number, pool?: WorkerPool): Promise<number> {
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  stderr.resume();
  const started = performance.now();
  const r = await runScan({ paths: [dir], jobs, pool, useCache: false, format: 'jsonl', write: () => {}, stderr, cacheDir: join(dir, '..', 'cache') });
  if (r.summary.files !== FILES) throw new Error(`scanned ${r.summary.files} of ${FILES}`);
  return (performance.now() - started) / 1000;
}

/** Wall time of `work` in `threads` workers at once, and the cores the process kept busy meanwhile. */
async function inThreads(threads: number, code: string, workerData: (port: MessagePort) => unknown, warm: unknown, work: unknown): Promise<{ ms: number; cores: number }> {
  const channels = Array.from({ length: threads }, () => new MessageChannel());
  const workers = channels.map((c) => new Worker(code, { eval: true, workerData: workerData(c.port2), transferList: [c.port2] }));
  const ask = (c: MessageChannel, msg: unknown) => new Promise((r) => (c.port1.once('message', r), c.port1.postMessage(msg)));
  await Promise.all(channels.map((c) => ask(c, warm)));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(channels.map((c) => ask(c, work)));
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  await Promise.all(workers.map((w) => w.terminate()));
  for (const c of channels) c.port1.close();
  return { ms, cores: (cpu.user + cpu.system) / 1000 / ms };
}

/** Speed-up of two threads over one (each thread doing the same work): 2 × t1 / t2, median of 3. */
async function speedUp(run: (threads: number) => Promise<{ ms: number; cores: number }>): Promise<{ ratio: number; cores1: number; cores2: number }> {
  const results = [];
  for (let k = 0; k < 3; k++) {
    const one = await run(1);
    const two = await run(2);
    results.push({ ratio: (2 * one.ms) / two.ms, cores1: one.cores, cores2: two.cores });
  }
  return results.sort((a, b) => a.ratio - b.ratio)[1]!;
}

/**
 * Baselines: what the machine gives two threads. (1) A pure computation (no allocation, no I/O).
 * (2) The scanner's own work — extraction and detection of the corpus's files, already in memory,
 * without pool, I/O or main thread (workload-entry.ts, bundled like the scan worker).
 */
async function computeBaseline() {
  const code = `const port = require('node:worker_threads').workerData.port;
    port.on('message', (n) => { let x = 0; for (let i = 0; i < n; i++) x = (x + Math.imul(i, 2654435761)) ^ (x >>> 7); port.postMessage(x); });`;
  return speedUp((threads) => inThreads(threads, code, (port) => ({ port }), 1e6, 3e8));
}

async function workloadBaseline(paths: string[]) {
  const built = buildSync({ entryPoints: [fileURLToPath(new URL('./workload-entry.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', packages: 'external', write: false, logLevel: 'silent' });
  // Next to the scan worker's bundle, where npm packages resolve.
  const file = fileURLToPath(new URL('../../node_modules/.cache/infovakt/bench-workload.mjs', import.meta.url));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, built.outputFiles[0]!.contents);
  const code = `const { port, entry } = require('node:worker_threads').workerData; let m;
    port.on('message', async ({ paths, rounds }) => { m ??= await import(entry); port.postMessage(await m.analyseAll(paths, rounds)); });`;
  return speedUp((threads) => inThreads(threads, code, (port) => ({ port, entry: pathToFileURL(file).href }), { paths, rounds: 1 }, { paths, rounds: 3 }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const root = mkdtempSync(join(tmpdir(), 'infovakt-bench-scan-'));
const dir = join(root, 'corpus');
mkdirSync(dir);
try {
  const bytes = await corpus(dir);
  const load = (await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ');
  console.log(`corpus: ${FILES} files (${DISTINCT} distinct × ${COPIES}), ${(bytes / 1e6).toFixed(1)} MB (docx, xlsx, pdf, eml+docx, csv, txt)`);
  const rows: string[] = ['| jobs | median s | files/s | MB/s |', '|---:|---:|---:|---:|'];
  const speeds: number[] = [];
  // jobs 0 = in this thread: the cost without worker start-up (module load and JIT warm-up per worker).
  for (const jobs of [0, 1, 2]) {
    const runs = [await timed(dir, jobs), await timed(dir, jobs), await timed(dir, jobs)];
    const s = median(runs);
    speeds.push(FILES / s);
    rows.push(`| ${jobs} | ${s.toFixed(2)} | ${(FILES / s).toFixed(0)} | ${(bytes / 1e6 / s).toFixed(2)} |`);
  }
  // Warm: the same pool across runs, as a long-lived worker process would have it.
  for (const jobs of [1, 2]) {
    const pool = new WorkerPool({ size: jobs, hardTimeoutMs: 120_000, maxHeapMb: 2048 });
    await timed(dir, jobs, pool);
    const s = median([await timed(dir, jobs, pool), await timed(dir, jobs, pool), await timed(dir, jobs, pool)]);
    speeds.push(FILES / s);
    rows.push(`| ${jobs} warm | ${s.toFixed(2)} | ${(FILES / s).toFixed(0)} | ${(bytes / 1e6 / s).toFixed(2)} |`);
    await pool.close();
  }
  console.log(rows.join('\n'));
  console.log(`load average before: ${load}`);
  console.log(`speed-up 2 vs 1 job: cold ${(speeds[2]! / speeds[1]!).toFixed(2)}x, warm ${(speeds[4]! / speeds[3]!).toFixed(2)}x; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (process incl. workers)`);
  const pure = await computeBaseline();
  const work = await workloadBaseline(readdirSync(join(dir, 'set0'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)));
  console.log(`baseline, 2 threads vs 1 on this machine: a pure computation ${pure.ratio.toFixed(2)}x; the scanner's own work on files in memory ${work.ratio.toFixed(2)}x (cores busy: 1 thread ${work.cores1.toFixed(2)}, 2 threads ${work.cores2.toFixed(2)})`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
