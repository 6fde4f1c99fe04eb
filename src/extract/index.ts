import { Budget, BudgetExceeded, SegmentSink } from './budget.js';
import { extensionOf, oleIsMsg, refineZip, sniffFormat } from './detect-format.js';
import { htmlToText } from './html.js';
import { extractEml, extractMsg, type Child } from './mail.js';
import { extractOdf } from './odf.js';
import { embeddedMembers, extractDocx, extractPptx } from './ooxml.js';
import { extractPdf } from './pdf.js';
import { rtfToText } from './rtf.js';
import { decodeText, lineChunks } from './text-decode.js';
import { DEFAULT_LIMITS, ExtractError, type ExtractedDocument, type ExtractLimits, type Format } from './types.js';
import { extractXlsx } from './xlsx.js';
import { openZip, type ZipArchive } from './zip-reader.js';

export * from './types.js';
export { BudgetExceeded } from './budget.js';

/** Separator between a container and a document inside it: `mail.eml!bilaga.zip!inner/file.docx`. */
export const NESTING_SEPARATOR = '!';

const EMBEDDED_KINDS = new Set(['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'pdf', 'rtf', 'txt', 'csv', 'msg', 'eml', 'zip']);

/**
 * Extracts one file and, recursively, every document inside it (archive members, mail attachments,
 * embedded office files). Yields each document with its own error, so a broken member never hides
 * the others; containers are yielded after their contents.
 */
export async function* extractDocuments(
  name: string,
  bytes: Uint8Array,
  limits: Partial<ExtractLimits> = {},
): AsyncGenerator<ExtractedDocument> {
  const budget = new Budget({ ...DEFAULT_LIMITS, ...limits });
  yield* extractNested(name, bytes, 0, budget);
}

function describe(e: unknown): string {
  if (e instanceof ExtractError) return e.message;
  // Library messages can quote document bytes; keep only their first line, shortened.
  const message = e instanceof Error ? e.message : String(e);
  return `extraction failed: ${message.split('\n', 1)[0]!.slice(0, 200)}`;
}

async function* extractNested(name: string, bytes: Uint8Array, depth: number, budget: Budget): AsyncGenerator<ExtractedDocument> {
  const { limits } = budget;
  const sink = new SegmentSink(limits.maxTextChars);
  let format: Format = 'unknown';
  let error: string | null = null;
  let zip: ZipArchive | undefined;
  let children: AsyncIterable<Child> | Iterable<Child> = [];
  try {
    if (depth > limits.maxDepth) throw new ExtractError(`nested deeper than ${limits.maxDepth} containers`);
    if (bytes.length > limits.maxFileBytes) throw new ExtractError(`file is ${bytes.length} bytes, limit is ${limits.maxFileBytes}`);
    budget.checkTime();
    const sniffed = sniffFormat(name, bytes);
    if (sniffed === 'zip-family') {
      zip = await openZip(bytes, budget);
      format = await refineZip(zip);
      children = await extractZipFamily(zip, format, sink);
    } else if (sniffed === 'ole') {
      if (!oleIsMsg(bytes)) throw new ExtractError('legacy binary Office format (doc/xls/ppt) is not supported');
      format = 'msg';
      children = extractMsg(bytes, sink);
    } else {
      format = sniffed;
      children = await extractSingle(format, bytes, budget, sink);
    }
    if (format === 'unknown') {
      const ext = extensionOf(name);
      throw new ExtractError(`unrecognised binary content${ext ? ` (the name says .${ext})` : ''}`);
    }
    for await (const child of children) {
      if (child.error) {
        yield { name: `${name}${NESTING_SEPARATOR}${child.name}`, format: 'unknown', segments: [], error: child.error, size: 0 };
        continue;
      }
      yield* extractNested(`${name}${NESTING_SEPARATOR}${child.name}`, child.bytes, depth + 1, budget);
    }
    if (sink.truncated) error = `text exceeds ${limits.maxTextChars} characters; the rest was not read`;
  } catch (e) {
    error = describe(e);
    if (e instanceof BudgetExceeded && depth > 0) {
      yield { name, format, segments: sink.segments, error, size: bytes.length };
      throw e;
    }
  } finally {
    zip?.close();
  }
  yield { name, format, segments: sink.segments, error, size: bytes.length };
}

async function extractSingle(format: Format, bytes: Uint8Array, budget: Budget, sink: SegmentSink): Promise<Iterable<Child>> {
  switch (format) {
    case 'pdf':
      await extractPdf(bytes, budget, sink);
      return [];
    case 'eml':
      return await extractEml(bytes, sink);
    case 'rtf':
      sink.add(rtfToText(decodeText(bytes)), { line: 1 });
      return [];
    case 'html':
      for (const c of lineChunks(htmlToText(decodeText(bytes)))) sink.add(c.text, { line: c.line });
      return [];
    case 'txt':
    case 'csv':
      for (const c of lineChunks(decodeText(bytes))) sink.add(c.text, { line: c.line });
      return [];
    default:
      return [];
  }
}

async function extractZipFamily(zip: ZipArchive, format: Format, sink: SegmentSink): Promise<AsyncIterable<Child>> {
  let members: string[];
  switch (format) {
    case 'docx':
      await extractDocx(zip, sink);
      members = embeddedMembers(zip);
      break;
    case 'xlsx':
      await extractXlsx(zip, sink);
      members = embeddedMembers(zip);
      break;
    case 'pptx':
      await extractPptx(zip, sink);
      members = embeddedMembers(zip);
      break;
    case 'odt':
    case 'ods':
    case 'odp':
      await extractOdf(zip, format, sink);
      members = [];
      break;
    default: {
      members = zip.members.filter((m) => !m.isDirectory).map((m) => m.name);
      // Member names are text too: a file called after a personal identity number is a finding.
      sink.add(members.join('\n'), { part: 'names', line: 1 });
    }
  }
  if (format !== 'zip') members = members.filter((m) => EMBEDDED_KINDS.has(extensionOf(m)));
  return (async function* () {
    for (const member of members) {
      let bytes: Uint8Array;
      try {
        bytes = await zip.read(member);
      } catch (e) {
        if (e instanceof BudgetExceeded) throw e;
        // A single bad member (too large, corrupt) becomes an empty document carrying the error.
        yield { name: member, bytes: new Uint8Array(0), error: describe(e) };
        continue;
      }
      yield { name: member, bytes };
    }
  })();
}
