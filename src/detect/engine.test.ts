import { describe, expect, it } from 'vitest';
import { type Finding, assessDocument, bundledDictionaries, createDetector } from './index.js';

const NOW = new Date('2026-11-15');
const det = createDetector({ hashKey: 'k', minConfidence: 'medium', reveal: true, now: NOW });
const low = createDetector({ hashKey: 'k', minConfidence: 'low', reveal: true, now: NOW });
const types = (fs: Finding[]) => fs.map((f) => f.type);
const one = (text: string) => det.detect(text);

describe('personnummer and samordningsnummer', () => {
  it('finds 10/12-digit forms with -, + and none, normalised to 12 digits', () => {
    expect(one('pnr 811218-9876')[0]).toMatchObject({ type: 'SE_PERSONNUMMER', value: '198112189876', confidence: 'high' });
    expect(one('född 19811218-9876')[0]?.value).toBe('198112189876');
    expect(one('personnummer 2001011564 gäller')[0]?.value).toBe('202001011564');
    expect(one('personnummer 200101+1564')[0]?.value).toBe('192001011564'); // '+': 100 years or older
    expect(one('personnummer 200101-1564')[0]?.value).toBe('202001011564');
  });
  it('reports samordningsnummer as its own type', () => {
    expect(one('samordningsnummer 191401682396')[0]?.type).toBe('SE_SAMORDNINGSNUMMER');
  });
  it('rejects bad checksums, dates, long numbers and numbers inside decimals or references', () => {
    for (const t of ['pnr 811218-9875', '2023-01-15', '20230115', '1234811218987656', 'Dnr KS 2023/1234', '8112.189876', 'summa 1.811.218.987']) {
      expect(types(one(t)).filter((x) => x.startsWith('SE_P') || x === 'SE_SAMORDNINGSNUMMER'), t).toEqual([]);
    }
  });
  it('lowers a valid number labelled OCR, faktura or Dnr below medium', () => {
    expect(one('OCR: 8112189876')).toHaveLength(0);
    expect(low.detect('OCR: 8112189876')[0]?.confidence).toBe('low');
    expect(one('Fakturanummer 8112189876')).toHaveLength(0);
  });
  it('keeps support closer than a counter-word: "faktura till pnr 811218-9876"', () => {
    expect(types(one('Faktura till Anna, pnr 811218-9876'))).toEqual(['SE_PERSONNUMMER']);
  });
  it('masks as 19XXXXXX-XX76 and hashes with the key', () => {
    const f = one('pnr 811218-9876')[0]!;
    expect(f.masked).toBe('19XXXXXX-XX76');
    expect(f.hash).toMatch(/^[0-9a-f]{32}$/);
    const other = createDetector({ hashKey: 'other', now: NOW }).detect('pnr 811218-9876')[0]!;
    expect(other.hash).not.toBe(f.hash);
    expect(other.value).toBeUndefined();
    expect(JSON.stringify(other)).not.toContain('9876');
  });
});

describe('organisationsnummer', () => {
  it('never reports an organisationsnummer as personnummer', () => {
    expect(types(one('Org.nr 212000-0142'))).toEqual(['SE_ORGANISATIONSNUMMER']);
    expect(one('Kommunen 212000-0142')[0]?.confidence).toBe('high');
    expect(one('momsregistreringsnummer SE556703748501')[0]).toMatchObject({ type: 'SE_ORGANISATIONSNUMMER', value: '5567037485' });
    expect(one('Org.nr 165567037485')[0]?.type).toBe('SE_ORGANISATIONSNUMMER');
    // A bare 10-digit number that passes the rules is too common to be more than low without context.
    expect(one('5567037485')).toHaveLength(0);
    expect(low.detect('5567037485')[0]).toMatchObject({ type: 'SE_ORGANISATIONSNUMMER', confidence: 'low' });
    expect(one('Kundnummer: 5567037485')).toHaveLength(0);
  });
});

