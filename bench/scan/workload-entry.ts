// The scanner's own work on files already in memory (extraction + detection, as a worker does it,
// without the pool, I/O or the main thread): bundled by run.ts and run in one and in two threads
// at once, to measure what this machine gives two threads of exactly this work.
import { readFileSync } from 'node:fs';
import { analyseBytes } from '../../src/scan/analyse.js';
import { loadEngine } from '../../src/scan/engine.js';

export async function analyseAll(paths: string[], rounds: number): Promise<number> {
  const engine = await loadEngine();
  const files = paths.map((p) => [p, readFileSync(p)] as const);
  const options = { hashKey: 'bench', minConfidence: 'medium' as const, reveal: false };
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const [path, bytes] of files) await analyseBytes(path, bytes, engine, options);
  return performance.now() - started;
}
