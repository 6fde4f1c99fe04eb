// Files written by LibreOffice 7.4 (test/fixtures/libreoffice, made by its make.ts): real layout
// with styles, spans, line breaks, lists, tables, repeated spreadsheet columns and text boxes —
// and the same letter as odt, Writer/Web odt, docx, rtf and pdf must read the same.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../detect/index.js';
import { extractDocuments, type ExtractedDocument } from './index.js';

const dir = new URL('../../test/fixtures/libreoffice/', import.meta.url);
async function one(name: string): Promise<ExtractedDocument> {
  const docs: ExtractedDocument[] = [];
  for await (const d of extractDocuments(name, readFileSync(new URL(name, dir)))) docs.push(d);
  expect(docs, name).toHaveLength(1);
  expect(docs[0]!.error, name).toBeNull();
  return docs[0]!;
}
const detector = createDetector({ hashKey: 'k', reveal: true });
const values = (d: ExtractedDocument) => detector.detect(d.segments.map((s) => s.text).join('\n')).map((f) => `${f.type}:${f.value}`);

const LETTER = [
  'Beslut om ekonomiskt bistånd',
  'Sökande: Anna Andersson, personnummer 18900411-9807.',
  'Handläggaren noterade flera mellanslag och en\nradbrytning. Sjukskrivning pågår.',
  'Namn', 'Personnummer', 'Bertil Berg', '18900412-9814',
  'Orosanmälan mottagen', 'Telefon 070-123 45 67',
];
const LETTER_FINDINGS = ['SE_PERSONNUMMER:189004119807', 'HEALTH:sjukskrivning*', 'SE_PERSONNUMMER:189004129814', 'SOCIAL_SERVICES:orosanmälan', 'SE_PHONE:+46701234567'];

describe('documents written by LibreOffice', () => {
  it.each(['lo-brev.odt', 'lo-brev-web.odt', 'lo-brev.docx'])('%s: one segment per paragraph, spans joined, line break kept', async (name) => {
    const d = await one(name);
    expect(d.format).toBe(name.endsWith('.docx') ? 'docx' : 'odt');
    // LibreOffice's docx puts the list's tab stops into the text.
    expect(d.segments.map((s) => s.text.replace(/^\t+/, ''))).toEqual(LETTER);
    expect(d.segments.map((s) => s.location.paragraph)).toEqual(LETTER.map((_, i) => i + 1));
    expect(values(d)).toEqual(expect.arrayContaining(LETTER_FINDINGS));
  });
  it('lo-brev.pdf: the text layer of its one page', async () => {
    const d = await one('lo-brev.pdf');
    expect(d.segments).toHaveLength(1);
    expect(d.segments[0]!.location.page).toBe(1);
    expect(d.segments[0]!.text).toContain('Bertil Berg 18900412-9814');
    expect(values(d)).toEqual(expect.arrayContaining(LETTER_FINDINGS));
  });
  it('lo-brev.rtf: the letter as lines, table cells separated by tabs', async () => {
    const d = await one('lo-brev.rtf');
    expect(d.format).toBe('rtf');
    expect(d.segments[0]!.text.split('\n')).toEqual(expect.arrayContaining(['Beslut om ekonomiskt bistånd', 'Bertil Berg\t18900412-9814\t', '•\tOrosanmälan mottagen']));
    expect(values(d)).toEqual(expect.arrayContaining(LETTER_FINDINGS));
  });
  it('lo-lista.ods: cells by address across repeated empty columns and sheets; formulas by value', async () => {
    const d = await one('lo-lista.ods');
    expect(d.segments.map((s) => [s.location.sheet, s.location.cell, s.text])).toEqual([
      ['Lista', 'A1', 'Namn'], ['Lista', 'B1', 'Personnummer'], ['Lista', 'E1', 'Anteckning'],
      ['Lista', 'A2', 'Cecilia Ceder'], ['Lista', 'B2', '18900413-9805'], ['Lista', 'E2', 'LSS-insats'],
      ['Lista', 'A3', 'Summa'], ['Lista', 'B3', '2'],
      ['Bidrag', 'C5', 'Pnr 18900411-9807'],
    ]);
    expect(values(d)).toEqual(expect.arrayContaining(['SE_PERSONNUMMER:189004139805', 'SE_PERSONNUMMER:189004119807']));
  });
  it.each(['lo-bilder.odp', 'lo-bilder.pptx'])('%s: text boxes by slide', async (name) => {
    const d = await one(name);
    expect(d.segments.map((s) => [s.location.slide, s.text])).toEqual([
      [1, 'Ärendegenomgång'], [2, 'Klient med personnummer 18900412-9814'], [2, 'Placering enligt LVU'],
    ]);
    expect(values(d)).toEqual(expect.arrayContaining(['SE_PERSONNUMMER:189004129814', 'SOCIAL_SERVICES:LVU']));
  });
});
