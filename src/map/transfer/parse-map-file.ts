import type { MapSnapshot } from '../model.js';
import { jsonToSnapshot } from './json.js';
import type { ImportResult } from './problems.js';
import { xlsxToSnapshot } from './xlsx-import.js';

/** A map file by its content: xlsx (a zip, "PK") or JSON; the name is only a hint. */
export async function parseMapFile(filename: string, bytes: Uint8Array): Promise<ImportResult<MapSnapshot>> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip || /\.xlsx$/i.test(filename)) return xlsxToSnapshot(bytes);
  return jsonToSnapshot(bytes);
}
