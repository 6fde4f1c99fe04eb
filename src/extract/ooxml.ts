import type { SegmentSink } from './budget.js';
import type { ZipArchive } from './zip-reader.js';
import { walkXml } from './xml-walk.js';
import type { Location } from './types.js';

/** Numeric order so that slide10 comes after slide9. */
function byNumber(a: string, b: string): number {
  const na = Number(/(\d+)\.xml$/.exec(a)?.[1] ?? 0);
  const nb = Number(/(\d+)\.xml$/.exec(b)?.[1] ?? 0);
  return na - nb || a.localeCompare(b);
}

/**
 * Paragraph text from WordprocessingML or DrawingML: `w:t`/`a:t` runs, joined per paragraph.
 * Deleted text of tracked changes (`w:delText`) is kept on purpose: it is still in the file.
 */
function paragraphs(xml: string, prefix: 'w' | 'a', emit: (text: string, index: number) => void): void {
  let inText = false;
  let buf = '';
  let index = 0;
  const textTags = prefix === 'w' ? new Set(['w:t', 'w:delText']) : new Set(['a:t']);
  const para = `${prefix}:p`;
  walkXml(xml, {
    open(name, _attrs, selfClosing) {
      if (textTags.has(name) && !selfClosing) inText = true;
      else if (name === 'w:tab' || name === 'a:tab') buf += '\t';
      else if (name === 'w:br' || name === 'w:cr' || name === 'a:br') buf += '\n';
    },
    close(name) {
      if (textTags.has(name)) inText = false;
      else if (name === para) {
        index++;
        emit(buf, index);
        buf = '';
      }
    },
    text(t) {
      if (inText) buf += t;
    },
  });
  if (buf) emit(buf, index + 1);
}

const WORD_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;

export async function extractDocx(zip: ZipArchive, sink: SegmentSink): Promise<void> {
  const parts = zip.members.map((m) => m.name).filter((n) => WORD_PARTS.test(n));
  // The main body first, then headers, footers and notes.
  parts.sort((a, b) => (a === 'word/document.xml' ? -1 : b === 'word/document.xml' ? 1 : a.localeCompare(b)));
  for (const part of parts) {
    const xml = await zip.readText(part);
    const partName = part.slice('word/'.length, -'.xml'.length);
    paragraphs(xml, 'w', (text, paragraph) => {
      const location: Location = partName === 'document' ? { paragraph } : { part: partName, paragraph };
      sink.add(text, location);
    });
  }
}

export async function extractPptx(zip: ZipArchive, sink: SegmentSink): Promise<void> {
  const names = zip.members.map((m) => m.name);
  const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort(byNumber);
  const notes = names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).sort(byNumber);
  for (const [list, part] of [[slides, undefined], [notes, 'notes']] as const) {
    for (const name of list) {
      const slide = Number(/(\d+)\.xml$/.exec(name)?.[1] ?? 0);
      const xml = await zip.readText(name);
      paragraphs(xml, 'a', (text, paragraph) => sink.add(text, part ? { slide, part, paragraph } : { slide, paragraph }));
    }
  }
}

/** Embedded files (an Excel sheet inside a Word document) are documents of their own. */
export function embeddedMembers(zip: ZipArchive): string[] {
  return zip.members
    .filter((m) => !m.isDirectory && /^(word|ppt|xl)\/embeddings\/[^/]+$/.test(m.name))
    .map((m) => m.name);
}
