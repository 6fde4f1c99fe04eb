// Scan throughput on a generated mixed office corpus: files/s and MB/s with 1 and 2 worker
// threads (median of 3 runs, cache off), and the peak resident memory of the whole process.
// Run: npx tsx bench/scan/run.ts [files=400]
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Worker } from 'node:worker_threads';
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

/**
 * Baseline: what the machine gives two threads. The same pure computation (no allocation, no I/O)
 * in one worker, then in each of two at once; the ratio of the times ×2 is the ideal speed-up here.
 */
async function computeBaseline(): Promise<number> {
  const code = `require('node:worker_threads').parentPort.on('message', (n) => {
    let x = 0; for (let i = 0; i < n; i++) x = (x + Math.imul(i, 2654435761)) ^ (x >>> 7);
    require('node:worker_threads').parentPort.postMessage(x); });`;
  const time = async (threads: number) => {
    const workers = Array.from({ length: threads }, () => new Worker(code, { eval: true }));
    const ask = (w: Worker, n: number) => new Promise((r) => (w.once('message', r), w.postMessage(n)));
    await Promise.all(workers.map((w) => ask(w, 1e6)));
    const t0 = performance.now();
    await Promise.all(workers.map((w) => ask(w, 3e8)));
    const t = performance.now() - t0;
    await Promise.all(workers.map((w) => w.terminate()));
    return t;
  };
  return median([(2 * (await time(1))) / (await time(2)), (2 * (await time(1))) / (await time(2)), (2 * (await time(1))) / (await time(2))]);
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
  console.log(`baseline: a pure computation in 2 threads vs 1 on this machine: ${(await computeBaseline()).toFixed(2)}x`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
