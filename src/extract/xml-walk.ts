import { ExtractError } from './types.js';

export interface XmlHandler {
  open?(name: string, attrs: string, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

// Office and ODF parts never need a DTD; refusing one removes entity-expansion attacks outright.
const DTD = /<!DOCTYPE|<!ENTITY/i;
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)([^>]*?)(\/?)>|[^<]+/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes only the five predefined entities and character references: nothing can expand. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[ref] ?? whole;
  });
}

/** A small streaming-style tokenizer for well-formed office XML; element names keep their prefix. */
export function walkXml(xml: string, handler: XmlHandler): void {
  if (DTD.test(xml)) {
    throw new ExtractError('XML with a DOCTYPE or entity declaration refused (possible entity expansion attack)');
  }
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(xml)) !== null) {
    const token = m[0];
    if (token[0] !== '<') {
      handler.text?.(decodeXmlEntities(token));
    } else if (m[3] !== undefined) {
      if (m[2] === '/') handler.close?.(m[3]);
      else {
        const selfClosing = m[5] === '/';
        handler.open?.(m[3], m[4] ?? '', selfClosing);
        if (selfClosing) handler.close?.(m[3]);
      }
    } else if (m[1] !== undefined) {
      handler.text?.(m[1]);
    }
  }
}

/** Reads one attribute from a raw attribute string. */
export function attr(attrs: string, name: string): string | undefined {
  const i = attrs.indexOf(name + '=');
  if (i < 0) return undefined;
  const before = i === 0 ? ' ' : attrs[i - 1];
  if (before !== ' ' && before !== '\t' && before !== '\n' && before !== '\r') return undefined;
  const quote = attrs[i + name.length + 1];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = attrs.indexOf(quote, i + name.length + 2);
  return end < 0 ? undefined : decodeXmlEntities(attrs.slice(i + name.length + 2, end));
}
