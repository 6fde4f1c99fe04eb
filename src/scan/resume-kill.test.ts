import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, expect, it } from 'vitest';
import * as f from '../extract/testing/fixtures.js';
import { runScan } from './scan.js';

const root = mkdtempSync(join(tmpdir(), 'infovakt-kill-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function journalLines(cacheDir: string): number {
  const file = join(cacheDir, 'journal.jsonl');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').length - 1 : 0;
}

it('a CLI scan killed with SIGKILL mid-way resumes where it stopped', async () => {
  const dir = join(root, 'files');
  mkdirSync(dir);
  const [pnr] = f.testPersonnummer(1, 9000) as [string];
  for (let i = 0; i < 400; i++) writeFileSync(join(dir, `f${String(i).padStart(3, '0')}.txt`), `Anteckning ${i}. Personnummer ${f.dashed(pnr)}\n`);
  const cacheDir = join(root, 'cache');
  const child = spawn(process.execPath, [resolve('bin/infovakt.js'), 'scan', dir, '--jobs', '1', '--cache', cacheDir, '--format', 'jsonl'], { stdio: 'ignore' });
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  let atKill = 0;
  for (let waited = 0; waited < 60_000 && atKill < 5; waited += 20) {
    await new Promise((r) => setTimeout(r, 20));
    atKill = journalLines(cacheDir);
  }
  child.kill('SIGKILL');
  await exited;
  const done = journalLines(cacheDir);
  expect(done).toBeGreaterThanOrEqual(5);
  expect(done).toBeLessThan(400);
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  const resumed = await runScan({ paths: [dir], jobs: 0, cacheDir, format: 'jsonl', write: () => {}, stderr });
  expect(resumed.summary.files).toBe(400);
  expect(resumed.summary.cached).toBeGreaterThanOrEqual(done);
  expect(resumed.summary.bySensitivity.none).toBe(0);
}, 120_000);
