// Builders of real documents for tests and benchmarks: each format comes from a real writer
// (docx, exceljs, pdfkit, nodemailer, JSZip) so extraction is tested against what tools produce.
import { Document, Packer, Paragraph, TextRun, Header } from 'docx';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import nodemailer from 'nodemailer';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { sharedData } from '../../../test/shared-data.js';

const SKATTEVERKET = sharedData('skatteverket');

/** Official Skatteverket test personal identity numbers (12 digits); they belong to no one. */
export function testPersonnummer(count: number, offset = 0): string[] {
  const path = process.env.INFOVAKT_TESTDATA_DIR ?? SKATTEVERKET;
  const lines = readFileSync(`${path}/test-personnummer.txt`, 'utf8').split('\n').filter(Boolean);
  return lines.slice(offset, offset + count);
}

/** `199001012385` → `19900101-2385`. */
export function dashed(pnr12: string): string {
  return `${pnr12.slice(0, 8)}-${pnr12.slice(8)}`;
}

export async function makeDocx(paragraphs: string[], header?: string): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{
      headers: header ? { default: new Header({ children: [new Paragraph(header)] }) } : undefined,
      children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })),
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export async function makeXlsx(sheets: Record<string, (string | number)[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function makePdf(pages: string[]): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (const text of pages) {
    doc.addPage();
    doc.fontSize(12).text(text);
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

export interface MailAttachment {
  filename: string;
  content: Uint8Array;
}

export async function makeEml(subject: string, text: string, attachments: MailAttachment[] = []): Promise<Uint8Array> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await transport.sendMail({
    from: 'Handläggare <handlaggare@kommun.example>',
    to: 'Mottagare <mottagare@kommun.example>',
    subject,
    text,
    attachments: attachments.map((a) => ({ filename: a.filename, content: Buffer.from(a.content) })),
  });
  return new Uint8Array(info.message as Buffer);
}

/** A zip of the given members; `level` 9 for small files, 0 to store. */
export async function makeZip(members: Record<string, Uint8Array | string>, level = 6): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(members)) zip.file(name, content);
  return await zip.generateAsync({ type: 'uint8array', compression: level === 0 ? 'STORE' : 'DEFLATE', compressionOptions: { level: level || 1 } });
}

/** A minimal presentation in PresentationML, one text box per slide. */
export async function makePptx(slides: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('ppt/presentation.xml', '<?xml version="1.0"?><p:presentation xmlns:p="p"/>');
  slides.forEach((text, i) => {
    const paras = text.split('\n').map((line) => `<a:p><a:r><a:t>${escapeXml(line)}</a:t></a:r></a:p>`).join('');
    zip.file(`ppt/slides/slide${i + 1}.xml`, `<?xml version="1.0"?><p:sld xmlns:p="p" xmlns:a="a"><p:cSld><p:spTree><p:sp><p:txBody>${paras}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>`);
  });
  return await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ODF_MIME = { odt: 'text', ods: 'spreadsheet', odp: 'presentation' } as const;

/** An OpenDocument file as LibreOffice lays it out: `mimetype` stored first, then content.xml. */
export async function makeOdf(kind: keyof typeof ODF_MIME, body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('mimetype', `application/vnd.oasis.opendocument.${ODF_MIME[kind]}`, { compression: 'STORE' });
  zip.file('META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>');
  zip.file('content.xml', `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><office:body>${body}</office:body></office:document-content>`);
  return await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export function makeRtf(lines: string[]): Uint8Array {
  const esc = (s: string) => [...s].map((c) => (c.charCodeAt(0) > 127 ? `\\u${c.charCodeAt(0)}?` : c.replace(/[\\{}]/g, '\\$&'))).join('');
  const rtf = `{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}{\\*\\generator Test;}\\f0\\fs24 ${lines.map(esc).join('\\par\n')}\\par}`;
  return new TextEncoder().encode(rtf);
}
