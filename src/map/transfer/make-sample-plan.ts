// Writes the committed sample plan that users can try in the import dialog:
//   npx tsx src/map/transfer/make-sample-plan.ts [output.xlsx]
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { buildSamplePlan } from './records-plan/sample-plan.js';

const output = resolve(process.argv[2] ?? 'test/fixtures/transfer/dokumenthanteringsplan-exempel.xlsx');
await mkdir(dirname(output), { recursive: true });
await buildSamplePlan().xlsx.writeFile(output);
console.log(`Skrev ${output}`);
