// Where the project's shared test data lives: ../shared/data beside the repository (as on the
// development machines and in CI's clone), or SHARED_DATA when set.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const candidates = [process.env.SHARED_DATA, path.join(repo, '../shared/data'), '/work/shared/data'].filter(Boolean) as string[];

export const SHARED_DATA = candidates.find((dir) => fs.existsSync(dir)) ?? candidates[1]!;

export function sharedData(...segments: string[]): string {
  return path.join(SHARED_DATA, ...segments);
}
