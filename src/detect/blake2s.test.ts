import { blake2s } from '@noble/hashes/blake2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { createKeyedHashHex } from './blake2s.js';

const KAT_KEY = Uint8Array.from({ length: 32 }, (_, i) => i);

describe('keyed BLAKE2s', () => {
  it('matches the reference keyed test vector (blake2s-kat, key 00..1f, empty input)', () => {
    const h = createKeyedHashHex(KAT_KEY, 32);
    expect(h('', '')).toBe('48a8997da407876b3d79c0d92325ad3b89cbb754d86ab71aee047ad345fd2c49');
  });

  it('equals @noble/hashes for every message length 0–200, ASCII and not, several keys and output sizes', () => {
    const alphabet = 'SE_PERSONNUMMER:+46 0123456789abcdefåäöÅÄÖé€😀';
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (const [key, out] of [['detector key', 16], [KAT_KEY.slice(0, 1), 32], [KAT_KEY, 8]] as const) {
      const h = createKeyedHashHex(key, out);
      const keyBytes = typeof key === 'string' ? new TextEncoder().encode(key) : key;
      for (let len = 0; len <= 200; len++) {
        let s = '';
        for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * (len % 3 === 0 ? 27 : alphabet.length))];
        const cut = Math.floor(rnd() * (s.length + 1));
        const [prefix, value] = [s.slice(0, cut), s.slice(cut)];
        const expected = bytesToHex(blake2s(new TextEncoder().encode(prefix + value), { key: keyBytes, dkLen: out }));
        expect(h(prefix, value), `length ${len}`).toBe(expected);
      }
    }
  });

  it('depends on the key and rejects bad parameters', () => {
    expect(createKeyedHashHex('a')('SE_PHONE:', '+46701234567')).not.toBe(createKeyedHashHex('b')('SE_PHONE:', '+46701234567'));
    expect(() => createKeyedHashHex('k', 33)).toThrow(/output/);
  });
});

describe('keyed BLAKE2s, long keys and unkeyed', () => {
  it('hashes a key longer than 32 bytes to 32 first, and an empty key is plain BLAKE2s', () => {
    const long = new Uint8Array(100).map((_, i) => (i * 37) & 0xff);
    const derived = blake2s(long, { dkLen: 32 });
    expect(createKeyedHashHex(long)('TYPE:', 'vårdnad')).toBe(bytesToHex(blake2s(new TextEncoder().encode('TYPE:vårdnad'), { key: derived, dkLen: 16 })));
    // RFC 7693 appendix B: BLAKE2s-256("abc").
    expect(createKeyedHashHex('', 32)('ab', 'c')).toBe('508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982');
  });
});
