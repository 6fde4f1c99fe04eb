import { existsSync, mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as f from '../extract/testing/fixtures.js';
import { runScan, type ScanOptions } from './scan.js';

const [pnrA, pnrB] = f.testPersonnummer(2, 7000) as [string, string];
let root: string;

async function scan(o: Partial<ScanOptions> & { paths: string[] }) {
  let out = '';
  const stderr = Object.assign(new (await import('node:stream')).PassThrough(), { isTTY: false });
  const outcome = await runScan({ jobs: 0, cacheDir: join(root, 'cache'), format: 'jsonl', write: (t) => (out += t), stderr, ...o });
  const jsonl = (o.format ?? 'jsonl') === 'jsonl';
  return { ...outcome, out, lines: jsonl ? out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) : [] };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'infovakt-scan-'));
  const tree = join(root, 'tree');
  mkdirSync(join(tree, 'hr', 'arkiv'), { recursive: true });
  const inner = await f.makeDocx(['Utredning', `Personnummer: ${f.dashed(pnrA)}`]);
  const zip = await f.makeZip({ 'inner/file.docx': inner });
  writeFileSync(join(tree, 'mail.eml'), await f.makeEml('Ärende', 'Se bilaga.', [{ filename: 'bilaga.zip', content: zip }]));
  writeFileSync(join(tree, 'hr', 'lista.xlsx'), await f.makeXlsx({ Personal: [['Namn', 'Personnummer'], ['Anna', pnrB]] }));
  writeFileSync(join(tree, 'hr', 'arkiv', 'brev.pdf'), await f.makePdf([`Sjukskrivning, diagnos F32.1. Personnummer ${f.dashed(pnrA)}`]));
  writeFileSync(join(tree, 'hr', 'trasig.docx'), new Uint8Array(64).fill(7));
  writeFileSync(join(tree, 'protokoll.txt'), 'Kommunstyrelsens protokoll. Inga personuppgifter.');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('runScan end to end', () => {
  it('reports nested documents, masked findings and per-file errors in jsonl (2 worker threads)', async () => {
    const r = await scan({ paths: [join(root, 'tree')], jobs: 2, useCache: false });
    const nested = `${join(root, 'tree', 'mail.eml')}!bilaga.zip!inner/file.docx`;
    expect(r.lines).toContainEqual(expect.objectContaining({ kind: 'finding', file: nested, type: 'SE_PERSONNUMMER', masked: expect.stringMatching(/X/), hash: expect.any(String), location: { paragraph: 2, offset: 14 } }));
    expect(r.lines).toContainEqual({ kind: 'document', file: nested, sensitivity: expect.stringMatching(/personal|sensitive|secret/), suggestedK: expect.any(Number), osl: expect.any(Array), error: null });
    expect(r.lines).toContainEqual(expect.objectContaining({ kind: 'finding', file: join(root, 'tree', 'hr', 'lista.xlsx'), location: { sheet: 'Personal', cell: 'B2', offset: 0 } }));
    const broken = r.lines.find((l) => l.kind === 'document' && String(l.file).endsWith('trasig.docx'));
    expect(broken?.error).toMatch(/unrecognised/);
    const pdf = r.lines.find((l) => l.kind === 'document' && String(l.file).endsWith('brev.pdf'));
    expect(pdf?.sensitivity).toBe('secret');
    expect(r.out).not.toContain(pnrA.slice(2, 8));
    expect(r.out).not.toContain(pnrB);
    expect(r.summary.files).toBe(5);
    expect(r.exitCode).toBe(0);
  });

  it('--reveal adds the normalised value; --fail-on sets the exit code', async () => {
    const r = await scan({ paths: [join(root, 'tree', 'hr', 'lista.xlsx')], reveal: true, failOn: 'personal' });
    expect(r.lines).toContainEqual(expect.objectContaining({ type: 'SE_PERSONNUMMER', value: pnrB }));
    expect(r.exitCode).toBe(1);
    const none = await scan({ paths: [join(root, 'tree', 'protokoll.txt')], failOn: 'personal', useCache: false });
    expect(none.exitCode).toBe(0);
  });

  it('table, csv, json and sarif outputs', async () => {
    const paths = [join(root, 'tree', 'hr')];
    const table = await scan({ paths, format: 'table', useCache: false });
    expect(table.out).toMatch(/SE_PERSONNUMMER\s+\w+\s+\S*X/);
    expect(table.out).toMatch(/Documents per sensitivity/);
    let raw = (await scan({ paths, format: 'csv', useCache: false })).out;
    expect(raw.split('\n')[0]).toBe('kind,file,type,confidence,score,location,masked,hash,value,sensitivity,suggestedK,osl,error,count');
    expect(raw).toContain('Personal!B2');
    raw = (await scan({ paths, format: 'sarif', useCache: false })).out;
    const sarif = JSON.parse(raw) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map((x) => x.ruleId)).toContain('SE_PERSONNUMMER');
    raw = (await scan({ paths, format: 'json', useCache: false })).out;
    expect((JSON.parse(raw) as { summary: { files: number } }).summary.files).toBe(3);
  });
});

