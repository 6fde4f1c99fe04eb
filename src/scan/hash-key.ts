import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HASH_KEY_ENV = 'INFOVAKT_HASH_KEY';
export const HASH_KEY_FILE = 'hash-key';

/**
 * The key of the findings' keyed hashes: INFOVAKT_HASH_KEY when set (share it to compare hashes
 * across machines), otherwise 32 random bytes kept in `<cache>/hash-key`, created once, mode 0600.
 * With `persist` false (a run that must write nothing: --no-cache) an existing key is used, and
 * without one the key lives only for this run.
 */
export function resolveHashKey(cacheDir: string, persist = true): string {
  const fromEnv = process.env[HASH_KEY_ENV];
  if (fromEnv) return fromEnv;
  const file = join(cacheDir, HASH_KEY_FILE);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    if (!persist) return randomBytes(32).toString('hex');
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    const key = randomBytes(32).toString('hex');
    try {
      writeFileSync(file, key + '\n', { mode: 0o600, flag: 'wx' });
      return key;
    } catch {
      // Another process created it first: use theirs.
      return readFileSync(file, 'utf8').trim();
    }
  }
}