describe('giro, IBAN, cards', () => {
  it('bankgiro and plusgiro need a context word', () => {
    expect(one('Bankgiro 5050-1055')[0]).toMatchObject({ type: 'SE_BANKGIRO', confidence: 'high' });
    expect(one('Ring 5050-1055')).toHaveLength(0);
    expect(one('PlusGiro 47 89 99-6')[0]?.type).toBe('SE_PLUSGIRO');
    expect(one('betala till pg 4789996')[0]?.type).toBe('SE_PLUSGIRO');
    expect(one('artikel 4789996')).toHaveLength(0);
    expect(one('Bankgiro 5050-1054')).toHaveLength(0); // bad Luhn
  });
  it('IBAN with mod 97, print and compact form', () => {
    expect(one('IBAN: SE45 5000 0000 0583 9825 7466')[0]).toMatchObject({ type: 'IBAN', value: 'SE4550000000058398257466', masked: 'SEXXXXXXXXXXXXXXXXXX7466' });
    expect(one('GB82WEST12345698765432')[0]?.type).toBe('IBAN');
    expect(one('SE45 5000 0000 0583 9825 7467')).toHaveLength(0);
  });
  it('payment cards: Luhn and issuer, OCR look-alike lowered', () => {
    expect(one('kort 4111 1111 1111 1111')[0]).toMatchObject({ type: 'PAYMENT_CARD', masked: 'XXXXXXXXXXXX1111' });
    expect(one('5555555555554444')[0]?.type).toBe('PAYMENT_CARD');
    expect(one('4111 1111 1111 1112')).toHaveLength(0);
    expect(one('9111 1111 1111 1116')).toHaveLength(0); // no issuer 9
    expect(one('OCR 4111111111111111')).toHaveLength(0);
    // Odd lengths (the check digit's neighbour is doubled, the first digit is not).
    expect(one('kort 378282246310005')[0]?.type).toBe('PAYMENT_CARD'); // Amex, 15
    expect(one('kort 4222222222222')[0]?.type).toBe('PAYMENT_CARD'); // Visa, 13
    expect(one('kort 378282246310006')).toHaveLength(0);
    expect(one('kort 4222222222223')).toHaveLength(0);
  });
});

describe('phone, e-mail, passport, driving licence, postcode', () => {
  it('phones in +46, 0046 and 0 forms, normalised to +46', () => {
    expect(one('070-123 45 67')[0]?.value).toBe('+46701234567');
    expect(one('+46 70 123 45 67')[0]).toMatchObject({ value: '+46701234567', start: 0 });
    expect(one('0046701234567')[0]?.value).toBe('+46701234567');
    expect(one('Tel 08-123 456 78')[0]).toMatchObject({ type: 'SE_PHONE', value: '+46812345678', confidence: 'high' });
    // The longest and shortest forms: a slipped trunk 0 after 0046 (14 digits), a landline after 0 (8).
    expect(one('tel 0046 070 123 45 67')[0]).toMatchObject({ value: '+46701234567', start: 4 });
    expect(one('tel +46 070 123 45 67')[0]?.value).toBe('+46701234567');
    expect(one('tel 08-123 456')[0]?.value).toBe('+468123456');
    // The international form with the trunk zero in brackets, before a grouped number.
    expect(one('Tel: +46 (0)8-123 456 78')[0]).toMatchObject({ type: 'SE_PHONE', value: '+46812345678', start: 5, end: 24 });
    expect(one('+46 (0)70-123 45 67')[0]?.value).toBe('+46701234567');
    expect(one('+46(0)31 123 45 67')[0]?.value).toBe('+46311234567');
    expect(one('+46 (0) 8 123 45 67')[0]?.value).toBe('+4681234567');
    expect(one('+47 (0)8 123 45 67').filter((f) => f.type === 'SE_PHONE')).toHaveLength(0); // not Sweden
    expect(one('(0)8 123 45 67')).toHaveLength(0); // no country code
    expect(one('0751234567')).toHaveLength(0); // 075 is not a mobile series
    expect(one('01-12-2023')).toHaveLength(0);
  });
  it('e-mail lower-cased, masked', () => {
    expect(one('Skicka till Anna.Berg@Kommun.se.')[0]).toMatchObject({ type: 'EMAIL', value: 'anna.berg@kommun.se', masked: 'a***@kommun.se' });
    expect(one('@kommun and a@b')).toHaveLength(0);
  });
  it('passport and driving licence only with a context word', () => {
    expect(one('Passnummer: 12345678')[0]?.type).toBe('SE_PASSPORT');
    expect(one('Antal: 12345678')).toHaveLength(0);
    expect(one('Körkortsnummer 811218-9876')[0]?.type).toBe('SE_DRIVING_LICENCE');
  });
  it('postcode before a place name', () => {
    expect(one('Storgatan 1, 123 45 Stockholm')[0]?.type).toBe('SE_POSTAL_ADDRESS');
    expect(one('summa 123 45 kr')).toHaveLength(0);
  });
});

