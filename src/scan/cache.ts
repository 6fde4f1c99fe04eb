import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FileResult } from './types.js';

export const DEFAULT_CACHE_DIR = '.infovakt-scan-cache';
const JOURNAL = 'journal.jsonl';
// Bump when the shape of cached results or the meaning of a setting changes.
const CACHE_VERSION = 1;

interface JournalLine extends FileResult {
  settings: string;
}

/**
 * Results per file in an append-only JSONL journal: a line is written as soon as a file is done,
 * so an interrupted scan loses at most the files in flight and the next run resumes from there.
 * Entries are keyed by absolute path and only trusted for the same settings (engine version,
 * hash key fingerprint, min confidence). Never holds raw values: `--reveal` runs bypass it.
 */
export class ScanCache {
  private readonly entries = new Map<string, FileResult>();
  private readonly journalPath: string;
  private fd: number | undefined;
  private lines = 0;

  constructor(readonly dir: string, private readonly settings: string) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.journalPath = join(dir, JOURNAL);
    if (existsSync(this.journalPath)) this.load();
  }

  static settingsKey(hashKey: string, minConfidence: string, engineVersion: string): string {
    const fingerprint = createHash('sha256').update(`infovakt-cache\0${hashKey}`).digest('hex').slice(0, 16);
    return `${CACHE_VERSION}:${engineVersion}:${fingerprint}:${minConfidence}`;
  }

  private load(): void {
    for (const line of readFileSync(this.journalPath, 'utf8').split('\n')) {
      if (!line) continue;
      this.lines++;
      let entry: JournalLine;
      try {
        entry = JSON.parse(line) as JournalLine;
      } catch {
        continue; // the last line of a killed run may be cut short
      }
      if (entry.settings === this.settings) this.entries.set(entry.path, entry);
      else this.entries.delete(entry.path);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached result if path, size and mtime all match. */
  lookup(path: string, size: number, mtimeMs: number): FileResult | undefined {
    const e = this.entries.get(resolve(path));
    return e && e.size === size && e.mtimeMs === mtimeMs ? e : undefined;
  }

  /** The cached result for this path whatever its stamp: reusable if the content hash still matches. */
  previous(path: string): FileResult | undefined {
    return this.entries.get(resolve(path));
  }

  record(result: FileResult): void {
    const entry: FileResult = { ...result, path: resolve(result.path) };
    this.entries.set(entry.path, entry);
    this.fd ??= openSync(this.journalPath, 'a', 0o600);
    writeSync(this.fd, JSON.stringify({ ...entry, settings: this.settings } satisfies JournalLine) + '\n');
    this.lines++;
  }

  /** Rewrites the journal without superseded lines once it has grown well past the live entries. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.lines <= 2 * this.entries.size + 100) return;
    const tmp = `${this.journalPath}.tmp`;
    const body = [...this.entries.values()].map((e) => JSON.stringify({ ...e, settings: this.settings })).join('\n');
    writeFileSync(tmp, body ? body + '\n' : '', { mode: 0o600 });
    renameSync(tmp, this.journalPath);
  }
}
