import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import type { Budget } from './budget.js';
import { ExtractError } from './types.js';

export interface ZipMember {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  isDirectory: boolean;
}

/** A zip opened from memory. Entry sizes in headers are not trusted: reads count real bytes. */
export interface ZipArchive {
  members: ZipMember[];
  has(name: string): boolean;
  read(name: string): Promise<Buffer>;
  readText(name: string): Promise<string>;
  close(): void;
}

// Below this size a high ratio is harmless (a small, repetitive XML part compresses very well).
const RATIO_CHECK_FLOOR = 1024 * 1024;

export async function openZip(bytes: Uint8Array, budget: Budget): Promise<ZipArchive> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false },
      (err, z) => (err || !z ? reject(new ExtractError(`not a readable zip: ${err?.message ?? 'unknown'}`)) : resolve(z)));
  });
  const { limits } = budget;
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new ExtractError(`archive has ${zip.entryCount} entries, limit is ${limits.maxEntries}`);
  }
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', (err: Error) => reject(new ExtractError(`corrupt zip: ${err.message}`)));
    zip.readEntry();
  });

  const members: ZipMember[] = [...entries.values()].map((e) => ({
    name: e.fileName,
    compressedSize: e.compressedSize,
    uncompressedSize: e.uncompressedSize,
    isDirectory: e.fileName.endsWith('/'),
  }));

  async function read(name: string): Promise<Buffer> {
    const entry = entries.get(name);
    if (!entry) throw new ExtractError(`missing zip member ${name}`);
    budget.checkTime();
    const declared = entry.uncompressedSize;
    if (declared > limits.maxFileBytes) {
      throw new ExtractError(`member ${name} is ${declared} bytes, limit is ${limits.maxFileBytes}`);
    }
    if (declared > RATIO_CHECK_FLOOR && declared / Math.max(1, entry.compressedSize) > limits.maxCompressionRatio) {
      throw new ExtractError(`member ${name} has compression ratio above ${limits.maxCompressionRatio} (possible zip bomb)`);
    }
    if (entry.isEncrypted()) throw new ExtractError(`member ${name} is encrypted`);
    const raw = await new Promise<Buffer>((resolve, reject) => {
      // Stored members have nothing to decompress (yauzl refuses the option for them).
      zip.openReadStream(entry, entry.compressionMethod === 0 ? {} : { decompress: false }, (err, stream) => {
        if (err || !stream) return reject(new ExtractError(`cannot read member ${name}: ${err?.message ?? 'unknown'}`));
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', (e: Error) => reject(new ExtractError(`corrupt member ${name}: ${e.message}`)));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
      });
    });
    const data = expand(name, entry.compressionMethod, raw, declared);
    // Real bytes, not the header's claim, decide: a forged header cannot slip past.
    if (data.length !== declared) throw new ExtractError(`corrupt member ${name}: ${data.length} bytes, header says ${declared}`);
    budget.addExpanded(data.length);
    return data;
  }

  return {
    members,
    has: (name) => entries.has(name),
    read,
    readText: async (name) => (await read(name)).toString('utf8'),
    close: () => zip.close(),
  };
}

/**
 * Inflate on this thread, not in libuv's shared pool: a scan worker then uses its own core for it
 * instead of idling while four pool threads serve every worker. The output stops one byte past the
 * size the header declares (already checked against the limits), so a forged header or a bomb
 * costs no more than that.
 */
function expand(name: string, method: number, raw: Buffer, declared: number): Buffer {
  if (method === 0) return raw;
  if (method !== 8) throw new ExtractError(`member ${name} uses compression method ${method}, not supported`);
  try {
    return inflateRawSync(raw, { maxOutputLength: declared + 1 });
  } catch (e) {
    if (e instanceof RangeError) throw new ExtractError(`member ${name} expands beyond the ${declared} bytes its header declares`);
    throw new ExtractError(`corrupt member ${name}: ${(e as Error).message}`);
  }
}
