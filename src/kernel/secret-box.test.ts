import { describe, expect, it } from 'vitest';
import { open, seal } from './secret-box.js';

describe('secret box', () => {
  it('seals with a fresh nonce and opens again', () => {
    const a = seal('JBSWY3DPEHPK3PXP');
    const b = seal('JBSWY3DPEHPK3PXP');
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(a).not.toBe(b);
    expect(open(a)).toBe('JBSWY3DPEHPK3PXP');
  });
  it('refuses a tampered value and passes a value stored before encryption through', () => {
    const sealed = seal('secret');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => open(`v1:${raw.toString('base64')}`)).toThrow();
    expect(open('PLAINBASE32')).toBe('PLAINBASE32');
  });
});
