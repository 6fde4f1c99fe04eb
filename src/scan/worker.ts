// Worker thread: reads, hashes, extracts and detects one file at a time. Messages in, results out.
import { readFile, stat } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { DEFAULT_LIMITS } from '../extract/index.js';
import { analyseBytes, sha256, type AnalyseOptions } from './analyse.js';
import { loadEngine } from './engine.js';
import type { DocumentResult } from './types.js';

export interface WorkRequest {
  id: number;
  path: string;
  /** When the content hash equals this, the cached result still holds: skip the analysis. */
  knownSha256?: string;
  options: AnalyseOptions;
}

export type WorkReply =
  | { id: number; ok: true; sha256: string; size: number; reused: boolean; documents: DocumentResult[] }
  | { id: number; ok: false; error: string };

const failed = (req: WorkRequest, e: unknown): WorkReply => ({ id: req.id, ok: false, error: (e as Error).message.split('\n', 1)[0]!.slice(0, 300) });

/** Files up to this size are read ahead while the file before them is analysed. */
const READ_AHEAD_MAX = 16 * 1024 * 1024;

/**
 * The file's bytes, or why they are not read (too large to read whole: known by size and time
 * only), or null when it is larger than `readAheadMax` (read it when its turn comes).
 */
async function load(req: WorkRequest, readAheadMax = Infinity): Promise<Buffer | WorkReply | null> {
  try {
    const maxFileBytes = req.options.limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
    const info = await stat(req.path);
    if (info.size > maxFileBytes) return { id: req.id, ok: false, error: `file is ${info.size} bytes, limit is ${maxFileBytes}` };
    if (info.size > readAheadMax) return null;
    return await readFile(req.path);
  } catch (e) {
    return failed(req, e);
  }
}

async function analyse(req: WorkRequest, loaded: Buffer | WorkReply): Promise<WorkReply> {
  if (!Buffer.isBuffer(loaded)) return loaded;
  try {
    const sha = sha256(loaded);
    if (sha === req.knownSha256) return { id: req.id, ok: true, sha256: sha, size: loaded.length, reused: true, documents: [] };
    const documents = await analyseBytes(req.path, loaded, await loadEngine(), req.options);
    return { id: req.id, ok: true, sha256: sha, size: loaded.length, reused: false, documents };
  } catch (e) {
    return failed(req, e);
  }
}

/** Also used in-process by tests and by `--jobs 0`. */
export async function handle(req: WorkRequest): Promise<WorkReply> {
  return analyse(req, (await load(req))!);
}

// Warm up while the main thread is still walking the tree: the engine and pdf.js take seconds to load.
if (parentPort) {
  void loadEngine();
  void import('pdfjs-dist/legacy/build/pdf.mjs').catch(() => undefined);
}

// One file at a time, in the order sent. The pool may queue the next file while this one runs: its
// bytes are read meanwhile (the file system answers on libuv's threads), so that no analysis waits.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (req: WorkRequest) => {
  const early = load(req, READ_AHEAD_MAX);
  queue = queue.then(async () => parentPort!.postMessage(await analyse(req, (await early) ?? (await load(req))!)));
});
