import { describe, expect, it } from 'vitest';
import { assetFacts, FALSE, lookupFact, serviceFacts, TRUE, UNKNOWN } from './facts.js';
import { makeService } from './testing.js';

const exposed = lookupFact('service.exposed')!.fact;
const encryption = lookupFact('service.effectiveEncryption')!.fact;
const run = (f: typeof exposed, over: Parameters<typeof makeService>[0]) => (f.compute as (s: unknown) => { code: number; unknown?: string[] })(makeService(over));

describe('derived service facts (three-valued)', () => {
  it('exposed: any third-country link is enough; unknown only when nothing is known to expose', () => {
    expect(run(exposed, {}).code).toBe(FALSE);
    expect(run(exposed, { ownerJurisdiction: 'us', thirdCountrySubProcessors: 'unknown' }).code).toBe(TRUE);
    expect(run(exposed, { backup: { kind: 'third_party', location: 'third_country', lastRestoreTest: null } }).code).toBe(TRUE);
    expect(run(exposed, { backup: { kind: 'none', location: 'unknown', lastRestoreTest: null } }).code).toBe(FALSE);
    expect(run(exposed, { thirdCountrySupportAccess: 'unknown', dataLocation: 'unknown' })).toEqual({
      code: UNKNOWN, unknown: ['service.dataLocation', 'service.thirdCountrySupportAccess'],
    });
  });

  it('effective encryption: customer HSM in the EU and storage only; BYOK with processing is not', () => {
    expect(run(encryption, { keyControl: 'customer_hsm_eu', processing: 'storage_only' }).code).toBe(TRUE);
    expect(run(encryption, { keyControl: 'byok', processing: 'storage_only' }).code).toBe(FALSE);
    expect(run(encryption, { keyControl: 'customer_hsm_eu', processing: 'clear_text' }).code).toBe(FALSE);
    expect(run(encryption, { keyControl: 'customer_hsm_eu', processing: 'unknown' })).toEqual({ code: UNKNOWN, unknown: ['service.processing'] });
  });

  it('fact names are unique and enum facts fit the 3-bit profile packing', () => {
    const names = [...assetFacts, ...serviceFacts].map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of [...assetFacts, ...serviceFacts]) if (f.type === 'enum') expect(f.values.length).toBeLessThanOrEqual(8);
  });
});
