// Building blocks for the Word report: headings, paragraphs and fixed-width tables whose header row
// repeats on every page. Charts are tables with coloured cells (no image rendering needed).
import {
  AlignmentType, BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';

export const ACCENT = '1D4E89';
export const MUTED = '52606D';
/** A4 with 2 cm margins: the content is 9638 twips wide. */
export const CONTENT_WIDTH = 9638;

const hex = (c: string) => c.replace('#', '').toUpperCase();

export const h1 = (text: string, pageBreakBefore = false) => new Paragraph({ text, heading: HeadingLevel.HEADING_1, pageBreakBefore });
export const h2 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, keepNext: true });

export function para(text: string, opts: { muted?: boolean; bold?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({
    spacing: { after: 120 },
    children: [new TextRun({ text, bold: opts.bold, color: opts.muted ? MUTED : undefined, size: opts.size ?? (opts.muted ? 18 : 20) })],
  });
}

export const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 }, spacing: { after: 60 } });

export interface CellSpec {
  text: string;
  fill?: string;
  color?: string;
  bold?: boolean;
  center?: boolean;
}
export interface ColumnSpec {
  header: string;
  /** Fraction of the content width; a table's fractions add up to 1. */
  share: number;
}

const border = { style: BorderStyle.SINGLE, size: 2, color: 'CBD2D9' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(spec: CellSpec, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders,
    margins: { top: 40, bottom: 40, left: 70, right: 70 },
    ...(spec.fill || header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: header ? ACCENT : hex(spec.fill!) } } : {}),
    children: spec.text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: spec.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text: line, size: 16, bold: header || spec.bold, color: header ? 'FFFFFF' : spec.color ? hex(spec.color) : undefined })],
        }),
    ),
  });
}

export function table(columns: readonly ColumnSpec[], rows: readonly (CellSpec | string)[][]): Table {
  const widths = columns.map((c) => Math.round(c.share * CONTENT_WIDTH));
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell({ text: c.header }, widths[i]!, true)) }),
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.map((c, i) => cell(typeof c === 'string' ? { text: c } : c, widths[i]!, false)),
          }),
      ),
    ],
  });
}

/** Space after a table, which Word otherwise glues to the next heading. */
export const gap = () => new Paragraph({ text: '', spacing: { after: 160 } });
