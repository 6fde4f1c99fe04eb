import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { ExtractLimits } from '../extract/index.js';
import { DEFAULT_LIMITS } from '../extract/index.js';
import type { Confidence, Sensitivity } from '../detect/types.js';
import { detectorVersion } from '../detect/index.js';
import { ScanCache, DEFAULT_CACHE_DIR } from './cache.js';
import { MAX_FINDINGS_PER_TYPE } from './analyse.js';
import { resolveHashKey } from './hash-key.js';
import { createOutput, type OutputFormat } from './output.js';
import { WorkerPool } from './pool.js';
import { createProgress } from './progress.js';
import { countDocument, emptySummary, formatSummary, type ScanSummary } from './summary.js';
import { SENSITIVITY_ORDER, type DocumentResult, type FileResult } from './types.js';
import { walkFiles, type FileEntry } from './walk.js';
import { handle, type WorkReply, type WorkRequest } from './worker.js';

export interface ScanOptions {
  paths: string[];
  /** Worker threads; 0 runs in this thread (debugging). Default: all cores. */
  jobs?: number;
  format?: OutputFormat;
  minConfidence?: Confidence;
  /** Exit code 1 when a document is at least this sensitive; 'none' never fails. */
  failOn?: Sensitivity;
  reveal?: boolean;
  cacheDir?: string;
  useCache?: boolean;
  limits?: Partial<ExtractLimits>;
  /** Findings listed per type and document (default MAX_FINDINGS_PER_TYPE); the rest are counted. */
  maxFindingsPerType?: number;
  /** Where the report goes (stdout or a file). */
  write: (text: string) => void;
  /** Progress, per-path problems and (for machine formats) the summary. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** A running pool to reuse (long-lived callers, benchmarks); it is left open. Overrides `jobs`. */
  pool?: WorkerPool;
  /** Stop after this many files (tests of interrupted scans). */
  stopAfter?: number;
}

export interface ScanOutcome {
  summary: ScanSummary;
  exitCode: number;
}

// Cached documents name the file relative to its own path so a scan from another folder reuses them.
const strip = (docs: DocumentResult[], path: string) => docs.map((d) => ({ ...d, file: d.file.slice(path.length) }));
const restore = (docs: DocumentResult[], path: string) => docs.map((d) => ({ ...d, file: path + d.file }));

function failure(path: string, size: number, error: string): DocumentResult {
  return { file: path, format: 'unknown', size, sensitivity: 'none', suggestedK: 0, osl: [], error, findings: [] };
}

export async function runScan(o: ScanOptions): Promise<ScanOutcome> {
  const started = Date.now();
  const cacheDir = resolve(o.cacheDir ?? DEFAULT_CACHE_DIR);
  const minConfidence = o.minConfidence ?? 'medium';
  const reveal = o.reveal ?? false;
  // Revealed values must never reach the disk: a --reveal run neither reads nor writes the cache.
  const useCache = o.useCache !== false && !reveal;
  const maxFindingsPerType = o.maxFindingsPerType ?? MAX_FINDINGS_PER_TYPE;
  const hashKey = resolveHashKey(cacheDir, o.useCache !== false);
  const cache = useCache ? new ScanCache(cacheDir, ScanCache.settingsKey(hashKey, minConfidence, `${detectorVersion()}+list${maxFindingsPerType}`)) : undefined;
  const limits = { ...DEFAULT_LIMITS, ...o.limits };
  const output = createOutput(o.format ?? 'table', o.write);
  const summary = emptySummary();

  const jobs = o.pool?.size ?? o.jobs ?? availableParallelism();
  // One worker loads and warms up while the tree is walked; the others only when there are files
  // for them (cache misses), never more than those.
  const ownPool = !o.pool && jobs > 0 ? new WorkerPool({ size: 1, hardTimeoutMs: limits.maxMillis * 2 + 10_000, maxHeapMb: 2048 }) : undefined;
  const pool = o.pool ?? ownPool;
  const files: FileEntry[] = [];
  const skip = (p: string) => resolve(p) === cacheDir;
  for await (const f of walkFiles(o.paths, skip, (p, m) => o.stderr.write(`scan: skipped ${p}: ${m}\n`))) files.push(f);
  const toAnalyse = cache ? files.filter((f) => !cache.lookup(f.path, f.size, f.mtimeMs)).length : files.length;
  ownPool?.grow(Math.min(jobs, Math.max(1, toAnalyse)));
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  const progress = createProgress(files.length, totalBytes, o.stderr);

  const run = (req: WorkRequest): Promise<WorkReply> => (pool ? pool.run(req) : handle(req));
  const analyse = { hashKey, minConfidence, reveal, limits, maxFindingsPerType };

  const emit = (docs: DocumentResult[], bytes: number) => {
    summary.files++;
    summary.bytes += bytes;
    for (const d of docs) {
      countDocument(summary, d);
      output.document(d);
    }
    progress.update(summary.files, summary.bytes, summary.findings);
  };

  async function one(f: FileEntry, id: number): Promise<void> {
    const hit = cache?.lookup(f.path, f.size, f.mtimeMs);
    if (hit) {
      summary.cached++;
      return emit(restore(hit.documents, f.path), f.size);
    }
    const previous = cache?.previous(f.path);
    const reply = await run({ id, path: f.path, knownSha256: previous?.sha256, options: analyse });
    if (!reply.ok) return emit([failure(f.path, f.size, reply.error)], f.size);
    // Without a cache the documents go straight out (the renaming below is for the cache only).
    if (!cache) return emit(reply.documents, f.size);
    const documents = reply.reused && previous ? previous.documents : strip(reply.documents, f.path);
    if (reply.reused) summary.cached++;
    const result: FileResult = { path: f.path, size: f.size, mtimeMs: f.mtimeMs, sha256: reply.sha256, documents };
    cache.record(result);
    emit(restore(documents, f.path), f.size);
  }

  // A bounded window of files in flight keeps memory flat on very large trees.
  const limit = Math.min(files.length, o.stopAfter ?? files.length);
  const window = pool ? pool.capacity * 2 : 1;
  let next = 0;
  try {
    await Promise.all(Array.from({ length: window }, async () => {
      while (next < limit) {
        const i = next++;
        await one(files[i]!, i);
      }
    }));
  } finally {
    progress.stop();
    cache?.close();
    await ownPool?.close();
  }

  summary.seconds = (Date.now() - started) / 1000;
  output.end(summary);
  if ((o.format ?? 'table') !== 'table') o.stderr.write(formatSummary(summary) + '\n');
  const threshold = o.failOn && o.failOn !== 'none' ? SENSITIVITY_ORDER[o.failOn] : Infinity;
  const worst = Math.max(-1, ...(['none', 'personal', 'sensitive', 'secret'] as const)
    .filter((s) => summary.bySensitivity[s] > 0).map((s) => SENSITIVITY_ORDER[s]));
  return { summary, exitCode: worst >= threshold ? 1 : 0 };
}