describe('cache and resume', () => {
  it('a second run skips unchanged files; a touched file is reused by content hash; a changed one is rescanned', async () => {
    const paths = [join(root, 'tree')];
    const cacheDir = join(root, 'cache-rerun');
    const first = await scan({ paths, cacheDir });
    expect(first.summary.cached).toBe(0);
    const second = await scan({ paths, cacheDir });
    expect(second.summary.cached).toBe(5);
    expect(second.lines).toEqual(expect.arrayContaining(first.lines));
    const txt = join(root, 'tree', 'protokoll.txt');
    writeFileSync(txt, readFileSync(txt)); // same content, new mtime
    const third = await scan({ paths, cacheDir });
    expect(third.summary.cached).toBe(5);
    writeFileSync(txt, `Ny text med personnummer ${f.dashed(pnrB)}`);
    const fourth = await scan({ paths, cacheDir });
    expect(fourth.summary.cached).toBe(4);
    expect(fourth.lines).toContainEqual(expect.objectContaining({ file: txt, type: 'SE_PERSONNUMMER' }));
    writeFileSync(txt, 'Kommunstyrelsens protokoll. Inga personuppgifter.');
  });

  it('a register lists the first 10,000 findings of a type and counts the rest', async () => {
    const file = join(root, 'register.csv');
    const rows = Array.from({ length: 10_050 }, (_, i) => `Person ${i};070-${String(1_000_000 + i).slice(1).padStart(7, '1')}`);
    writeFileSync(file, ['namn;telefon', ...rows].join('\n'));
    const r = await scan({ paths: [file], useCache: false });
    const doc = r.lines.find((l) => l.kind === 'document')!;
    expect(r.lines.filter((l) => l.kind === 'finding')).toHaveLength(10_000);
    expect(doc.omitted).toEqual({ SE_PHONE: 50 });
    expect(r.summary.findings).toBe(10_050);
    const table = await scan({ paths: [file], useCache: false, format: 'table' });
    expect(table.out).toMatch(/SE_PHONE\s+… and 50 more, not listed/);
    const fewer = await scan({ paths: [file], useCache: false, maxFindingsPerType: 100 });
    expect(fewer.lines.filter((l) => l.kind === 'finding')).toHaveLength(100);
    expect(fewer.lines.find((l) => l.kind === 'document')!.omitted).toEqual({ SE_PHONE: 9_950 });
    const csv = (await scan({ paths: [file], useCache: false, format: 'csv' })).out;
    expect(csv).toContain(`omitted,${file},SE_PHONE,,,,,,,,,,,50`);
    const sarif = JSON.parse((await scan({ paths: [file], useCache: false, format: 'sarif' })).out);
    expect(sarif.runs[0].results.filter((x: { properties: { omitted?: number } }) => x.properties.omitted === 50)).toHaveLength(1);
  });

  it('--no-cache writes nothing to disk; it still uses the key of an existing cache', async () => {
    const paths = [join(root, 'tree', 'hr', 'lista.xlsx')];
    const fresh = join(root, 'cache-never');
    const hashes = async (cacheDir: string) => (await scan({ paths, cacheDir, useCache: false })).lines.filter((l) => l.kind === 'finding').map((l) => l.hash);
    expect((await hashes(fresh)).length).toBeGreaterThan(0);
    expect(existsSync(fresh)).toBe(false);
    const kept = join(root, 'cache-kept');
    const cached = (await scan({ paths, cacheDir: kept })).lines.filter((l) => l.kind === 'finding').map((l) => l.hash);
    expect(await hashes(kept)).toEqual(cached);
  });

  it('an interrupted scan resumes from its journal, even with a cut-off last line', async () => {
    const dir = join(root, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `f${String(i).padStart(2, '0')}.txt`), `Rad ${i}\nPersonnummer ${f.dashed(pnrA)}\n`);
    const cacheDir = join(root, 'cache-resume');
    const partial = await scan({ paths: [dir], cacheDir, stopAfter: 12 });
    expect(partial.summary.files).toBe(12);
    writeFileSync(join(cacheDir, 'journal.jsonl'), '{"path":"/cut', { flag: 'a' }); // a kill mid-write
    const resumed = await scan({ paths: [dir], cacheDir });
    expect(resumed.summary.files).toBe(30);
    expect(resumed.summary.cached).toBe(12);
    expect(readFileSync(join(cacheDir, 'journal.jsonl'), 'utf8')).not.toContain(pnrA.slice(2));
  });
});
