// The labelled Swedish corpus: letters, minutes, social-services notes, HR lists, invoices, e-mails,
// neutral documents and decoys, generated from a seed. Per-document sensitivity follows the same
// policy as assessDocument, computed from what was inserted (not from what the engine finds).
import { CATEGORY_TYPES, type CategoryType, type DetectionType, type Sensitivity } from '../types.js';
import { DocBuilder, type GoldSpan, type LabelledDocument } from './builder.js';
import * as id from './identifiers.js';
import { CATEGORY_PHRASES, DOMAINS, FILLER, STREETS, SURNAMES, TOWNS } from './phrases.js';
import firstNames from '../../../catalog/detect/first-names.json' with { type: 'json' };

const FIRST = firstNames.firstNames;

export interface CorpusOptions {
  seed?: number;
  documents?: number;
  /** 12-digit test personnummer / samordningsnummer (Skatteverket); generated when absent. */
  personnummer?: readonly string[];
  samordningsnummer?: readonly string[];
  now?: Date;
}

const IDENTIFIED: DetectionType[] = ['SE_PERSONNUMMER', 'SE_SAMORDNINGSNUMMER', 'SE_PASSPORT', 'SE_DRIVING_LICENCE', 'PERSON_NAME'];
const CONTACT: DetectionType[] = ['EMAIL', 'SE_PHONE', 'PAYMENT_CARD'];

export function goldSensitivity(spans: readonly GoldSpan[]): Sensitivity {
  const has = (t: DetectionType) => spans.some((s) => s.type === t);
  const identified = IDENTIFIED.some(has);
  const contact = CONTACT.some(has);
  if (identified && (has('PROTECTED_IDENTITY') || has('SOCIAL_SERVICES') || has('HEALTH'))) return 'secret';
  if ((identified || contact) && CATEGORY_TYPES.some((c) => c !== 'PROTECTED_IDENTITY' && has(c))) return 'sensitive';
  if (identified || contact) return 'personal';
  return 'none';
}

function fallbackPnr(r: id.Rng): string {
  const y = id.int(r, 1930, 2015);
  const body = `${String(y).slice(2)}${String(id.int(r, 1, 12)).padStart(2, '0')}${String(id.int(r, 1, 28)).padStart(2, '0')}${id.int(r, 100, 999)}`;
  return String(y).slice(0, 2) + id.withLuhn(body);
}

