// The core must run in a browser (Outlook add-in): no Node-only APIs outside tests and eval.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('browser safety of the core', () => {
  const dir = new URL('.', import.meta.url).pathname;
  const core = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  it('has core files', () => expect(core.length).toBeGreaterThan(10));
  for (const f of core) {
    it(`${f} uses no Node-only API`, () => {
      const src = readFileSync(dir + f, 'utf8');
      expect(src).not.toMatch(/from 'node:|require\(|\bBuffer\b|\bprocess\.|from '(fs|path|crypto|os)'/);
    });
  }
});
