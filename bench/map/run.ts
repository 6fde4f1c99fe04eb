// Benchmark of the information map's read paths on a large municipality (40 departments, 10,000
// assets, full history): the asset list API (paged, filtered, searched), the asset detail, and the
// list page in the browser. Baseline in the same run: GET /healthz (HTTP + one SELECT 1).
//   npm run bench -- map        (uses PostgreSQL at BENCH_DATABASE_URL or 127.0.0.1:5432)
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createApp } from '../../src/app.js';
import { ensureAdmin } from '../../src/kernel/auth/accounts.js';
import { loadConfig } from '../../src/kernel/config.js';
import { SESSION_SETTINGS } from '../../src/kernel/db/database.js';
import { migrate } from '../../src/kernel/db/migrate.js';
import { ApiClient } from '../../test/helpers/client.js';
import { fmt, median, percentile, timed } from '../stats.js';
import { generateMunicipality } from './generate.js';
import { browserListLoad } from './browser.js';

const ADMIN = 'Benchmark-lösenord-2026';
const N = Number(process.env.BENCH_REQUESTS ?? 300);

async function measure(label: string, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await fn(i); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < N; i++) samples.push((await timed(() => fn(i)))[0]);
  return { label, p50: median(samples), p95: percentile(samples, 95) };
}

async function main() {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `infovakt_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 10, options: SESSION_SETTINGS });
  try {
    await migrate(pool);
    const [genMs] = await timed(() => generateMunicipality(pool));
    console.log(`Generated 40 departments, 10,000 assets, 30,000 versions in ${fmt(genMs)}`);
    await ensureAdmin(pool, ADMIN);
    const config = { ...loadConfig({ INFOVAKT_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv), databaseUrl: url.toString() };
    const app = await createApp({ db: pool, config }, { logger: false });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const api = await ApiClient.login(base, 'admin', ADMIN);
    const deps = (await api.get('/api/departments')).body.items as { id: string }[];
    const ids = (await api.get('/api/assets?pageSize=200')).body.items.map((a: { id: string }) => a.id) as string[];
    const words = ['protokoll', 'bygglov', 'journal', 'avtal', 'utredning', 'karta', 'intyg', 'beslut'];

    const ok = async (path: string) => {
      const r = await api.get(path);
      if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
    };
    const rows = [
      await measure('baseline: GET /healthz', () => fetch(`${base}/healthz`).then((r) => r.text())),
      await measure('list, page n of 400 (25 per page, by name)', (i) => ok(`/api/assets?page=${1 + (i % 400)}&sort=name`)),
      await measure('list, filtered (department + K ≥ 3)', (i) => ok(`/api/assets?departmentId=${deps[i % deps.length]!.id}&minK=3`)),
      await measure('list, full-text search (Swedish)', (i) => ok(`/api/assets?q=${encodeURIComponent(words[i % words.length]!)}`)),
      await measure('asset detail', (i) => ok(`/api/assets/${ids[i % ids.length]}`)),
      await measure('asset history (3 versions, diffs)', (i) => ok(`/api/assets/${ids[i % ids.length]}/history`)),
    ];
    const baseline = rows[0]!;
    console.log(`\n| request (${N} each, after 20 warm-up) | p50 | p95 | p95 / baseline p95 |\n|---|---|---|---|`);
    for (const r of rows) console.log(`| ${r.label} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${(r.p95 / baseline.p95).toFixed(1)}× |`);

    const browser = await browserListLoad(base, 'admin', ADMIN).catch((e: Error) => ({ error: e.message }));
    if ('error' in browser) console.log(`\nbrowser: skipped (${browser.error})`);
    else console.log(`\nBrowser (chromium, ${browser.runs} cold loads): list page with first 25 rows visible — median ${fmt(browser.median)}, max ${fmt(browser.max)}; baseline (new page, tiny document) median ${fmt(browser.baseline)}`);
    await app.close();
  } finally {
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
