// Skatteverket's test personal identity numbers (Node only: eval and tests, never the core).
import { existsSync, readFileSync } from 'node:fs';
import { sharedData } from '../../../test/shared-data.js';

const DIR = process.env.INFOVAKT_TESTDATA ?? sharedData('skatteverket');

function read(file: string): string[] {
  const p = `${DIR}/${file}`;
  if (!existsSync(p)) return [];
  return readFileSync(p, 'utf8').split('\n').map((l) => l.trim()).filter((l) => /^\d{12}$/.test(l));
}

export function loadTestNumbers(): { personnummer: string[]; samordningsnummer: string[] } {
  return { personnummer: read('test-personnummer.txt'), samordningsnummer: read('test-samordningsnummer.txt') };
}
