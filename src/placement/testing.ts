// Builders for tests and benchmarks: a neutral asset and a service whose facts are all known
// and keep data in Sweden, so each test states only what it is about.
import { LegalCategories } from '../map/model.js';
import { Service, type ServiceInput } from '../services/model.js';
import type { PlacementAsset } from './model.js';

type LegalInput = Partial<Parameters<typeof LegalCategories.parse>[0] & object>;

export function makeAsset(
  over: { id?: string; departmentId?: string; name?: string; levels?: Partial<NonNullable<PlacementAsset['levels']>> | null; legal?: LegalInput } = {},
): PlacementAsset {
  return {
    id: over.id ?? 'asset-1',
    departmentId: over.departmentId ?? 'dept-1',
    name: over.name ?? 'Testmängd',
    levels: over.levels === null ? null : { K: 0, R: 0, T: 0, S: 0, ...over.levels },
    legal: LegalCategories.parse(over.legal ?? {}),
  };
}

/** A Swedish-hosted service with every deciding fact known: not exposed, no effective encryption. */
export function makeService(over: Partial<ServiceInput> & { id?: string } = {}): Service {
  return Service.parse({
    id: 'service-1',
    name: 'Testtjänst',
    deployment: 'saas',
    ownerJurisdiction: 'eu_eea',
    dataLocation: 'sweden',
    processingLocation: 'sweden',
    backup: { kind: 'native', location: 'sweden' },
    thirdCountrySubProcessors: 'no',
    thirdCountrySupportAccess: 'no',
    keyControl: 'provider',
    processing: 'clear_text',
    dataProcessingAgreement: 'yes',
    dpfCertified: 'no',
    exitPlan: 'yes',
    offlineFallback: 'yes',
    ...over,
  });
}

/** A US-owned office suite: exposed, provider-held keys, DPF-certified. */
export const usSuite = (over: Partial<ServiceInput> & { id?: string } = {}) =>
  makeService({ id: 'us-suite', ownerJurisdiction: 'us', dataLocation: 'eu_eea', thirdCountrySupportAccess: 'yes', dpfCertified: 'yes', ...over });

/** Exposed, but the municipality holds the keys in its EU HSM and the provider only stores ciphertext. */
export const encryptedUsStorage = (over: Partial<ServiceInput> & { id?: string } = {}) =>
  usSuite({ id: 'us-encrypted', keyControl: 'customer_hsm_eu', processing: 'storage_only', ...over });
