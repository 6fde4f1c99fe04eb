import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { extractDocuments, type ExtractedDocument, type ExtractLimits } from './index.js';
import * as f from './testing/fixtures.js';

async function all(name: string, bytes: Uint8Array, limits: Partial<ExtractLimits> = {}): Promise<ExtractedDocument[]> {
  const docs: ExtractedDocument[] = [];
  for await (const d of extractDocuments(name, bytes, limits)) docs.push(d);
  return docs;
}

describe('hostile and broken files give a per-document error and never throw', () => {
  it('zip bomb: a member with a huge compression ratio is refused, siblings still read', async () => {
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const zip = await f.makeZip({ 'ok.txt': 'hej', 'bomb.txt': zeros }, 9);
    expect(zip.length).toBeLessThan(200_000);
    const docs = await all('bomb.zip', zip);
    const bomb = docs.find((d) => d.name === 'bomb.zip!bomb.txt')!;
    expect(bomb.error).toMatch(/compression ratio|zip bomb/);
    expect(docs.find((d) => d.name === 'bomb.zip!ok.txt')!.error).toBeNull();
    expect(docs.at(-1)!.error).toBeNull();
  });

  it('a member whose header understates its size is refused when it expands past it', async () => {
    const zip = await f.makeZip({ 'ok.txt': 'hej', 'liar.txt': 'x'.repeat(200_000) }, 9);
    // Rewrite liar.txt's uncompressed size to 100 bytes in its local header and its central entry.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const name = new TextEncoder().encode('liar.txt');
    const at = (o: number) => name.every((b, i) => zip[o + i] === b);
    let patched = 0;
    for (let o = 0; o + 46 < zip.length; o++) {
      const sig = view.getUint32(o, true);
      if (sig === 0x04034b50 && at(o + 30)) (view.setUint32(o + 22, 100, true), patched++);
      if (sig === 0x02014b50 && at(o + 46)) (view.setUint32(o + 24, 100, true), patched++);
    }
    expect(patched).toBe(2);
    const docs = await all('liar.zip', zip);
    expect(docs.find((d) => d.name === 'liar.zip!liar.txt')!.error).toMatch(/expands beyond the 100 bytes/);
    expect(docs.find((d) => d.name === 'liar.zip!ok.txt')!.error).toBeNull();
  });

  it('the total expanded size of one file is capped across members', async () => {
    const member = new TextEncoder().encode('x'.repeat(400_000));
    const zip = await f.makeZip({ 'a.txt': member, 'b.txt': member, 'c.txt': member, 'd.txt': member });
    const docs = await all('many.zip', zip, { maxExpandedBytes: 1_000_000, maxCompressionRatio: 1e9 });
    const outer = docs.at(-1)!;
    expect(outer.name).toBe('many.zip');
    expect(outer.error).toMatch(/expanded size exceeds/);
    expect(docs.filter((d) => d.name.startsWith('many.zip!') && d.error === null).length).toBe(2);
  });

  it('deeply nested zips stop at the depth limit', async () => {
    let bytes: Uint8Array = new TextEncoder().encode('innerst');
    let name = 'core.txt';
    for (let i = 0; i < 12; i++) {
      bytes = await f.makeZip({ [name]: bytes });
      name = `level${i}.zip`;
    }
    const docs = await all('deep.zip', bytes, { maxDepth: 5 });
    const failed = docs.filter((d) => d.error);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.error).toMatch(/nested deeper than 5/);
    expect(failed[0]!.name.split('!')).toHaveLength(7);
  });

  it('billion laughs inside a docx is refused', async () => {
    const docx = await JSZip.loadAsync(await f.makeDocx(['hej']));
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
      + '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
      + '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>';
    docx.file('word/document.xml', laughs);
    const [doc] = await all('lol.docx', await docx.generateAsync({ type: 'uint8array' }));
    expect(doc!.format).toBe('docx');
    expect(doc!.error).toMatch(/DOCTYPE/);
    expect(doc!.segments.map((s) => s.text).join('')).not.toContain('lol');
  });

  it('a truncated pdf and a truncated docx fail clearly', async () => {
    const pdf = await f.makePdf(['Sida ett', 'Sida två']);
    const [p] = await all('cut.pdf', pdf.subarray(0, Math.floor(pdf.length / 3)));
    expect(p!.format).toBe('pdf');
    expect(p!.error).toMatch(/unreadable PDF/);
    const docx = await f.makeDocx(['hej']);
    const [d] = await all('cut.docx', docx.subarray(0, docx.length - 200));
    expect(d!.error).toMatch(/zip/);
  });

  it('random bytes with an office extension are reported, not guessed', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    random[10] = 0;
    const [d] = await all('rapport.docx', random);
    expect(d!.format).toBe('unknown');
    expect(d!.error).toMatch(/unrecognised binary content \(the name says \.docx\)/);
  });

  it('legacy binary Office files are named as unsupported', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const [d] = await all('gammal.doc', ole);
    expect(d!.error).toMatch(/legacy binary Office/);
  });

  it('a text of long blank runs (the trailing-blank trim once backtracked through each) reads at once', async () => {
    const text = `${' '.repeat(300_000)}x\n${'\t \r\n'.repeat(100_000)}personnummer 18900411-9807   \n\n`;
    const [doc] = await all('blanks.txt', new TextEncoder().encode(text));
    expect(doc!.error).toBeNull();
    const joined = doc!.segments.map((s) => s.text).join('\n');
    expect(joined.endsWith('personnummer 18900411-9807')).toBe(true);
    expect(joined.trimStart().startsWith('x\n')).toBe(true);
    const [blank] = await all('blank.txt', new TextEncoder().encode(' \r\n\t\u00a0 '));
    expect(blank!.segments).toEqual([]);
  });

  it('HTML broken on purpose (unclosed comments, tags and scripts by the thousand) is read in one pass', async () => {
    const html = `<p>Före</p>${'<a '.repeat(50_000)}>länk</a><p>Pnr 18900411-9807</p>${' '.repeat(100_000)}x<script>${'<!--'.repeat(50_000)}`;
    const [doc] = await all('trasig.html', new TextEncoder().encode(`<!doctype html>${html}`));
    expect(doc!.error).toBeNull();
    const text = doc!.segments.map((s) => s.text).join('\n');
    expect(text).toContain('Före');
    expect(text).toContain('Pnr 18900411-9807');
    expect(text).not.toContain('<!--');
  });

  it('office XML broken on purpose (unclosed tags and comments by the thousand) is read in one pass', async () => {
    const body = '<w:p><w:r><w:t>Pnr 18900411-9807</w:t></w:r></w:p>';
    const docx = await f.makeZip({
      '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      'word/document.xml': `<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${body}${'<!-- '.repeat(50_000)}${'<w:t '.repeat(100_000)}`,
    });
    const [doc] = await all('trasig.docx', docx);
    expect(doc!.format).toBe('docx');
    expect(doc!.segments.map((s) => s.text)).toEqual(['Pnr 18900411-9807']);
  });

  it('text, size and time limits', async () => {
    const big = new TextEncoder().encode('rad\n'.repeat(10_000));
    const [t] = await all('big.txt', big, { maxTextChars: 1000 });
    expect(t!.error).toMatch(/text exceeds 1000/);
    expect(t!.segments.reduce((n, s) => n + s.text.length, 0)).toBeLessThanOrEqual(1000);
    const [s] = await all('big.txt', big, { maxFileBytes: 100 });
    expect(s!.error).toMatch(/limit is 100/);
    const [m] = await all('slow.zip', await f.makeZip({ 'a.txt': 'x' }), { maxMillis: -1 });
    expect(m!.error).toMatch(/time limit/);
  });
});
