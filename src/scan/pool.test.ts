import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { WorkerPool } from './pool.js';
import { workerEntry } from './worker-entry.js';

const root = mkdtempSync(join(tmpdir(), 'infovakt-pool-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('a file that hangs its worker gets an error; the worker is replaced and the next file works', async () => {
  const fifo = join(root, 'hangs.fifo');
  execFileSync('mkfifo', [fifo]); // reading a FIFO with no writer blocks forever
  const ok = join(root, 'ok.txt');
  writeFileSync(ok, 'Inga personuppgifter här.');
  const pool = new WorkerPool({ size: 1, hardTimeoutMs: 8_000, maxHeapMb: 512 });
  const options = { hashKey: 'test', minConfidence: 'medium' as const, reveal: false };
  try {
    // Warm the worker first so the timeout measures the hang, not start-up.
    expect((await pool.run({ id: 0, path: ok, options })).ok).toBe(true);
    const hung = await pool.run({ id: 1, path: fifo, options });
    expect(hung).toEqual({ id: 1, ok: false, error: expect.stringMatching(/worker terminated/) });
    const next = await pool.run({ id: 2, path: ok, options });
    expect(next.ok && next.documents[0]!.sensitivity).toBe('none');
  } finally {
    await pool.close();
  }
}, 60_000);

it('workers run a bundle of the TypeScript sources, not tsx', () => {
  const entry = workerEntry();
  expect(entry.pathname).toMatch(/node_modules\/\.cache\/infovakt\/scan-worker-[0-9a-f]{16}\.mjs$/);
  const code = readFileSync(entry, 'utf8');
  expect(code).toContain('parentPort');
  expect(code).not.toMatch(/from ["']tsx/);
});

it('grows to more workers on request (never shrinks), and every queued file is answered', async () => {
  const files = Array.from({ length: 6 }, (_, i) => {
    const path = join(root, `grow-${i}.txt`);
    writeFileSync(path, `Personnummer 811218-9876, rad ${i}`);
    return path;
  });
  const pool = new WorkerPool({ size: 1, hardTimeoutMs: 30_000, maxHeapMb: 512 });
  const options = { hashKey: 'test', minConfidence: 'medium' as const, reveal: false };
  try {
    expect([pool.size, pool.capacity]).toEqual([1, 3]);
    const pending = files.map((path, id) => pool.run({ id, path, options }));
    pool.grow(3);
    pool.grow(2);
    expect([pool.size, pool.capacity]).toEqual([3, 9]);
    const replies = await Promise.all(pending);
    expect(replies.map((r) => r.ok && r.documents[0]!.sensitivity)).toEqual(Array(6).fill('personal'));
  } finally {
    await pool.close();
  }
}, 60_000);
