import type { Format } from './types.js';
import { looksLikeText } from './text-decode.js';
import type { ZipArchive } from './zip-reader.js';
import { ODF_MIMETYPES } from './odf.js';

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('!') + 1);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot + 1).toLowerCase();
}

const MAIL_HEADERS = /^(from|to|cc|subject|date|received|mime-version|message-id|return-path|content-type|delivered-to|x-[\w-]+):/im;

function looksLikeMail(head: string): boolean {
  const headerBlock = head.split(/\r?\n\r?\n/, 1)[0] ?? '';
  if (!/^[A-Za-z][\w-]*:[ \t]/.test(headerBlock)) return false;
  const names = headerBlock.match(new RegExp(MAIL_HEADERS.source, 'gim')) ?? [];
  return new Set(names.map((n) => n.toLowerCase())).size >= 2;
}

/**
 * Decides the format from the content; the extension only separates csv from txt and
 * breaks ties. Zip-based formats need `refineZip` once the archive is open.
 */
export function sniffFormat(name: string, bytes: Uint8Array): Format | 'zip-family' | 'ole' {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip-family';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf'; // {\rtf
  if (!looksLikeText(bytes)) return 'unknown';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const ext = extensionOf(name);
  if (/^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head) || (['html', 'htm'].includes(ext) && /<[a-z]/i.test(head))) return 'html';
  if (ext === 'eml' || looksLikeMail(head)) return looksLikeMail(head) ? 'eml' : 'txt';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  return 'txt';
}

export async function refineZip(zip: ZipArchive): Promise<Format> {
  if (zip.has('mimetype')) {
    const mime = (await zip.readText('mimetype')).trim();
    const kind = ODF_MIMETYPES[mime];
    if (kind) return kind;
  }
  if (zip.has('[Content_Types].xml')) {
    if (zip.has('word/document.xml')) return 'docx';
    if (zip.has('xl/workbook.xml')) return 'xlsx';
    if (zip.has('ppt/presentation.xml')) return 'pptx';
  }
  return 'zip';
}

/** OLE compound files hold .msg, but also legacy .doc/.xls/.ppt; only .msg has these stream names. */
export function oleIsMsg(bytes: Uint8Array): boolean {
  const marker = Buffer.from('__substg1.0_', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(marker) >= 0;
}

export { extensionOf };
