// One engine configuration over one file, in a process of its own: run.ts starts one per
// configuration, as `infovakt scan`'s worker runs one. (Two configurations in one process make
// V8 specialise less — the CSV as scanned ran ~15 % slower next to the every-finding detector —
// and a second prefilter would cost the pass its closure specialisation, prefilter.ts passOver.)
//   every:   1 MiB documents, every finding built with masked value and keyed hash;
//   scanner: the whole file as one document, ≤ MAX_FINDINGS_PER_TYPE listed per type, the rest
//            recognised, validated, scored and counted (as `infovakt scan` reads a text file);
//   floor:   the prefilter's pass alone (the events written, nothing recognised): every engine run
//            is slower, so its ratio to ripgrep bounds what recognition on top can reach.
// Prints one JSON line: MB/s per run by wall clock and CPU time, findings listed and counted.
// Usage: npx tsx bench/detect/engine-run.ts FILE every|scanner|floor [runs = 5] [minConfidence = medium]
import { readFileSync } from 'node:fs';
import { bundledDictionaries } from '../../src/detect/dictionaries.js';
import { createDetector } from '../../src/detect/index.js';
import { buildLexicon } from '../../src/detect/lexicon.js';
import { buildPrefilter } from '../../src/detect/prefilter.js';
import { MAX_FINDINGS_PER_TYPE } from '../../src/scan/analyse.js';

const [file, mode, runsArg = '5', minConfidence = 'medium'] = process.argv.slice(2);
if (!file || !['every', 'scanner', 'floor'].includes(mode ?? '')) throw new Error('usage: engine-run.ts FILE every|scanner|floor [runs] [minConfidence]');
const CHUNK = 1 << 20;
const bytes = readFileSync(file);

/** The file as the scanner hands it over, each document decoded into its own flat string: whole, or cut at a line end after ~1 MiB. */
function documents(chunk: number): string[] {
  const decoder = new TextDecoder();
  const docs: string[] = [];
  for (let off = 0; off < bytes.length; ) {
    let end = Math.min(bytes.length, off + chunk);
    const nl = bytes.indexOf(10, end);
    if (nl > 0 && nl - end < 4096) end = nl + 1;
    docs.push(decoder.decode(bytes.subarray(off, end)));
    off = end;
  }
  return docs;
}

/** Runs the configuration over documents; returns [findings listed, counted past the limit]. */
function engine(): (docs: string[]) => [number, number] {
  if (mode === 'floor') {
    const d = bundledDictionaries();
    const prefilter = buildPrefilter(buildLexicon(d.categories, d.context, d.names));
    if (!prefilter) throw new Error('the bundled dictionaries have no prefilter');
    const WINDOW = 1 << 16; // as scan.ts
    const events = new Int32Array(WINDOW + 1);
    return (docs) => {
      let count = 0;
      for (const s of docs) {
        let state = prefilter.start;
        for (let from = 0; from < s.length; from += WINDOW) {
          const r = prefilter.run(s, from, Math.min(s.length, from + WINDOW), state, events);
          state = r.state;
          count += r.events;
        }
      }
      return [count, 0];
    };
  }
  const detector = createDetector({
    hashKey: 'bench',
    minConfidence: minConfidence as 'low' | 'medium' | 'high',
    maxFindingsPerType: mode === 'every' ? Infinity : MAX_FINDINGS_PER_TYPE,
  });
  return (docs) => {
    let listed = 0;
    let counted = 0;
    for (const doc of docs) {
      const r = detector.detectAll(doc);
      listed += r.findings.length;
      for (const n of Object.values(r.omitted)) counted += n ?? 0;
    }
    return [listed, counted];
  };
}

const docs = documents(mode === 'every' ? CHUNK : Infinity);
const run = engine();
// Warm-up (not timed): at least 100 MB of the same documents, as a worker has seen early in a long
// scan. V8 settles late here: the prefilter's pass ran ~420 MB/s over its first ~100 MB and ~545
// after (prose; each 64 Ki-character window is one call, and the loop first runs as compiled on
// the stack), so a 4 MB warm-up measured start-up, not the steady state.
for (let seen = 0; seen < 100e6; seen += bytes.length) run(docs);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const wall: number[] = [];
const cpus: number[] = [];
let found: [number, number] = [0, 0];
for (let r = 0; r < Math.max(1, Number(runsArg)); r++) {
  const c0 = cpu();
  const t0 = performance.now();
  found = run(docs);
  wall.push(bytes.length / 1e6 / ((performance.now() - t0) / 1000));
  cpus.push(bytes.length / 1e6 / (cpu() - c0));
}
console.log(JSON.stringify({ wall, cpu: cpus, listed: found[0], counted: found[1] }));
