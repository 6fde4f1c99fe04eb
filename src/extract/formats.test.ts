import { describe, expect, it } from 'vitest';
import { extractDocuments, type ExtractedDocument } from './index.js';
import * as f from './testing/fixtures.js';
import { makeMsg } from './testing/msg-fixture.js';

const [pnrA, pnrB] = f.testPersonnummer(2, 5000) as [string, string];

async function all(name: string, bytes: Uint8Array): Promise<ExtractedDocument[]> {
  const docs: ExtractedDocument[] = [];
  for await (const d of extractDocuments(name, bytes)) docs.push(d);
  return docs;
}

async function one(name: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const docs = await all(name, bytes);
  expect(docs).toHaveLength(1);
  expect(docs[0]!.error).toBeNull();
  return docs[0]!;
}

const text = (d: ExtractedDocument) => d.segments.map((s) => s.text).join('\n');

describe('extractDocuments on files from real writers', () => {
  it('docx (docx package): body paragraphs and header with locations', async () => {
    const d = await one('a.docx', await f.makeDocx(['Beslut', `Personnummer: ${f.dashed(pnrA)}`], 'Sekretess enligt OSL'));
    expect(d.format).toBe('docx');
    expect(d.segments).toContainEqual({ text: `Personnummer: ${f.dashed(pnrA)}`, location: { paragraph: 2 } });
    expect(d.segments).toContainEqual({ text: 'Sekretess enligt OSL', location: { part: 'header1', paragraph: 1 } });
  });

  it('xlsx (exceljs): shared strings and numbers with sheet and cell', async () => {
    const d = await one('l.xlsx', await f.makeXlsx({ Elever: [['Namn', 'Pnr'], ['Åsa', Number(pnrB)]] }));
    expect(d.format).toBe('xlsx');
    expect(d.segments).toContainEqual({ text: 'Åsa', location: { sheet: 'Elever', cell: 'A2' } });
    expect(d.segments).toContainEqual({ text: pnrB, location: { sheet: 'Elever', cell: 'B2' } });
  });

  it('pdf (pdfkit): text layer per page', async () => {
    const d = await one('p.pdf', await f.makePdf(['Första sidan', `Andra sidan ${pnrA}`]));
    expect(d.format).toBe('pdf');
    expect(d.segments.map((s) => s.location.page)).toEqual([1, 2]);
    expect(d.segments[1]!.text).toContain(pnrA);
  });

  it('pptx: slides in numeric order', async () => {
    const slides = Array.from({ length: 11 }, (_, i) => `Bild ${i + 1}`);
    const d = await one('s.pptx', await f.makePptx(slides));
    expect(d.segments.map((s) => s.location.slide)).toEqual(slides.map((_, i) => i + 1));
    expect(d.segments[10]!.text).toBe('Bild 11');
  });

  it('odt, ods and odp', async () => {
    const odt = await one('t.odt', await f.makeOdf('odt', `<office:text><text:h>Rubrik</text:h><text:p>Pnr<text:tab/>${pnrA}</text:p></office:text>`));
    expect(odt.segments).toEqual([{ text: 'Rubrik', location: { paragraph: 1 } }, { text: `Pnr\t${pnrA}`, location: { paragraph: 2 } }]);
    const ods = await one('s.ods', await f.makeOdf('ods', '<office:spreadsheet><table:table table:name="Blad1">'
      + '<table:table-row><table:table-cell><text:p>Namn</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1000"/>'
      + '<table:table-cell><text:p>sist</text:p></table:table-cell></table:table-row>'
      + '<table:table-row table:number-rows-repeated="1000000"><table:table-cell/></table:table-row>'
      + `<table:table-row><table:table-cell table:number-columns-repeated="2"><text:p>${pnrB}</text:p></table:table-cell></table:table-row>`
      + '</table:table></office:spreadsheet>'));
    expect(ods.segments).toEqual([
      { text: 'Namn', location: { sheet: 'Blad1', cell: 'A1' } },
      { text: 'sist', location: { sheet: 'Blad1', cell: 'ALN1' } },
      { text: pnrB, location: { sheet: 'Blad1', cell: 'A1000002' } },
    ]);
    const odp = await one('p.odp', await f.makeOdf('odp', '<office:presentation><draw:page><text:p>Ett</text:p></draw:page><draw:page><text:p>Två</text:p></draw:page></office:presentation>'));
    expect(odp.segments.map((s) => [s.location.slide, s.text])).toEqual([[1, 'Ett'], [2, 'Två']]);
  });

  it('txt in Windows-1252, csv, html and rtf', async () => {
    const latin1 = Uint8Array.from([...'Bjö'].map((c) => c.charCodeAt(0)).concat([0x0a, 0x72, 0xe5]));
    expect(text(await one('gammal.txt', latin1))).toBe('Bjö\nrå');
    const csv = await one('l.csv', new TextEncoder().encode(`namn;pnr\nAnna;${pnrA}\n`));
    expect(csv.format).toBe('csv');
    expect(csv.segments[0]!.location).toEqual({ line: 1 });
    const html = await one('s.html', new TextEncoder().encode(`<!doctype html><html><head><title>Titel</title><style>p{}</style></head><body><p>Hej&nbsp;d&aring;</p><script>var x=1</script><p>${pnrA}</p></body></html>`));
    expect(text(html)).toMatch(/Titel[\s\S]*Hej då[\s\S]*\d{12}/);
    expect(text(html)).not.toContain('var x');
    const rtf = await one('r.rtf', f.makeRtf(['Första', `Andra ${pnrA}`]));
    expect(text(rtf)).toBe(`Första\nAndra ${pnrA}`);
  });

  it('eml (nodemailer) with a zip attachment holding a docx: nested names', async () => {
    const docx = await f.makeDocx([`Pnr ${f.dashed(pnrA)}`]);
    const zip = await f.makeZip({ 'inner/file.docx': docx });
    const eml = await f.makeEml('Ärende', 'Se bilaga', [{ filename: 'bilaga.zip', content: zip }]);
    const docs = await all('mail.eml', eml);
    expect(docs.map((d) => [d.name, d.format, d.error])).toEqual([
      ['mail.eml!bilaga.zip!inner/file.docx', 'docx', null],
      ['mail.eml!bilaga.zip', 'zip', null],
      ['mail.eml', 'eml', null],
    ]);
    expect(text(docs[0]!)).toContain(f.dashed(pnrA));
    expect(docs[2]!.segments).toContainEqual({ text: 'Se bilaga', location: { part: 'body', line: 1 } });
  });

  it('msg (CFB built in the test) with an xlsx attachment', async () => {
    const xlsx = await f.makeXlsx({ Blad: [[pnrB]] });
    const docs = await all('brev.msg', makeMsg('Ämne', `Brödtext ${pnrA}`, [{ fileName: 'lista.xlsx', content: xlsx }]));
    expect(docs.map((d) => [d.name, d.format, d.error])).toEqual([['brev.msg!lista.xlsx', 'xlsx', null], ['brev.msg', 'msg', null]]);
    expect(text(docs[1]!)).toContain(`Brödtext ${pnrA}`);
    expect(docs[0]!.segments[0]).toEqual({ text: pnrB, location: { sheet: 'Blad', cell: 'A1' } });
  });

  it('detects the format by content when the extension lies', async () => {
    const d = await one('rapport.docx', await f.makePdf([`Text ${pnrA}`]));
    expect(d.format).toBe('pdf');
    expect(text(d)).toContain(pnrA);
    const x = await one('data.txt', await f.makeXlsx({ S: [['hej']] }));
    expect(x.format).toBe('xlsx');
  });
});