describe('categories', () => {
  it('matches inflections, phrases and case-sensitive acronyms', () => {
    const t = types(one('Han är sjukskriven. Beslut om insats enligt LSS. Skyddad  identitet. Sol och vind.'));
    expect(t).toEqual(['HEALTH', 'SOCIAL_SERVICES', 'SOCIAL_SERVICES', 'PROTECTED_IDENTITY']);
    expect(one('Solen skiner, sol och bad.')).toHaveLength(0);
  });
  it('ICD-10 codes only in a medical context', () => {
    expect(one('Diagnos: F32.1')[1]).toMatchObject({ type: 'HEALTH', masked: 'ICD-10 FXX' });
    expect(one('Vägen E45 mot Göteborg, rum F32.1')).toHaveLength(0);
  });
  it('reports a phrase once: its own words neither repeat it nor lift its confidence', () => {
    const alone = low.detect('Hon söker ekonomiskt bistånd.');
    expect(alone.map((f) => [f.masked, f.confidence])).toEqual([['SOCIAL_SERVICES:ekonomiskt bistånd', 'medium']]);
    // A second term of the family does lift it, and the word alone elsewhere is its own finding.
    const more = low.detect('Hon söker ekonomiskt bistånd. Ärendet gäller LSS och bistånd.');
    expect(more.map((f) => f.masked)).toEqual(['SOCIAL_SERVICES:ekonomiskt bistånd', 'SOCIAL_SERVICES:LSS', 'SOCIAL_SERVICES:bistånd']);
    expect(more[0]!.confidence).toBe('high');
  });
  it('masks a category finding as its dictionary entry', () => {
    expect(one('orosanmälan')[0]?.masked).toBe('SOCIAL_SERVICES:orosanmälan');
  });
});

describe('types filter and offsets', () => {
  it('restricts types and shifts offsets', () => {
    const d = createDetector({ hashKey: 'k', types: ['EMAIL'], now: NOW });
    expect(types(d.detect('pnr 811218-9876 a@b.se'))).toEqual(['EMAIL']);
    expect(d.detect('a@b.se', { offset: 100 })[0]).toMatchObject({ start: 100, end: 106 });
  });
});

describe('assessDocument', () => {
  const verdict = (t: string) => assessDocument(det.detect(t));
  it('none for a policy text about LSS without a person', () => {
    expect(verdict('Kommunens riktlinjer för insatser enligt LSS och handläggning av orosanmälan.')).toMatchObject({ sensitivity: 'none', suggestedK: 0 });
  });
  it('personal for an identity number alone', () => {
    expect(verdict('Deltagare: pnr 811218-9876')).toMatchObject({ sensitivity: 'personal', suggestedK: 1 });
  });
  it('secret 26:1 for social services about an identified person', () => {
    expect(verdict('Orosanmälan gällande Anna Berg, pnr 811218-9876.')).toMatchObject({ sensitivity: 'secret', osl: ['26:1'], suggestedK: 3 });
  });
  it('secret K4 21:3 for protected identity with an identity number', () => {
    expect(verdict('Skyddad identitet: 811218-9876 har sekretessmarkering.')).toMatchObject({ sensitivity: 'secret', suggestedK: 4, osl: ['21:3'] });
  });
  it('sensitive for union membership of a named person', () => {
    expect(verdict('Lars Svensson är fackmedlem och betalar fackavgift.')).toMatchObject({ sensitivity: 'sensitive', suggestedK: 2 });
  });
  it('HR option maps health to OSL 39', () => {
    expect(assessDocument(det.detect('Lars Svensson sjukskriven enligt läkarintyg.'), { hr: true }).osl).toEqual(['39:1', '39:3']);
  });
});

describe('hostile input stays linear', () => {
  it('handles long digit runs, separators, @-chains and letter runs quickly', () => {
    const inputs = [
      '1'.repeat(300_000),
      '1 '.repeat(150_000),
      '12-'.repeat(100_000),
      'a@'.repeat(150_000),
      `x@${'a.'.repeat(150_000)}`,
      'SE'.repeat(150_000) + '12',
      'skyddad '.repeat(40_000),
      'F32.1 '.repeat(50_000),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      det.detect(text);
      expect(performance.now() - t0, text.slice(0, 12)).toBeLessThan(3000);
    }
  });
});

