import type { SegmentSink } from './budget.js';
import type { ZipArchive } from './zip-reader.js';
import { attr, walkXml } from './xml-walk.js';
import type { Location } from './types.js';

export type OdfKind = 'odt' | 'ods' | 'odp';

/**
 * Every ODF mimetype whose content.xml is laid out as text, spreadsheet or presentation: besides
 * the documents, their templates (ott, ots, otp), master documents and Writer/Web's HTML documents
 * (what LibreOffice saves when an HTML page was opened and saved as .odt).
 */
export const ODF_MIMETYPES: Record<string, OdfKind> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.text-template': 'odt',
  'application/vnd.oasis.opendocument.text-master': 'odt',
  'application/vnd.oasis.opendocument.text-master-template': 'odt',
  'application/vnd.oasis.opendocument.text-web': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.spreadsheet-template': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'application/vnd.oasis.opendocument.presentation-template': 'odp',
};

/** Spreadsheet column letters for a 1-based column number (1 → A, 27 → AA). */
export function columnName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * One walk over content.xml for all three kinds: paragraphs (text:p, text:h) become segments,
 * located by paragraph (odt), sheet and cell (ods) or slide (odp).
 */
export async function extractOdf(zip: ZipArchive, kind: OdfKind, sink: SegmentSink): Promise<void> {
  const xml = await zip.readText('content.xml');
  let depth = 0; // nesting of text:p / text:h
  let buf = '';
  let paragraph = 0;
  let sheet = '';
  let row = 0;
  let col = 0;
  let colSpan = 1;
  let rowRepeat = 1;
  let cellText = '';
  let inCell = false;
  let slide = 0;

  const flushParagraph = () => {
    paragraph++;
    if (inCell) {
      cellText += (cellText ? '\n' : '') + buf;
    } else {
      const location: Location = kind === 'odp' ? { slide, paragraph } : { paragraph };
      sink.add(buf, location);
    }
    buf = '';
  };

  walkXml(xml, {
    open(name, attrs, selfClosing) {
      switch (name) {
        case 'text:p':
        case 'text:h':
          if (selfClosing) paragraph++;
          else depth++;
          break;
        case 'text:s':
          buf += ' '.repeat(Math.min(1000, Number(attr(attrs, 'text:c') ?? 1)));
          break;
        case 'text:tab':
          buf += '\t';
          break;
        case 'text:line-break':
          buf += '\n';
          break;
        case 'draw:page':
          slide++;
          paragraph = 0;
          break;
        case 'table:table':
          if (kind === 'ods') {
            sheet = attr(attrs, 'table:name') ?? '';
            row = 0;
          }
          break;
        case 'table:table-row':
          // Repeated empty rows are common (a whole sheet of them): advance, never expand.
          rowRepeat = Number(attr(attrs, 'table:number-rows-repeated') ?? 1);
          row += 1;
          col = 0;
          break;
        case 'table:table-cell':
        case 'table:covered-table-cell': {
          const repeat = Number(attr(attrs, 'table:number-columns-repeated') ?? 1);
          if (kind !== 'ods' || selfClosing) {
            col += selfClosing ? repeat : 1;
            break;
          }
          col++;
          colSpan = repeat;
          inCell = true;
          cellText = '';
          break;
        }
      }
    },
    close(name) {
      if ((name === 'text:p' || name === 'text:h') && depth > 0) {
        depth--;
        if (depth === 0) flushParagraph();
      } else if ((name === 'table:table-cell' || name === 'table:covered-table-cell') && inCell) {
        inCell = false;
        sink.add(cellText, { sheet, cell: `${columnName(col)}${row}` });
        col += colSpan - 1;
        colSpan = 1;
      } else if (name === 'table:table-row') {
        row += rowRepeat - 1;
        rowRepeat = 1;
      }
    },
    text(t) {
      if (depth > 0) buf += t;
    },
  });
}
