import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface FileEntry {
  path: string;
  size: number;
  mtimeMs: number;
}

/**
 * Every regular file under the given paths, in a stable order. Symbolic links are not followed
 * (no loops, no escaping the tree); unreadable folders are reported and skipped.
 */
export async function* walkFiles(paths: string[], skip: (path: string) => boolean, onError: (path: string, message: string) => void): AsyncGenerator<FileEntry> {
  for (const root of paths) yield* walkOne(root, skip, onError);
}

async function* walkOne(path: string, skip: (path: string) => boolean, onError: (path: string, message: string) => void): AsyncGenerator<FileEntry> {
  if (skip(path)) return;
  let info;
  try {
    info = await lstat(path);
  } catch (e) {
    onError(path, (e as NodeJS.ErrnoException).code ?? 'cannot read');
    return;
  }
  if (info.isFile()) {
    yield { path, size: info.size, mtimeMs: info.mtimeMs };
  } else if (info.isDirectory()) {
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (e) {
      onError(path, (e as NodeJS.ErrnoException).code ?? 'cannot list');
      return;
    }
    for (const name of names) yield* walkOne(join(path, name), skip, onError);
  }
}
