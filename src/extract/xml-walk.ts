import { ExtractError } from './types.js';

export interface XmlHandler {
  open?(name: string, attrs: string, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

// Office and ODF parts never need a DTD; refusing one removes entity-expansion attacks outright.
const DTD = /<!DOCTYPE|<!ENTITY/i;
const NAME = /^[A-Za-z_][\w:.-]*/;
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

/**
 * A small tokenizer for office XML; element names keep their prefix. One forward pass with
 * indexOf: every search starts where the last one ended, so broken or hostile markup (thousands of
 * unclosed comments or tags) costs linear time — a regular expression here backtracked to the end
 * of the part once per unclosed token. What cannot be closed ends the part.
 */
export function walkXml(xml: string, handler: XmlHandler): void {
  if (DTD.test(xml)) {
    throw new ExtractError('XML with a DOCTYPE or entity declaration refused (possible entity expansion attack)');
  }
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt > i) handler.text?.(decodeXmlEntities(xml.slice(i, lt < 0 ? n : lt)));
    if (lt < 0) return;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return;
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      handler.text?.(xml.slice(lt + 9, end < 0 ? n : end));
      if (end < 0) return;
      i = end + 3;
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return;
      i = end + 2;
    } else {
      const gt = xml.indexOf('>', lt + 1);
      if (gt < 0) return;
      const closing = xml.charCodeAt(lt + 1) === 47; // '/'
      const body = xml.slice(closing ? lt + 2 : lt + 1, gt);
      const name = NAME.exec(body)?.[0];
      if (!name) {
        // Not a tag ("a < b" in careless XML): the '<' is text.
        handler.text?.('<');
        i = lt + 1;
        continue;
      }
      if (closing) handler.close?.(name);
      else {
        const selfClosing = body.charCodeAt(body.length - 1) === 47;
        handler.open?.(name, body.slice(name.length, selfClosing ? -1 : undefined), selfClosing);
        if (selfClosing) handler.close?.(name);
      }
      i = gt + 1;
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
