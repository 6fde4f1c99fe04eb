import { describe, expect, it } from 'vitest';
import { createHmacHex, createHmacSha256, createPrefixedHmacHex, sha256, toHex, utf8 } from './sha256.js';

const hex = (s: string) => Uint8Array.from(s.match(/../g)!.map((b) => parseInt(b, 16)));

describe('sha256', () => {
  it('matches FIPS 180-2 vectors', () => {
    expect(toHex(sha256(utf8('')))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(toHex(sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(toHex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });
});

describe('HMAC-SHA-256 (RFC 4231)', () => {
  it('test case 1', () => {
    const mac = createHmacSha256(hex('0b'.repeat(20)));
    expect(toHex(mac(utf8('Hi There')))).toBe('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
  });
  it('test case 2 (string key)', () => {
    const mac = createHmacSha256('Jefe');
    expect(toHex(mac(utf8('what do ya want for nothing?')))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });
  it('test case 6 (key longer than a block)', () => {
    const mac = createHmacSha256(hex('aa'.repeat(131)));
    expect(toHex(mac(utf8('Test Using Larger Than Block-Size Key - Hash Key First')))).toBe(
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
  });
});

describe('createHmacHex (one-block fast path)', () => {
  it('agrees with the general HMAC for short, 55-byte, long and non-ASCII messages', () => {
    const fast = createHmacHex('nyckel', 64);
    const slow = createHmacSha256('nyckel');
    for (const m of ['', 'SE_PERSONNUMMER:198112189876', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(200), 'HEALTH:ångest åäö']) {
      expect(fast(m), m).toBe(toHex(slow(utf8(m))));
    }
    expect(createHmacHex('Jefe', 64)('what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(createHmacHex('Jefe')('what do ya want for nothing?')).toHaveLength(32);
  });
});

describe('createPrefixedHmacHex (the engine\'s path: no `TYPE:value` string is built)', () => {
  it('equals the general HMAC of prefix + value, across the one-block limit and for non-ASCII', () => {
    const slow = createHmacSha256('nyckel');
    for (const hexChars of [32, 64, 20]) {
      const mac = createPrefixedHmacHex('nyckel', hexChars);
      const cases: [string, string][] = [
        ['', ''],
        ['SE_PERSONNUMMER:', '198112189876'],
        ['SE_PHONE:', '+46701234567'],
        ['EMAIL:', 'x'.repeat(49)], // 55 bytes: the last one-block message
        ['EMAIL:', 'x'.repeat(50)], // 56 bytes: two blocks
        ['EMAIL:', `${'y'.repeat(120)}@kommun.se`],
        ['PERSON_NAME:', 'Åsa Öberg'],
        ['HEALTH:', 'ångest åäö'],
      ];
      for (const [prefix, value] of cases) {
        expect(mac(prefix, value), `${prefix}${value}`).toBe(toHex(slow(utf8(prefix + value))).slice(0, hexChars));
      }
    }
  });
});
