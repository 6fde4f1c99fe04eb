// Synthetic benchmark text: Swedish prose with sparse identifiers, and digit-heavy CSV.
// Deterministic (seeded) so that runs compare; identifiers come from a few valid patterns.

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'och att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år säga hon ' +
  'kommunen nämnden beslut ärendet förvaltningen verksamheten under enligt mötet protokoll budget skolan förskolan ' +
  'hemtjänsten planering uppföljning rapport samverkan medarbetare arbetet utveckling kvalitet invånare tjänster ' +
  'socialnämnden detaljplan bygglov kostnader ekonomi miljö trafik ansökan handläggning beslutet möjlighet dessutom'
).split(' ');

/** A checksum-valid personnummer with a random date (distinct values, like a real register). */
function pnr(r: () => number): string {
  const yy = String(Math.floor(r() * 100)).padStart(2, '0');
  const mm = String(1 + Math.floor(r() * 12)).padStart(2, '0');
  const dd = String(1 + Math.floor(r() * 28)).padStart(2, '0');
  const body = `${yy}${mm}${dd}${String(Math.floor(r() * 1000)).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(body[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  const full = body + String((10 - (sum % 10)) % 10);
  return r() < 0.5 ? `${full.slice(0, 6)}-${full.slice(6)}` : full;
}

export function prose(bytes: number, seed = 1): string {
  const r = prng(seed);
  const parts: string[] = [];
  let len = 0;
  while (len < bytes) {
    let sentence = '';
    const n = 6 + Math.floor(r() * 14);
    for (let k = 0; k < n; k++) sentence += (k ? ' ' : '') + WORDS[Math.floor(r() * WORDS.length)];
    const x = r();
    if (x < 0.01) sentence += ` pnr ${pnr(r)}`;
    else if (x < 0.02) sentence += ` tel 070-${100 + Math.floor(r() * 900)} ${10 + Math.floor(r() * 90)} 00`;
    else if (x < 0.03) sentence += ` år ${2000 + Math.floor(r() * 25)} kostade ${Math.floor(r() * 100000)} kr`;
    else if (x < 0.035) sentence += ' kontakta anna.berg@kommun.se';
    sentence = sentence[0]!.toUpperCase() + sentence.slice(1) + (r() < 0.1 ? '.\n' : '. ');
    parts.push(sentence);
    len += sentence.length;
  }
  return parts.join('');
}

export function digitCsv(bytes: number, seed = 2): string {
  const r = prng(seed);
  const rows: string[] = ['id;datum;belopp;kundnummer;ocr;telefon;personnummer\n'];
  let len = 0;
  let id = 1;
  while (len < bytes) {
    const d = `20${10 + Math.floor(r() * 15)}-0${1 + Math.floor(r() * 9)}-${10 + Math.floor(r() * 18)}`;
    const amount = `${Math.floor(r() * 100000)},${Math.floor(r() * 100)}`;
    const kund = String(Math.floor(r() * 1e8));
    const ocr = String(Math.floor(r() * 1e12));
    const tel = `08-${Math.floor(100000 + r() * 899999)}`;
    const id10 = r() < 0.3 ? pnr(r) : String(Math.floor(1e9 + r() * 8.9e9));
    const row = `${id++};${d};${amount};${kund};${ocr};${tel};${id10}\n`;
    rows.push(row);
    len += row.length;
  }
  return rows.join('');
}

/**
 * The text cut into documents of `chunk` characters (Infinity: one), each re-decoded into its own
 * flat string as a scanner hands them over (slices of the corpus cost more per character read).
 */
export function flatDocuments(text: string, chunk: number): string[] {
  const docs: string[] = [];
  for (let off = 0; off < text.length; off += chunk) docs.push(new TextDecoder().decode(new TextEncoder().encode(text.slice(off, off + chunk))));
  return docs;
}
