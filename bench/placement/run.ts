// Placement benchmark: 10,000 assets × 500 services, 20,000 placements (seeded).
// Run: npx tsx bench/placement/run.ts [--runs 5] [--seed 42]
// Every timed run starts cold: the rule sets are re-validated and re-compiled from fresh copies
// and the evaluators (fact preparation, profile caches) are rebuilt.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { compileRuleSet } from '../../src/placement/compile.js';
import { createEvaluator, evaluatePrepared, prepareAsset, prepareService } from '../../src/placement/evaluate.js';
import { evaluateAll } from '../../src/placement/operations.js';
import { loadShippedRuleSet } from '../../src/placement/shipped.js';
import { whatIf } from '../../src/placement/whatif.js';
import { generateAssets, generatePlacements, generateServices, rng } from './generate.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg('runs', 5);
const SEED = arg('seed', 42);
const N_ASSETS = 10_000;
const N_SERVICES = 500;
const N_PLACEMENTS = 20_000;

const loadBefore = loadavg().map((x) => x.toFixed(1)).join(' ');
const random = rng(SEED);
const assets = generateAssets(N_ASSETS, random);
const services = generateServices(N_SERVICES, random);
const placements = generatePlacements(N_PLACEMENTS, assets, services, random);
const fresh = (id: 'cautious' | 'balanced') => structuredClone(loadShippedRuleSet(id));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall time is what the user waits; CPU time shows how much of it was other load on a shared machine. */
function time<T>(label: string, fn: () => T): { label: string; ms: number; cpu: number; last: T } {
  const samples: number[] = [];
  const cpus: number[] = [];
  let last!: T;
  fn(); // warm-up (JIT), not counted
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    last = fn();
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { label, ms: median(samples), cpu: median(cpus), last };
}

const rows: { label: string; ms: number; cpu: number; note: string }[] = [];

const violations = time('re-evaluate placements (violations), cautious', () => evaluateAll(assets, services, placements, fresh('cautious')));
rows.push({ ...violations, note: `${violations.last.violations.length} violations, counts ${JSON.stringify(violations.last.counts)}` });

const wiPlaced = time('what-if cautious → balanced, placements', () => whatIf(assets, services, fresh('cautious'), fresh('balanced'), { placements }));
rows.push({ ...wiPlaced, note: `${wiPlaced.last.pairsCompared} pairs, ${wiPlaced.last.verdictChanges} verdict changes` });

const wiAll = time('what-if cautious → balanced, all pairs, grouped', () => whatIf(assets, services, fresh('cautious'), fresh('balanced')));
const sets = wiAll.last.groups.reduce((n, g) => n + g.sets.length, 0);
rows.push({ ...wiAll, note: `${wiAll.last.pairsCompared} pairs: ${wiAll.last.verdictChanges} verdict + ${wiAll.last.conditionOnlyChanges} condition-only changes, ${wiAll.last.groups.length} groups, ${sets} change sets` });

const wiRows = time('what-if all pairs, expanded to one row per change', () => {
  const r = whatIf(assets, services, fresh('cautious'), fresh('balanced'));
  return r.groups.reduce((n, g) => n + g.changes.length, 0);
});
rows.push({ ...wiRows, note: `${wiRows.last} rows (verdict and condition-only changes)` });

const wiCounts = time('what-if cautious → balanced, all pairs, counts only', () =>
  whatIf(assets, services, fresh('cautious'), fresh('balanced'), { listChanges: false }));
rows.push({ ...wiCounts, note: JSON.stringify(wiCounts.last.transitions) });

// Without the profile cache: every placement evaluated through the compiled closures (results are
// still shared by signature, as in the product).
const raw = time('placements, every pair evaluated (no profile cache)', () => {
  const compiled = compileRuleSet(fresh('cautious'));
  const pa = new Map(assets.map((a) => [a.id, prepareAsset(compiled, a)]));
  const ps = new Map(services.map((s) => [s.id, prepareService(s)]));
  let notAllowed = 0;
  for (const p of placements) if (evaluatePrepared(compiled, pa.get(p.assetId)!, ps.get(p.serviceId)!).verdict === 'not_allowed') notAllowed++;
  return notAllowed;
});
rows.push({ ...raw, note: `${((raw.ms * 1e6) / N_PLACEMENTS).toFixed(0)} ns per pair incl. preparation` });

const stats = createEvaluator(fresh('cautious'), assets, services).stats();
console.log(`placement benchmark: ${N_ASSETS} assets × ${N_SERVICES} services, ${N_PLACEMENTS} placements, seed ${SEED}, median of ${RUNS} runs`);
console.log(`distinct fact profiles: ${stats.assetProfiles} assets, ${stats.serviceProfiles} services; Node ${process.version}\n`);
const w = Math.max(...rows.map((r) => r.label.length));
console.log(`load average before: ${loadBefore}, after: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores\n`);
console.log(`${'task'.padEnd(w)} | wall ms (median) | cpu ms (median) | result`);
console.log(`${'-'.repeat(w)} | ---------------- | --------------- | ------`);
for (const r of rows) console.log(`${r.label.padEnd(w)} | ${r.ms.toFixed(1).padStart(16)} | ${r.cpu.toFixed(1).padStart(15)} | ${r.note}`);
const slow = rows.slice(0, 5).filter((r) => r.ms >= 1000);
console.log(slow.length ? `\nOVER TARGET (1 s): ${slow.map((r) => r.label).join('; ')}` : '\nall under the 1 s target');
