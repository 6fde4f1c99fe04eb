import { scanText } from '/work/main/src/detect/scan.js';
import { buildLexicon } from '/work/main/src/detect/lexicon.js';
import { bundledDictionaries } from '/work/main/src/detect/dictionaries.js';
import { createDetector } from '/work/main/src/detect/index.js';
import { digitCsv, prose } from '/work/main/bench/detect/corpus.js';
const which = process.argv[2];
const text = which === 'csv' ? digitCsv(10e6) : prose(10e6);
const d = bundledDictionaries();
const lex = buildLexicon(d.categories, d.context, d.names);
const det = createDetector({ hashKey: 'x' });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const CH = 1 << 20;
for (let r = 0; r < 3; r++) {
  let c0 = cpu(); let n = 0;
  for (let off = 0; off < text.length; off += CH) n += scanText(text.slice(off, off + CH), lex, new Date()).candidates.length;
  const scanMB = 10 / (cpu() - c0);
  c0 = cpu(); let f = 0;
  for (let off = 0; off < text.length; off += CH) f += det.detect(text.slice(off, off + CH)).length;
  console.log(`scan only ${scanMB.toFixed(0)} MB/s CPU (${n} cands); full ${(10 / (cpu() - c0)).toFixed(0)} MB/s CPU (${f})`);
}
