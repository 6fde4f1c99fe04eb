import { decodeXmlEntities } from './xml-walk.js';

// A few named entities that Swedish HTML uses; the rest are left as written.
const HTML_ENTITIES: Record<string, string> = {
  nbsp: ' ', aring: 'å', auml: 'ä', ouml: 'ö', Aring: 'Å', Auml: 'Ä', Ouml: 'Ö', eacute: 'é', Eacute: 'É',
  uuml: 'ü', Uuml: 'Ü', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘',
  ldquo: '“', rdquo: '”', shy: '', euro: '€', copy: '©', sect: '§', middot: '·', times: '×',
};

const BLOCK = /^(p|div|br|li|tr|td|th|h[1-6]|table|ul|ol|section|article|header|footer|blockquote|pre|hr|dt|dd|title)$/i;

/** Visible text of an HTML document, one block per line; scripts, styles and comments dropped. */
export function htmlToText(html: string): string {
  const withoutHidden = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|head)\b[\s\S]*?<\/\1\s*>/gi, (m, tag: string) =>
      tag.toLowerCase() === 'head' ? (/<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(m)?.[1] ?? '') + '\n' : ' ');
  const text = withoutHidden.replace(/<\/?([a-zA-Z][\w-]*)\b[^>]*>/g, (_m, tag: string) => (BLOCK.test(tag) ? '\n' : ''));
  return decodeXmlEntities(text.replace(/&([a-zA-Z]+);/g, (whole, name: string) => HTML_ENTITIES[name] ?? whole))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}
