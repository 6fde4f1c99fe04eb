// Behaviour guard for performance work: a digest of every finding (all fields, raw values revealed)
// on the bench corpora and the eval corpus, at each confidence threshold. An optimisation must not
// change the printed digests. Usage: npx tsx bench/detect/golden.ts [MB per bench corpus = 5]
import { createHash } from 'node:crypto';
import { generateCorpus } from '../../src/detect/eval/corpus.js';
import { loadTestNumbers } from '../../src/detect/eval/load-test-numbers.js';
import { createDetector } from '../../src/detect/index.js';
import { digitCsv, prose } from './corpus.js';

const MB = Number(process.argv[2] ?? 5);
const now = new Date('2026-11-15');
const evalDocs = generateCorpus({ documents: 2000, seed: 42, now, ...loadTestNumbers() }).map((d) => d.text);
const corpora: [string, string[]][] = [
  ['prose', [prose(MB * 1e6)]],
  ['digit CSV', [digitCsv(MB * 1e6)]],
  ['eval', evalDocs],
];

for (const minConfidence of ['low', 'medium', 'high'] as const) {
  for (const reveal of [true, false]) {
    const detector = createDetector({ hashKey: 'golden', minConfidence, reveal, now });
    for (const [name, texts] of corpora) {
      const h = createHash('sha256');
      let count = 0;
      for (const text of texts) {
        const findings = detector.detect(text, { offset: 7 });
        count += findings.length;
        h.update(JSON.stringify(findings));
        h.update('\n');
      }
      console.log(`${minConfidence.padEnd(6)} reveal=${String(reveal).padEnd(5)} ${name.padEnd(9)} ${String(count).padStart(8)} ${h.digest('hex').slice(0, 16)}`);
    }
  }
}
