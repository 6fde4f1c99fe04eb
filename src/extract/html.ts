import { Parser } from 'htmlparser2';

// Elements whose start and end begin a new line of text.
const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol',
  'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'dt', 'dd', 'title']);
// Elements whose text is not shown (the head only through its title).
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Visible text of an HTML document, one block per line; scripts, styles and comments dropped.
 * htmlparser2 reads it in one linear pass, also when it is broken on purpose (unclosed comments
 * or tags by the hundred thousand, which made regular expressions backtrack quadratically).
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let hidden = 0;
  let head = 0;
  let title = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (HIDDEN.has(name)) hidden++;
        else if (name === 'head') head++;
        else if (name === 'title') title++;
        if (BLOCK.has(name)) parts.push('\n');
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (name === 'head') head = Math.max(0, head - 1);
        else if (name === 'title') title = Math.max(0, title - 1);
        if (BLOCK.has(name)) parts.push('\n');
      },
      ontext(text) {
        if (hidden === 0 && (head === 0 || title > 0)) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  // No-break spaces as spaces; blanks before a line end dropped; at most one empty line in a row.
  const lines = parts.join('').replace(/\u00a0/g, ' ').split('\n');
  let out = '';
  let empties = 0;
  for (const line of lines) {
    let end = line.length;
    while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
    empties = end === 0 ? empties + 1 : 0;
    if (empties > 1) continue;
    out += (out ? '\n' : '') + line.slice(0, end);
  }
  return out;
}
