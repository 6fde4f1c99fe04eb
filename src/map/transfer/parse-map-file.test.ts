import { describe, expect, it } from 'vitest';
import { snapshotToJson } from './json.js';
import { parseMapFile } from './parse-map-file.js';
import { sampleSnapshot } from './sample-snapshot.js';
import { snapshotToXlsx } from './xlsx-export.js';

describe('parseMapFile', () => {
  it('recognises xlsx by content and JSON otherwise, whatever the file is called', async () => {
    const snapshot = sampleSnapshot();
    expect(await parseMapFile('karta.json', await snapshotToXlsx(snapshot))).toEqual({ ok: true, snapshot });
    expect(await parseMapFile('karta.bin', Buffer.from(snapshotToJson(snapshot)))).toEqual({ ok: true, snapshot });
  });

  it('reports a JSON file named .xlsx as a broken workbook', async () => {
    const result = await parseMapFile('karta.xlsx', Buffer.from(snapshotToJson(sampleSnapshot())));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain('inte en zip-fil');
  });
});
