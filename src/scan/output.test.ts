// The table report: columns as wide as the document's contents, two spaces apart, and a category
// finding shown by its term (its masked form repeats the type).
import { describe, expect, it } from 'vitest';
import { createOutput } from './output.js';
import { emptySummary } from './summary.js';
import type { DocumentResult } from './types.js';

const doc: DocumentResult = {
  file: 'brev.docx',
  format: 'docx',
  size: 1000,
  sensitivity: 'secret',
  suggestedK: 3,
  osl: ['25:1'],
  error: null,
  findings: [
    { type: 'HEALTH', confidence: 'high', score: 0.85, location: { paragraph: 3, offset: 4 }, masked: 'HEALTH:sjukskrivning*', hash: 'h1' },
    { type: 'SE_PERSONNUMMER', confidence: 'medium', score: 0.65, location: { paragraph: 2, offset: 0 }, masked: '19XXXXXX-XX76', hash: 'h2' },
  ],
  omitted: { SE_PHONE: 12 },
};

describe('table report', () => {
  it('aligns the columns to the contents and shows a category finding by its term', () => {
    let out = '';
    const writer = createOutput('table', (t) => (out += t));
    writer.document(doc);
    writer.end(emptySummary());
    const lines = out.split('\n');
    expect(lines[0]).toBe('secret    K3 OSL 25:1  brev.docx');
    expect(lines[1]).toBe('    HEALTH           high    sjukskrivning*  paragraph 3');
    expect(lines[2]).toBe('    SE_PERSONNUMMER  medium  19XXXXXX-XX76   paragraph 2');
    expect(lines[3]).toBe('    SE_PHONE         … and 12 more, not listed');
  });
});
