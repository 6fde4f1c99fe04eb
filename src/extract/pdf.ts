import type { Budget, SegmentSink } from './budget.js';
import { ExtractError } from './types.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

// pdf.js is large: load it on first use only.
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

/** Text layer of each page, one segment per page; scanned images without text yield nothing. */
export async function extractPdf(bytes: Uint8Array, budget: Budget, sink: SegmentSink): Promise<void> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it gets: give it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    const name = (e as Error)?.name ?? '';
    if (name === 'PasswordException') throw new ExtractError('PDF is encrypted with a password');
    throw new ExtractError(`unreadable PDF: ${(e as Error)?.message ?? String(e)}`);
  }
  try {
    const pages = Math.min(doc.numPages, budget.limits.maxPdfPages);
    for (let page = 1; page <= pages && !sink.full; page++) {
      budget.checkTime();
      const p = await doc.getPage(page);
      const content = await p.getTextContent();
      let text = '';
      for (const item of content.items as TextItemLike[]) {
        if (item.str) text += item.str;
        if (item.hasEOL) text += '\n';
      }
      p.cleanup();
      sink.add(text, { page, line: 1 });
    }
    if (doc.numPages > pages) {
      throw new ExtractError(`PDF has ${doc.numPages} pages; only the first ${pages} were read`);
    }
  } finally {
    await doc.destroy();
  }
}
