// The module a scan worker thread runs. Workers run a bundle of worker.ts built by esbuild from the
// TypeScript sources (npm packages stay imports), so a worker starts without tsx: no loader thread
// and no transpiling round trip per module and no source maps to parse — on two cores that start-up
// cost was more than a small scan's work. The bundle is named by its content hash under
// node_modules/.cache (npm packages resolve from there); if it cannot be built or written, the
// worker registers tsx itself (worker-boot.mjs).
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let entry: URL | undefined;

export function workerEntry(): URL {
  entry ??= bundle() ?? new URL('./worker-boot.mjs', import.meta.url);
  return entry;
}

function bundle(): URL | null {
  try {
    const here = dirname(fileURLToPath(import.meta.url));
    const built = buildSync({
      entryPoints: [join(here, 'worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    const code = built.outputFiles[0]!.contents;
    const dir = resolve(here, '../../node_modules/.cache/infovakt');
    const file = join(dir, `scan-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, code);
      renameSync(partial, file);
    }
    return pathToFileURL(file);
  } catch {
    return null;
  }
}
