// Encryption at rest for the few secrets the product must be able to read back (TOTP seeds):
// AES-256-GCM with a key from INFOVAKT_SECRET_KEY, or a random key created once in the data folder.
// A database dump alone then does not give away anyone's second factor.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config.js';

const PREFIX = 'v1:';
let cached: Buffer | undefined;

function key(): Buffer {
  if (cached) return cached;
  const fromEnv = process.env.INFOVAKT_SECRET_KEY;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('INFOVAKT_SECRET_KEY must be at least 32 characters');
    cached = createHash('sha256').update(fromEnv).digest();
    return cached;
  }
  const dir = loadConfig().dataDir;
  const file = path.join(dir, 'secret.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    // 'wx' fails if another process created it first; then we read theirs.
    try {
      fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  cached = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (cached.length !== 32) throw new Error(`${file} does not hold a 32-byte key`);
  return cached;
}

export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
}

/** Opens a sealed value; a value stored before encryption was introduced is returned as it is. */
export function open(stored: string): string {
  if (!stored.startsWith(PREFIX)) return stored;
  const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key(), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
