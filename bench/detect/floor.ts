// The engine's floor: the prefilter's pass alone over a file (one table load per character, the
// events written, nothing recognised), in a process of its own — a second prefilter in the
// engine's process would cost the engine's pass V8's specialisation (prefilter.ts, passOver).
// Every engine run is slower than this: the ratio to ripgrep here bounds what any recogniser work
// on top can reach. Prints "MB/s (CPU MB/s) events" as the median of the runs.
// Usage: npx tsx bench/detect/floor.ts FILE [runs = 5]
import { readFileSync } from 'node:fs';
import { bundledDictionaries } from '../../src/detect/dictionaries.js';
import { buildLexicon } from '../../src/detect/lexicon.js';
import { buildPrefilter } from '../../src/detect/prefilter.js';

const [file, runsArg = '5'] = process.argv.slice(2);
if (!file) throw new Error('usage: floor.ts FILE [runs]');
const text = new TextDecoder().decode(readFileSync(file));
const d = bundledDictionaries();
const prefilter = buildPrefilter(buildLexicon(d.categories, d.context, d.names));
if (!prefilter) throw new Error('the bundled dictionaries have no prefilter');
const WINDOW = 1 << 16; // as scan.ts
const events = new Int32Array(WINDOW + 1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const pass = (s: string): number => {
  let state = prefilter.start;
  let count = 0;
  for (let from = 0; from < s.length; from += WINDOW) {
    const r = prefilter.run(s, from, Math.min(s.length, from + WINDOW), state, events);
    state = r.state;
    count += r.events;
  }
  return count;
};
pass(text.slice(0, 4 << 20)); // JIT warm-up, as the engine runs get
const bytes = Buffer.byteLength(text);
const wall: number[] = [];
const cpus: number[] = [];
let found = 0;
for (let r = 0; r < Math.max(3, Number(runsArg)); r++) {
  const c0 = cpu();
  const t0 = performance.now();
  found = pass(text);
  wall.push(bytes / 1e6 / ((performance.now() - t0) / 1000));
  cpus.push(bytes / 1e6 / (cpu() - c0));
}
console.log(`${median(wall).toFixed(0)} (${median(cpus).toFixed(0)}) ${found}`);
