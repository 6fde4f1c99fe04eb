// A small layout layer over pdfkit: DejaVu fonts (so å ä ö render), headings that keep with what
// follows, tables with explicit column widths that repeat their header row after a page break.
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const FONT = 'DejaVu';
export const FONT_BOLD = 'DejaVu-Bold';

export const INK = '#1F2933';
export const MUTED = '#52606D';
export const ACCENT = '#1D4E89';
export const RULE = '#CBD2D9';
export const ZEBRA = '#F5F7FA';

export type Doc = PDFKit.PDFDocument;

export function createDocument(title: string, author: string): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 60, left: 50, right: 50 },
    bufferPages: true,
    lang: 'sv-SE',
    info: { Title: title, Author: author, Creator: 'infovakt' },
  });
  doc.registerFont(FONT, path.join(fontDir, 'DejaVuSans.ttf'));
  doc.registerFont(FONT_BOLD, path.join(fontDir, 'DejaVuSans-Bold.ttf'));
  doc.font(FONT).fontSize(10).fillColor(INK);
  return doc;
}

export const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;
const left = (doc: Doc) => doc.page.margins.left;

/** Starts a new page unless this much room is left. */
export function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

/** A heading; `keepWith` is the room (points) the content that must follow it on the same page needs. */
export function heading(doc: Doc, text: string, level: 1 | 2 = 1, keepWith = level === 1 ? 110 : 70): void {
  ensureRoom(doc, keepWith);
  if (level === 1) doc.moveDown(0.6);
  doc.font(FONT_BOLD).fontSize(level === 1 ? 15 : 11.5).fillColor(level === 1 ? ACCENT : INK);
  doc.text(text, left(doc), doc.y, { width: contentWidth(doc) });
  if (level === 1) {
    const y = doc.y + 2;
    doc.moveTo(left(doc), y).lineTo(left(doc) + contentWidth(doc), y).lineWidth(0.8).strokeColor(ACCENT).stroke();
    doc.y = y + 6;
  } else doc.moveDown(0.25);
  doc.font(FONT).fontSize(10).fillColor(INK);
}

export function paragraph(doc: Doc, text: string, opts: { size?: number; color?: string; bold?: boolean } = {}): void {
  doc.font(opts.bold ? FONT_BOLD : FONT).fontSize(opts.size ?? 10).fillColor(opts.color ?? INK);
  doc.text(text, left(doc), doc.y, { width: contentWidth(doc), lineGap: 2 });
  doc.moveDown(0.5);
  doc.font(FONT).fontSize(10).fillColor(INK);
}

export function bullets(doc: Doc, items: string[]): void {
  doc.font(FONT).fontSize(10).fillColor(INK);
  for (const item of items) {
    ensureRoom(doc, 30);
    const y = doc.y;
    doc.text('•', left(doc) + 4, y, { width: 10 });
    doc.text(item, left(doc) + 16, y, { width: contentWidth(doc) - 16, lineGap: 2 });
    doc.moveDown(0.3);
  }
  doc.moveDown(0.3);
}

export interface Cell {
  text: string;
  fill?: string;
  color?: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
}
export interface Column {
  header: string;
  /** Points; the widths of a table should add up to the content width (495 on A4). */
  width: number;
  align?: 'left' | 'center' | 'right';
}

const PAD = 4;
const SIZE = 8;

function rowHeight(doc: Doc, columns: readonly Column[], cells: readonly Cell[], bold: boolean): number {
  let h = 0;
  cells.forEach((c, i) => {
    doc.font(bold || c.bold ? FONT_BOLD : FONT).fontSize(SIZE);
    h = Math.max(h, doc.heightOfString(c.text || ' ', { width: columns[i]!.width - 2 * PAD }));
  });
  return h + 2 * PAD;
}