describe('dictionary terms of any length', () => {
  // A municipality's own dictionary may hold short prefix terms; the scanner's three-letter
  // shortcut must not skip a term that ends inside a word's first three letters.
  const dictionaries = (terms: string[]) => {
    const bundled = bundledDictionaries();
    const health = bundled.categories.find((c) => c.type === 'HEALTH')!;
    return { ...bundled, categories: [...bundled.categories.filter((c) => c !== health), { ...health, strong: [...health.strong, ...terms] }] };
  };
  it('finds prefix terms of two, three and more letters, and exact one-letter-word terms', () => {
    const d = createDetector({ hashKey: 'k', minConfidence: 'medium', now: NOW }, dictionaries(['qx*', 'zqy*', 'qwzx*', '=Q']));
    const found = (t: string) => d.detect(t).filter((f) => f.type === 'HEALTH').map((f) => f.masked);
    expect(found('en qxabcd här')).toEqual(['HEALTH:qx*']);
    expect(found('zqyxx och qwzxy')).toEqual(['HEALTH:zqy*', 'HEALTH:qwzx*']);
    expect(found('Q är en bokstav')).toEqual(['HEALTH:Q']);
    expect(found('q qa qxa'.slice(0, 4))).toEqual([]);
    expect(found('text som slutar på qx')).toEqual(['HEALTH:qx*']);
  });
  it('the same with the three-letter shortcut (no prefix term shorter than three letters)', () => {
    const d = createDetector({ hashKey: 'k', minConfidence: 'medium', now: NOW }, dictionaries(['zqy*', 'qwzx*', '=Q', 'qj']));
    const found = (t: string) => d.detect(t).filter((f) => f.type === 'HEALTH').map((f) => f.masked);
    expect(found('zqyxx och qwzxy')).toEqual(['HEALTH:zqy*', 'HEALTH:qwzx*']);
    expect(found('Q, qj och qjj')).toEqual(['HEALTH:Q', 'HEALTH:qj']);
    expect(found('slut: zqy')).toEqual(['HEALTH:zqy*']);
    expect(found('slut: qj')).toEqual(['HEALTH:qj']);
  });
});

describe('maxFindingsPerType', () => {
  it('lists the first findings of each type and counts the rest', () => {
    const d = createDetector({ hashKey: 'k', now: NOW, maxFindingsPerType: 2 });
    const text = Array.from({ length: 5 }, (_, i) => `tel 070-${1234560 + i}`).join('\n') + '\ne-post anna.berg@kommun.se';
    const r = d.detectAll(text);
    expect(r.findings.map((f) => f.type)).toEqual(['SE_PHONE', 'SE_PHONE', 'EMAIL']);
    expect(r.omitted).toEqual({ SE_PHONE: 3 });
    expect(d.detectAll('tel 070-1234567').omitted).toEqual({}); // counters start over per call
    expect(createDetector({ hashKey: 'k', now: NOW }).detectAll(text).findings).toHaveLength(6);
  });
});

describe('a detector used for many documents', () => {
  // A detector keeps its pass's tables (context index, term list, candidate queue) from one
  // document to the next: nothing of one document may reach the next one's findings.
  it('finds in each document exactly what a new detector finds, whatever came before', () => {
    const docs = [
      'Personnummer 811218-9876. Sjukskrivning på grund av depression, diagnos F32.1. E-post anna.berg@kommun.se',
      'tel 070-123 45 67\n'.repeat(300) + 'ekonomiskt bistånd enligt SoL för Kalle Karlsson, pnr 19811218-9876',
      'Faktura OCR 8112189876. Bankgiro 5050-1055. Inget annat.',
      '',
      'LSS-beslut: personlig assistans. Kontakt: +46 (0)8-123 456 78, IBAN SE45 5000 0000 0583 9825 7466',
    ];
    const reused = createDetector({ hashKey: 'k', minConfidence: 'low', reveal: true, now: NOW, maxFindingsPerType: 50 });
    for (const order of [docs, [...docs].reverse(), [docs[1]!, docs[1]!, docs[0]!, docs[0]!]]) {
      for (const doc of order) {
        const fresh = createDetector({ hashKey: 'k', minConfidence: 'low', reveal: true, now: NOW, maxFindingsPerType: 50 }).detectAll(doc);
        expect(reused.detectAll(doc)).toEqual(fresh);
      }
    }
    expect(reused.detect(docs[1]!).filter((f) => f.type === 'SE_PHONE')).toHaveLength(50);
  });
});
