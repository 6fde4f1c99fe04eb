import type { SegmentSink } from './budget.js';
import type { ZipArchive } from './zip-reader.js';
import { attr, walkXml } from './xml-walk.js';

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  let buf = '';
  let inT = false;
  let phonetic = 0; // rPh holds pronunciation hints, not cell text
  walkXml(xml, {
    open(name, _a, selfClosing) {
      if (name === 'si') buf = '';
      else if (name === 'rPh' && !selfClosing) phonetic++;
      else if (name === 't' && !selfClosing) inT = true;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') out.push(buf);
    },
    text(t) {
      if (inT && phonetic === 0) buf += t;
    },
  });
  return out;
}

/** Sheet names in workbook order with the part that holds each. */
function sheetParts(workbook: string, rels: string): { name: string; part: string }[] {
  const targets = new Map<string, string>();
  walkXml(rels, {
    open(name, attrs) {
      if (name !== 'Relationship') return;
      const id = attr(attrs, 'Id');
      const target = attr(attrs, 'Target');
      if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    },
  });
  const sheets: { name: string; part: string }[] = [];
  walkXml(workbook, {
    open(name, attrs) {
      if (name !== 'sheet') return;
      const part = targets.get(attr(attrs, 'r:id') ?? '');
      if (part) sheets.push({ name: attr(attrs, 'name') ?? part, part });
    },
  });
  return sheets;
}

export async function extractXlsx(zip: ZipArchive, sink: SegmentSink): Promise<void> {
  const strings = zip.has('xl/sharedStrings.xml') ? sharedStrings(await zip.readText('xl/sharedStrings.xml')) : [];
  const sheets = sheetParts(await zip.readText('xl/workbook.xml'), await zip.readText('xl/_rels/workbook.xml.rels'));
  for (const sheet of sheets) {
    if (!zip.has(sheet.part) || sink.full) continue;
    const xml = await zip.readText(sheet.part);
    let cell = '';
    let type = '';
    let value = '';
    let capture = false;
    walkXml(xml, {
      open(name, attrs, selfClosing) {
        if (name === 'c') {
          cell = attr(attrs, 'r') ?? '';
          type = attr(attrs, 't') ?? 'n';
          value = '';
        } else if ((name === 'v' || name === 't') && !selfClosing) capture = true;
      },
      close(name) {
        if (name === 'v' || name === 't') capture = false;
        else if (name === 'c') {
          const text = type === 's' ? (strings[Number(value)] ?? '') : value;
          if (type !== 'b' && type !== 'e') sink.add(text, { sheet: sheet.name, cell });
        }
      },
      text(t) {
        if (capture) value += t;
      },
    });
  }
}