function drawRow(doc: Doc, columns: readonly Column[], cells: readonly Cell[], y: number, h: number, rowFill: string | null, header: boolean): void {
  let x = left(doc);
  cells.forEach((c, i) => {
    const col = columns[i]!;
    const fill = c.fill ?? rowFill;
    if (fill) doc.rect(x, y, col.width, h).fillColor(fill).fill();
    doc.font(header || c.bold ? FONT_BOLD : FONT).fontSize(SIZE).fillColor(c.color ?? (header ? '#FFFFFF' : INK));
    doc.text(c.text, x + PAD, y + PAD, { width: col.width - 2 * PAD, align: c.align ?? col.align ?? 'left' });
    x += col.width;
  });
  const width = columns.reduce((s, c) => s + c.width, 0);
  doc.moveTo(left(doc), y + h).lineTo(left(doc) + width, y + h).lineWidth(0.4).strokeColor(RULE).stroke();
}

/** A full-width row that starts a group (e.g. a department) inside a table. */
export interface GroupRow {
  group: string;
}

function drawGroup(doc: Doc, columns: readonly Column[], text: string): void {
  const width = columns.reduce((s, c) => s + c.width, 0);
  doc.font(FONT_BOLD).fontSize(8.5);
  const h = doc.heightOfString(text, { width: width - 2 * PAD }) + 2 * PAD + 2;
  const y = doc.y;
  doc.rect(left(doc), y, width, h).fillColor('#DDE6F0').fill();
  doc.fillColor(ACCENT).text(text, left(doc) + PAD, y + PAD + 1, { width: width - 2 * PAD });
  doc.y = y + h;
}

/** Draws a table; the header row repeats on every page the table runs onto. */
export function table(doc: Doc, columns: readonly Column[], rows: readonly ((Cell | string)[] | GroupRow)[]): void {
  const headerCells: Cell[] = columns.map((c) => ({ text: c.header, fill: ACCENT }));
  const headerH = rowHeight(doc, columns, headerCells, true);
  // drawRow leaves doc.y wherever the last cell's text ended: place the next row explicitly.
  const drawHeader = () => {
    const y = doc.y;
    drawRow(doc, columns, headerCells, y, headerH, null, true);
    doc.y = y + headerH;
  };
  ensureRoom(doc, headerH + 24);
  drawHeader();
  let r = 0;
  rows.forEach((raw, i) => {
    if (!Array.isArray(raw)) {
      // Keep a group heading with at least one of its rows.
      const next = rows[i + 1];
      const nextH = Array.isArray(next) ? rowHeight(doc, columns, next.map((c) => (typeof c === 'string' ? { text: c } : c)), false) : 0;
      if (doc.y + 24 + nextH > bottom(doc)) {
        doc.addPage();
        drawHeader();
      }
      drawGroup(doc, columns, raw.group);
      r = 0;
      return;
    }
    r++;
    const cells = raw.map((c) => (typeof c === 'string' ? { text: c } : c));
    const h = rowHeight(doc, columns, cells, false);
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    drawRow(doc, columns, cells, y, h, r % 2 ? null : ZEBRA, false);
    doc.y = y + h;
  });
  doc.x = left(doc);
  doc.moveDown(0.8);
  doc.font(FONT).fontSize(10).fillColor(INK);
}

/** Header and footer on every page but the title page, with "Sida n av m". */
export function stampPages(doc: Doc, headerLeft: string, headerRight: string, footerLeft: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    const saved = margins.bottom;
    margins.bottom = 0; // writing in the margin must not start a new page
    const w = contentWidth(doc);
    doc.font(FONT).fontSize(7.5).fillColor(MUTED);
    doc.text(headerLeft, margins.left, 30, { width: w * 0.7, lineBreak: false });
    doc.text(headerRight, margins.left + w * 0.7, 30, { width: w * 0.3, align: 'right', lineBreak: false });
    doc.moveTo(margins.left, 44).lineTo(margins.left + w, 44).lineWidth(0.4).strokeColor(RULE).stroke();
    const fy = doc.page.height - 38;
    doc.text(footerLeft, margins.left, fy, { width: w * 0.75, lineBreak: false });
    doc.text(`Sida ${i + 1} av ${range.count}`, margins.left + w * 0.75, fy, { width: w * 0.25, align: 'right', lineBreak: false });
    margins.bottom = saved;
  }
}

export function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
