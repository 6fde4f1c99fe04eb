// Readable cell formats for the map workbook, and their strict parsers (parse(format(x)) === x).
import type { HarmTest, LegalCategories, OslRef, SecurityClass } from '../model.js';

/** Lists are "a; b; c"; an item holding ';' or '"' is quoted CSV-style so it survives a round trip. */
export function formatList(items: readonly string[]): string {
  return items.map((item) => (/[;"]/.test(item) || item !== item.trim() ? `"${item.replace(/"/g, '""')}"` : item)).join('; ');
}

export function parseList(text: string): string[] {
  return splitOutsideQuotes(text)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(unquote);
}

function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

function unquote(text: string): string {
  return text.startsWith('"') && text.endsWith('"') && text.length >= 2 ? text.slice(1, -1).replace(/""/g, '"') : text;
}

const harmTestLabels: Record<HarmTest, string> = { omvant: 'omvänt', rakt: 'rakt', absolut: 'absolut' };

/** "26:1 (omvänt); 21:3 (omvänt)"; a note follows in quotes: 39:3 (rakt) "endast vissa uppgifter". */
export function formatOsl(refs: readonly OslRef[]): string {
  return refs
    .map((r) => `${r.ref} (${harmTestLabels[r.harmTest]})${r.note !== undefined ? ` "${r.note.replace(/"/g, '""')}"` : ''}`)
    .join('; ');
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const oslPart = /^(.+?)\s*\(\s*([^)]*?)\s*\)\s*(?:"((?:[^"]|"")*)")?$/;

export function parseOsl(text: string): Parsed<OslRef[]> {
  const refs: OslRef[] = [];
  for (const raw of splitOutsideQuotes(text)) {
    const part = raw.trim();
    if (part === '') continue;
    const match = oslPart.exec(part);
    if (!match) {
      return { ok: false, message: `OSL-hänvisningen "${part}" ska skrivas som 26:1 (omvänt), med skaderekvisit rakt, omvänt eller absolut inom parentes.` };
    }
    const [, ref = '', harmText = '', note] = match;
    const harmTest = parseHarmTest(harmText);
    if (!harmTest) {
      return { ok: false, message: `Okänt skaderekvisit "${harmText}" i "${part}": använd rakt, omvänt eller absolut.` };
    }
    if (!/^\d{1,2}:\d{1,2}( ?[a-z])?( st\. ?\d)?$/.test(ref)) {
      return { ok: false, message: `Felaktig OSL-hänvisning "${ref}": skriv kapitel:paragraf, t.ex. 26:1, 21:3 a eller 23:2 st. 1.` };
    }
    refs.push(note === undefined ? { ref, harmTest } : { ref, harmTest, note: note.replace(/""/g, '"') });
  }
  return { ok: true, value: refs };
}

function parseHarmTest(text: string): HarmTest | null {
  const t = text.toLowerCase().replace('ä', 'a');
  return t === 'omvant' || t === 'rakt' || t === 'absolut' ? t : null;
}

export const art9Labels: Record<LegalCategories['gdprArt9'][number], string> = {
  health: 'hälsa',
  trade_union: 'fackligt medlemskap',
  ethnicity: 'etniskt ursprung',
  religion: 'religiös övertygelse',
  political_opinion: 'politiska åsikter',
  sexual_life: 'sexualliv',
  biometric: 'biometriska uppgifter',
  genetic: 'genetiska uppgifter',
};

export const securityClassLabels: Record<SecurityClass, string> = {
  none: 'ingen',
  begransat_hemlig: 'begränsat hemlig',
  konfidentiell: 'konfidentiell',
  hemlig: 'hemlig',
  kvalificerat_hemlig: 'kvalificerat hemlig',
};

export const departmentKindLabels = { forvaltning: 'förvaltning', bolag: 'bolag', enhet: 'enhet' } as const;
export const assetStatusLabels = { draft: 'utkast', active: 'aktiv', archived: 'arkiverad' } as const;
export const classificationStateLabels = { unclassified: 'oklassad', draft: 'utkast', approved: 'godkänd' } as const;

/** Finds the id for a Swedish label, or the id itself (case-insensitive): files may be hand-edited. */
export function parseLabel<Id extends string>(labels: Record<Id, string>, text: string): Id | null {
  const wanted = text.trim().toLowerCase();
  for (const [id, label] of Object.entries(labels) as [Id, string][]) {
    if (wanted === label.toLowerCase() || wanted === id.toLowerCase()) return id;
  }
  return null;
}

export function labelList(labels: Record<string, string>): string {
  return Object.values(labels).join(', ');
}

export function formatYesNo(value: boolean): string {
  return value ? 'ja' : 'nej';
}

export function parseYesNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (['ja', 'j', 'yes', 'x', 'true', 'sant', '1'].includes(t)) return true;
  if (['nej', 'n', 'no', '', 'false', 'falskt', '0'].includes(t)) return false;
  return null;
}

/**
 * Makes text safe for the workbook's XML the way Excel does (OOXML `_xHHHH_` escapes), so that
 * control characters pasted from other programs survive instead of corrupting the file, and a
 * literal "_x0041_" is not read back as "A". exceljs decodes these escapes when it reads.
 */
export function excelSafeText(text: string): string {
  return text
    .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)
    .replace(/[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