export function generateCorpus(options: CorpusOptions = {}): LabelledDocument[] {
  const r = id.mulberry32(options.seed ?? 42);
  const now = options.now ?? new Date('2026-11-15');
  const pnrs = options.personnummer?.length ? options.personnummer : null;
  const snrs = options.samordningsnummer?.length ? options.samordningsnummer : null;
  const pick = <T>(xs: readonly T[]) => id.pick(r, xs);
  const name = () => `${pick(FIRST)} ${pick(SURNAMES)}`;
  const pnr = () => id.formatPnr(r, pnrs ? pick(pnrs) : fallbackPnr(r), now);
  const snr = () => (snrs ? id.formatPnr(r, pick(snrs), now) : null);
  const email = (n: string) => `${n.toLowerCase().replace(' ', '.').replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e')}@${pick(DOMAINS)}`;
  const filler = (b: DocBuilder, n: number) => {
    for (let k = 0; k < n; k++) b.add(`${pick(FILLER)} `);
  };
  const category = (b: DocBuilder, c: CategoryType) => b.add(`${pick(CATEGORY_PHRASES[c])} `);
  const person = (b: DocBuilder) => {
    const n = name();
    b.add(`Namn: {PERSON_NAME:${n}}\nPersonnummer: {SE_PERSONNUMMER:${pnr()}}\n`);
    return n;
  };

  const kinds: Record<string, (b: DocBuilder) => void> = {
    letter(b) {
      const n = name();
      b.add(`{PERSON_NAME:${n}}\n${pick(STREETS)} ${id.int(r, 1, 60)}\n{SE_POSTAL_ADDRESS:${id.int(r, 100, 989)} ${id.int(r, 10, 99)}} ${pick(TOWNS)}\n\n`);
      b.add(`Hej!\nVi har tagit emot din ansökan. Ditt personnummer {SE_PERSONNUMMER:${pnr()}} finns registrerat. `);
      filler(b, 2);
      b.add(`Du når oss på telefon {SE_PHONE:${id.landline(r)}} eller {EMAIL:${email(name())}}.\n`);
    },
    minutes(b) {
      b.add(`Protokoll, Dnr KS ${id.decoyNumber(r)}\n`);
      filler(b, 6);
      if (r() < 0.5) b.add(`Ordförande: {PERSON_NAME:${name()}}\n`);
    },
    socialNote(b) {
      const s = snr();
      if (s && r() < 0.3) b.add(`Namn: {PERSON_NAME:${name()}}\nSamordningsnummer: {SE_SAMORDNINGSNUMMER:${s}}\n`);
      else person(b);
      category(b, 'SOCIAL_SERVICES');
      filler(b, 1);
      category(b, 'SOCIAL_SERVICES');
      if (r() < 0.4) category(b, 'HEALTH');
      if (r() < 0.2) category(b, 'PROTECTED_IDENTITY');
      if (r() < 0.2) category(b, 'CRIMINAL_OFFENCE');
      b.add(`Kontakt: {SE_PHONE:${id.mobile(r)}}\n`);
    },
    hrList(b) {
      b.add('Namn;Personnummer;Mobil;E-post;Anteckning\n');
      const rows = id.int(r, 3, 12);
      for (let k = 0; k < rows; k++) {
        const n = name();
        b.add(`{PERSON_NAME:${n}};{SE_PERSONNUMMER:${pnr()}};{SE_PHONE:${id.mobile(r)}};{EMAIL:${email(n)}};`);
        const x = r();
        if (x < 0.15) category(b, 'TRADE_UNION');
        else if (x < 0.25) category(b, 'HEALTH');
        b.add('\n');
      }
    },
    invoice(b) {
      b.add(`FAKTURA\nByggbolaget i Syd AB, Org.nr {SE_ORGANISATIONSNUMMER:${id.orgnr(r).replace(/^(\d{6})/, '$1-')}}\n`);
      b.add(`Fakturanummer: ${id.int(r, 10000, 999999)}\nOCR: ${id.withLuhn(String(id.int(r, 100000000, 999999999)))}\n`);
      b.add(`Bankgiro: {SE_BANKGIRO:${id.bankgiro(r)}}\n`);
      if (r() < 0.5) b.add(`Plusgiro: {SE_PLUSGIRO:${id.plusgiro(r)}}\n`);
      if (r() < 0.5) b.add(`IBAN: {IBAN:${id.ibanSE(r)}}\n`);
      b.add(`Att betala: ${id.int(r, 1, 99)} ${id.int(r, 100, 999)},00 kr. Förfallodag ${id.decoyNumber(r)}.\n`);
      if (r() < 0.3) b.add(`Vår referens: {PERSON_NAME:${name()}}\n`);
    },
    email(b) {
      const from = name();
      b.add(`Från: {EMAIL:${email(from)}}\nTill: {EMAIL:${email(name())}}\nÄmne: Veckans planering\n\nHej!\n`);
      filler(b, 2);
      if (r() < 0.3) category(b, 'HEALTH');
      if (r() < 0.2) b.add(`Betalkort: {PAYMENT_CARD:${id.visaCard(r)}}\n`);
      b.add(`\nHälsningar\n{PERSON_NAME:${from}}\nMobil {SE_PHONE:${id.mobile(r)}}\n`);
    },
    travel(b) {
      person(b);
      b.add(`Passnummer: {SE_PASSPORT:${id.passport(r)}}\n`);
      filler(b, 2);
      if (r() < 0.5) category(b, pick(['RELIGION', 'ETHNICITY', 'SEXUAL_ORIENTATION', 'POLITICAL_OPINION'] as const));
    },
    policy(b) {
      b.add('Riktlinjer\n');
      filler(b, 2);
      category(b, pick(['SOCIAL_SERVICES', 'HEALTH', 'CRIMINAL_OFFENCE'] as const));
      filler(b, 3);
    },
    neutral(b) {
      filler(b, id.int(r, 4, 10));
    },
    decoys(b) {
      b.add(`Ärendenummer ${id.decoyNumber(r)}. Dnr KS ${id.int(r, 2015, 2025)}/${id.int(r, 100, 9999)}. `);
      b.add(`Kundnummer: ${id.withLuhn(String(id.int(r, 100000000, 999999999)))}. Referens ${id.decoyNumber(r)}. `);
      b.add(`Datum ${id.decoyNumber(r)}, belopp ${id.decoyNumber(r)}, nummer ${id.decoyNumber(r)}. Antal besökare: ${id.int(r, 1000000, 99999999)}. `);
      filler(b, 2);
    },
  };
  const names = Object.keys(kinds);
  const docs: LabelledDocument[] = [];
  const count = options.documents ?? 600;
  for (let k = 0; k < count; k++) {
    const kind = names[k % names.length]!;
    const b = new DocBuilder();
    kinds[kind]!(b);
    docs.push(b.build(`${kind}-${k}`, kind, goldSensitivity(b.spans)));
  }
  return docs;
}
