import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ibanMod97Valid, luhnValid } from './checksums.js';
import { isRealDate, parseOrganisationNumber, parsePersonalNumber } from './identity-number.js';
import { sharedData } from '../../test/shared-data.js';

const DATA = sharedData('skatteverket');
const lines = (f: string) => readFileSync(`${DATA}/${f}`, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const NOW = new Date('2026-11-15T12:00:00Z');

describe('checksums', () => {
  it('Luhn accepts valid and rejects a changed digit', () => {
    expect(luhnValid('8112189876')).toBe(true);
    expect(luhnValid('8112189875')).toBe(false);
    expect(luhnValid('4111111111111111')).toBe(true);
  });
  it('Luhn agrees with the textbook definition on every length, odd and even', () => {
    // Textbook: from the right, every second digit doubled (minus 9 above 9), sum divisible by 10.
    const textbook = (s: string) => [...s].reverse().reduce((sum, c, i) => sum + (i % 2 ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][+c]! : +c), 0) % 10 === 0;
    let seed = 1;
    const digit = () => ((seed = (seed * 48271) % 2147483647) % 10).toString();
    let valid = 0;
    for (let len = 1; len <= 20; len++) {
      for (let k = 0; k < 50; k++) {
        const s = Array.from({ length: len }, digit).join('');
        expect(luhnValid(s), s).toBe(textbook(s));
        if (textbook(s)) valid++;
      }
    }
    expect(valid).toBeGreaterThan(50); // both outcomes were tried
    expect(luhnValid('79927398713')).toBe(true); // odd length, the classic example
  });
  it('IBAN mod 97', () => {
    expect(ibanMod97Valid('SE4550000000058398257466')).toBe(true);
    expect(ibanMod97Valid('SE4550000000058398257467')).toBe(false);
    expect(ibanMod97Valid('GB82WEST12345698765432')).toBe(true);
  });
});

describe('Skatteverket test numbers', () => {
  const pnr = lines('test-personnummer.txt');
  const snr = lines('test-samordningsnummer.txt');

  it('accepts every test personnummer, 12- and 10-digit form, as personnummer', () => {
    expect(pnr.length).toBeGreaterThan(20000);
    for (const p of pnr) {
      expect(parsePersonalNumber(p, '-', NOW)?.kind, p).toBe('personnummer');
      const age = 2026 - Number(p.slice(0, 4));
      const sep = age >= 100 ? '+' : '-';
      expect(parsePersonalNumber(p.slice(2), sep, NOW)?.normalised, p).toBe(p);
    }
  });

  it('accepts every test samordningsnummer (also month 00 / day 60) as samordningsnummer', () => {
    expect(snr.length).toBeGreaterThan(2000);
    let unknownDate = 0;
    for (const s of snr) {
      expect(parsePersonalNumber(s, '-', NOW)?.kind, s).toBe('samordningsnummer');
      if (s.slice(4, 6) === '00' || s.slice(6, 8) === '60') unknownDate++;
    }
    expect(unknownDate).toBe(170);
  });

  it('stays strict elsewhere: month 00 or day 00 is not a personnummer, no test number is an organisationsnummer', () => {
    expect(parsePersonalNumber('190000109800', '-', NOW)).toBeNull();
    expect(parsePersonalNumber('189001009802', '-', NOW)).toBeNull();
    for (const p of pnr.slice(0, 2000)) expect(parseOrganisationNumber(p.slice(2))).toBeNull();
  });

  it('rejects a changed check digit, an impossible date and a future birth', () => {
    expect(parsePersonalNumber('8112189875', '-', NOW)).toBeNull();
    expect(parsePersonalNumber('8102309876', '-', NOW)).toBeNull(); // 30 February
    expect(parsePersonalNumber('203001019871', '-', NOW)).toBeNull();
    expect(parsePersonalNumber('189202299815', '-', NOW)?.kind).toBe('personnummer'); // leap day 1892
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
  });

  it("applies '+' for people aged 100 or more, '-' otherwise", () => {
    expect(parsePersonalNumber('2001011564', '+', NOW)?.normalised).toBe('192001011564');
    expect(parsePersonalNumber('2001011564', '-', NOW)?.normalised).toBe('202001011564');
    expect(parsePersonalNumber('192001011564', '+', NOW)).toBeNull(); // '+' belongs to the 10-digit form
  });
});

describe('organisationsnummer', () => {
  it('accepts municipalities, companies, the 16 prefix', () => {
    expect(parseOrganisationNumber('2120000142')?.normalised).toBe('2120000142');
    expect(parseOrganisationNumber('5567037485')).not.toBeNull();
    expect(parseOrganisationNumber('165567037485')).not.toBeNull();
  });
  it('rejects third digit < 2, bad Luhn, other 12-digit prefixes', () => {
    expect(parseOrganisationNumber('5517037485')).toBeNull();
    expect(parseOrganisationNumber('5567037484')).toBeNull();
    expect(parseOrganisationNumber('195567037485')).toBeNull();
  });
});
