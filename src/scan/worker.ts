// Worker thread: reads one file at a time, hashes it, extracts and detects. Messages in, results out.
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

/** Also used in-process by tests and by `--jobs 0`. */
export async function handle(req: WorkRequest): Promise<WorkReply> {
  try {
    const maxFileBytes = req.options.limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
    const info = await stat(req.path);
    if (info.size > maxFileBytes) {
      // Too large to read whole: identify it by size and time only.
      return { id: req.id, ok: false, error: `file is ${info.size} bytes, limit is ${maxFileBytes}` };
    }
    const bytes = await readFile(req.path);
    const sha = sha256(bytes);
    if (sha === req.knownSha256) return { id: req.id, ok: true, sha256: sha, size: bytes.length, reused: true, documents: [] };
    const engine = await loadEngine();
    const documents = await analyseBytes(req.path, bytes, engine, req.options);
    return { id: req.id, ok: true, sha256: sha, size: bytes.length, reused: false, documents };
  } catch (e) {
    return { id: req.id, ok: false, error: (e as Error).message.split('\n', 1)[0]!.slice(0, 300) };
  }
}

// Warm up while the main thread is still walking the tree: the engine and pdf.js take seconds to load.
if (parentPort) {
  void loadEngine();
  void import('pdfjs-dist/legacy/build/pdf.mjs').catch(() => undefined);
}

parentPort?.on('message', (req: WorkRequest) => {
  void handle(req).then((reply) => parentPort!.postMessage(reply));
});
