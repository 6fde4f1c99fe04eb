// Nothing on npm writes Outlook .msg files. An .msg is a CFB (compound file) of property streams,
// so we build one with the CFB writer that @kenjiuno/msgreader itself ships (`burn`), using the
// stream names of [MS-OXMSG]: __substg1.0_<tag><type>, 001F = UTF-16LE string, 0102 = binary.
import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner.js';

const STORAGE = 1;
const STREAM = 2;
const ROOT = 5;

function utf16(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'utf16le'));
}

/** Property stream header: 32 bytes for the message, 8 for an attachment, then no fixed properties. */
function propertiesStream(headerBytes: number): Uint8Array {
  return new Uint8Array(headerBytes);
}

function stream(entries: Entry[], parent: number, name: string, data: Uint8Array): void {
  entries[parent]!.children!.push(entries.length);
  entries.push({ name, type: STREAM as Entry['type'], binaryProvider: () => data, length: data.length });
}

export interface MsgAttachment {
  fileName: string;
  content: Uint8Array;
}

export function makeMsg(subject: string, body: string, attachments: MsgAttachment[] = []): Uint8Array {
  const entries: Entry[] = [{ name: 'Root Entry', type: ROOT as Entry['type'], children: [], length: 0 }];
  stream(entries, 0, '__properties_version1.0', propertiesStream(32));
  stream(entries, 0, '__substg1.0_0037001F', utf16(subject));
  stream(entries, 0, '__substg1.0_1000001F', utf16(body));
  attachments.forEach((a, i) => {
    const index = entries.length;
    entries[0]!.children!.push(index);
    entries.push({ name: `__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`, type: STORAGE as Entry['type'], children: [], length: 0 });
    stream(entries, index, '__properties_version1.0', propertiesStream(8));
    stream(entries, index, '__substg1.0_3707001F', utf16(a.fileName));
    stream(entries, index, '__substg1.0_3704001F', utf16(a.fileName));
    stream(entries, index, '__substg1.0_37010102', a.content);
  });
  return burn(entries);
}
