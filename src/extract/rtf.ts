import { ExtractError } from './types.js';

// Destinations whose content is not document text (fonts, colours, pictures, metadata).
const SKIP = new Set(['fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'themedata', 'colorschememapping',
  'datastore', 'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'mmathPr', 'header', 'footer']);
const MAX_GROUP_DEPTH = 200;

/** Plain text of an RTF document: handles \par, \tab, \'hh (Windows-1252) and \uN with \ucN fallbacks. */
export function rtfToText(rtf: string): string {
  const cp1252 = new TextDecoder('windows-1252');
  const out: string[] = [];
  const stack: { skip: boolean; uc: number }[] = [];
  let skip = false;
  let uc = 1;
  let pendingSkip = 0; // fallback characters to drop after a \u
  let i = 0;
  const emit = (s: string) => {
    if (pendingSkip > 0) {
      pendingSkip--;
      return;
    }
    if (!skip) out.push(s);
  };
  while (i < rtf.length) {
    const ch = rtf[i]!;
    if (ch === '{') {
      stack.push({ skip, uc });
      if (stack.length > MAX_GROUP_DEPTH) throw new ExtractError(`RTF groups nested deeper than ${MAX_GROUP_DEPTH}`);
      i++;
      if (rtf.startsWith('\\*', i)) skip = true;
    } else if (ch === '}') {
      const top = stack.pop();
      if (top) ({ skip, uc } = top);
      i++;
    } else if (ch === '\\') {
      const next = rtf[i + 1] ?? '';
      if (next === "'") {
        emit(cp1252.decode(Uint8Array.of(parseInt(rtf.slice(i + 2, i + 4), 16) || 32)));
        i += 4;
      } else if (/[a-zA-Z]/.test(next)) {
        const m = /^\\([a-zA-Z]+)(-?\d+)? ?/.exec(rtf.slice(i, i + 40))!;
        const [whole, word, num] = m;
        i += whole.length;
        if (SKIP.has(word!)) skip = true;
        else if (word === 'par' || word === 'line' || word === 'row' || word === 'sect' || word === 'page') emit('\n');
        else if (word === 'tab' || word === 'cell') emit('\t');
        else if (word === 'uc') uc = Number(num ?? 1);
        else if (word === 'u') {
          const code = Number(num ?? 0);
          emit(String.fromCharCode(code < 0 ? code + 65536 : code));
          pendingSkip = uc;
        } else if (word === 'bin') i += Math.max(0, Number(num ?? 0));
      } else {
        if (next === '\\' || next === '{' || next === '}') emit(next);
        else if (next === '~') emit(' ');
        i += 2;
      }
    } else {
      if (ch !== '\r' && ch !== '\n') emit(ch);
      i++;
    }
  }
  return out.join('');
}
