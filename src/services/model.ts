// The contract of the services register: the facts about a system or cloud service that decide
// whether information may be placed there. Shared by API, UI, storage and the placement engine.
// "unknown" is a real value everywhere a fact decides a verdict: the rules fail closed on it.
import { z } from 'zod';

/** Swedish first, English too. */
export const Text = z.object({ sv: z.string().min(1).max(2000), en: z.string().min(1).max(2000) });
export type Text = z.infer<typeof Text>;

export const TriState = z.enum(['yes', 'no', 'unknown']);
export type TriState = z.infer<typeof TriState>;

/** Jurisdiction of the ultimate owner (parent company), which decides who can compel access. */
export const Jurisdiction = z.enum(['eu_eea', 'us', 'other', 'unknown']);
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/** Where data sits or is processed. Sweden is inside the EU/EEA; kept apart because boards ask. */
export const Location = z.enum(['sweden', 'eu_eea', 'third_country', 'unknown']);
export type Location = z.infer<typeof Location>;

/** Who controls the encryption keys: customer-held in the municipality's own EU HSM, bring-your-own-key, the provider. */
export const KeyControl = z.enum(['customer_hsm_eu', 'byok', 'provider', 'unknown']);
export type KeyControl = z.infer<typeof KeyControl>;

/** Whether the provider only stores ciphertext or processes clear text. */
export const Processing = z.enum(['storage_only', 'clear_text', 'unknown']);
export type Processing = z.infer<typeof Processing>;

export const BackupKind = z.enum(['none', 'native', 'third_party', 'unknown']);
export type BackupKind = z.infer<typeof BackupKind>;

export const Deployment = z.enum(['saas', 'paas', 'iaas', 'on_premises', 'unknown']);
export type Deployment = z.infer<typeof Deployment>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD');

/** A "verified on / source" note for one fact. */
export const Verification = z.object({
  verifiedOn: IsoDate.nullable().default(null),
  source: z.string().max(1000).default(''),
});
export type Verification = z.infer<typeof Verification>;

export const Backup = z.object({
  kind: BackupKind.default('unknown'),
  location: Location.default('unknown'),
  lastRestoreTest: IsoDate.nullable().default(null),
});
export type Backup = z.infer<typeof Backup>;

export const Sla = z.object({
  agreed: TriState.default('unknown'),
  availabilityPercent: z.number().min(0).max(100).nullable().default(null),
});
export type Sla = z.infer<typeof Sla>;

/** The facts, without identity: what a catalogue entry suggests and what a service records. */
export const ServiceFacts = z.object({
  provider: z.string().trim().max(300).default(''),
  parentCompany: z.string().trim().max(300).default(''),
  ownerJurisdiction: Jurisdiction.default('unknown'),
  dataLocation: Location.default('unknown'),
  processingLocation: Location.default('unknown'),
  backup: Backup.default(Backup.parse({})),
  thirdCountrySubProcessors: TriState.default('unknown'),
  thirdCountrySupportAccess: TriState.default('unknown'),
  keyControl: KeyControl.default('unknown'),
  processing: Processing.default('unknown'),
  dataProcessingAgreement: TriState.default('unknown'),
  dpfCertified: TriState.default('unknown'),
  certifications: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  sla: Sla.default(Sla.parse({})),
  exitPlan: TriState.default('unknown'),
  offlineFallback: TriState.default('unknown'),
});
export type ServiceFacts = z.infer<typeof ServiceFacts>;

export const serviceFactNames = Object.keys(ServiceFacts.shape) as (keyof ServiceFacts)[];
export const ServiceFactName = z.enum(serviceFactNames as [keyof ServiceFacts, ...(keyof ServiceFacts)[]]);

/** Verification notes keyed by fact name (e.g. `ownerJurisdiction`), so facts themselves stay flat. */
export const Verifications = z.partialRecord(ServiceFactName, Verification);

export const ServiceInput = ServiceFacts.extend({
  name: z.string().trim().min(1).max(300),
  description: z.string().max(5000).default(''),
  deployment: Deployment.default('unknown'),
  /** The catalogue entry this service was created from, if any. */
  catalogueId: z.string().max(100).nullable().default(null),
  verification: Verifications.default({}),
});
export type ServiceInput = z.infer<typeof ServiceInput>;

export const Service = ServiceInput.extend({
  id: z.string().min(1).max(100),
});
export type Service = z.infer<typeof Service>;

/** A catalogue entry: usual facts of a common service, to confirm before use. */
export const CatalogueEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1).max(300),
  deployment: Deployment,
  description: Text,
  /** What to check before trusting the suggestion. */
  notes: Text.optional(),
  facts: ServiceFacts,
  verification: Verifications.default({}),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

export const ServiceCatalogue = z
  .object({
    format: z.literal('infovakt-service-catalogue'),
    formatVersion: z.literal(1),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    updatedOn: IsoDate,
    disclaimer: Text,
    entries: z.array(CatalogueEntry).min(1),
  })
  .superRefine((cat, ctx) => {
    const seen = new Set<string>();
    cat.entries.forEach((e, i) => {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `duplicate entry id ${e.id}` });
      seen.add(e.id);
    });
  });
export type ServiceCatalogue = z.infer<typeof ServiceCatalogue>;

/** A new service from a catalogue entry: the facts are suggestions until someone verifies them. */
export function serviceInputFromCatalogue(entry: CatalogueEntry, name = entry.name): ServiceInput {
  return ServiceInput.parse({
    ...entry.facts,
    name,
    description: entry.description.sv,
    deployment: entry.deployment,
    catalogueId: entry.id,
    verification: entry.verification,
  });
}
