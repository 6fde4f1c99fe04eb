import { simpleParser } from 'mailparser';
import msgreader from '@kenjiuno/msgreader';
import type { SegmentSink } from './budget.js';
import { htmlToText } from './html.js';
import { ExtractError } from './types.js';

/** A file found inside a container, to be extracted as a document of its own. */
export interface Child {
  name: string;
  bytes: Uint8Array;
  /** Set when the child could not even be read out of its container. */
  error?: string;
}

// msgreader is CommonJS with `exports.default`: Node's ESM loader puts the class one level deeper,
// bundlers (vitest) hand it over directly. Accept both.
type MsgReaderClass = typeof msgreader.default;
const MsgReader: MsgReaderClass =
  typeof msgreader === 'function' ? (msgreader as unknown as MsgReaderClass) : msgreader.default;

function uniqueName(wanted: string | undefined, index: number, used: Set<string>): string {
  let name = (wanted ?? '').replace(/[!\\/]/g, '_').trim() || `attachment-${index + 1}`;
  for (let n = 2; used.has(name); n++) name = `${n}-${wanted}`;
  used.add(name);
  return name;
}

function addBody(sink: SegmentSink, subject: string | undefined, text: string | undefined, html: string | undefined) {
  if (subject) sink.add(subject, { part: 'subject' });
  const body = text && text.trim() ? text : html ? htmlToText(html) : '';
  sink.add(body, { part: 'body', line: 1 });
}

export async function extractEml(bytes: Uint8Array, sink: SegmentSink): Promise<Child[]> {
  let mail;
  try {
    mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      skipImageLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
    });
  } catch (e) {
    throw new ExtractError(`unreadable e-mail: ${(e as Error).message}`);
  }
  const addresses = [mail.from, mail.to, mail.cc].flatMap((a) => (a ? (Array.isArray(a) ? a : [a]) : []));
  const header = addresses.map((a) => a.text).join('\n');
  if (header) sink.add(header, { part: 'headers', line: 1 });
  addBody(sink, mail.subject, mail.text, typeof mail.html === 'string' ? mail.html : undefined);
  const used = new Set<string>();
  return mail.attachments.map((a, i) => ({ name: uniqueName(a.filename, i, used), bytes: a.content }));
}

export function extractMsg(bytes: Uint8Array, sink: SegmentSink): Child[] {
  const copy = bytes.slice();
  const reader = new MsgReader(copy.buffer);
  const data = reader.getFileData();
  if (data.error) throw new ExtractError(`unreadable Outlook message: ${data.error}`);
  const recipients = (data.recipients ?? []).map((r) => [r.name, r.email].filter(Boolean).join(' ')).join('\n');
  const header = [[data.senderName, data.senderEmail].filter(Boolean).join(' '), recipients].filter(Boolean).join('\n');
  if (header) sink.add(header, { part: 'headers', line: 1 });
  addBody(sink, data.subject, data.body, data.bodyHtml);
  const used = new Set<string>();
  const children: Child[] = [];
  (data.attachments ?? []).forEach((att, i) => {
    const file = reader.getAttachment(att);
    // An embedded message comes back as a freshly built .msg file.
    const wanted = att.innerMsgContent ? `${file.fileName || att.name || 'message'}.msg`.replace(/\.msg\.msg$/, '.msg') : file.fileName;
    children.push({ name: uniqueName(wanted, i, used), bytes: file.content });
  });
  return children;
}
