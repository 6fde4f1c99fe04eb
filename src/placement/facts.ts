// The named facts the rule language may use. Facts are code (how "exposed" follows from the
// service's facts is a definition, DOMAIN.md §3); the rules that combine them are data.
// Every boolean fact is three-valued: false, true or unknown.
import type { Service } from '../services/model.js';
import { Jurisdiction, KeyControl, Location, Processing } from '../services/model.js';
import { SecurityClass } from '../map/model.js';
import type { PlacementAsset } from './model.js';

export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Tri = 0 | 1 | 2;

export interface Label {
  sv: string;
  en: string;
}

/** A computed value; for unknown, the raw facts that made it unknown (named in R0's reason). */
export interface FactValue {
  code: number;
  unknown?: string[];
}

interface FactBase<E> {
  name: string;
  label: Label;
  compute(entity: E): FactValue;
}
export interface BooleanFact<E> extends FactBase<E> {
  type: 'boolean';
}
export interface EnumFact<E> extends FactBase<E> {
  type: 'enum';
  /** Codes are indexes into values; the value "unknown" (if listed) means unknown. */
  values: readonly string[];
}
export type Fact<E> = BooleanFact<E> | EnumFact<E>;

// Shared value objects: preparing 10,000 assets should not allocate one object per fact.
const TRUE_VALUE: FactValue = Object.freeze({ code: TRUE });
const FALSE_VALUE: FactValue = Object.freeze({ code: FALSE });
const tri = (b: boolean): FactValue => (b ? TRUE_VALUE : FALSE_VALUE);
const yesNo = (v: string, raw: string): FactValue =>
  v === 'yes' ? { code: TRUE } : v === 'no' ? { code: FALSE } : { code: UNKNOWN, unknown: [raw] };

function boolAsset(name: string, label: Label, f: (a: PlacementAsset) => boolean): BooleanFact<PlacementAsset> {
  return { name, label, type: 'boolean', compute: (a) => tri(f(a)) };
}
function enumFact<E>(name: string, label: Label, values: readonly string[], get: (e: E) => string): EnumFact<E> {
  const byValue = new Map(values.map((v, i) => [v, Object.freeze({ code: i, unknown: v === 'unknown' ? [name] : undefined })]));
  return { name, label, type: 'enum', values, compute: (e) => byValue.get(get(e)) ?? { code: values.indexOf('unknown'), unknown: [name] } };
}

const hasPersonalData = (a: PlacementAsset) =>
  a.legal.personalData || a.legal.gdprArt9.length > 0 || a.legal.gdprArt10 || a.legal.identityNumbers || a.legal.protectedIdentity;

/** Asset facts. Levels (after rule-set adjustments such as R12) are compared with `{"level": …}`. */
export const assetFacts: readonly Fact<PlacementAsset>[] = [
  boolAsset('asset.osl', { sv: 'sekretess enligt OSL', en: 'secrecy under OSL' }, (a) => a.legal.osl.length > 0),
  boolAsset('asset.osl.strict', { sv: 'stark sekretess (omvänt skaderekvisit eller absolut)', en: 'strict secrecy (reverse harm test or absolute)' },
    (a) => a.legal.osl.some((o) => o.harmTest !== 'rakt')),
  boolAsset('asset.osl.rakt', { sv: 'sekretess med rakt skaderekvisit', en: 'secrecy with straight harm test' },
    (a) => a.legal.osl.some((o) => o.harmTest === 'rakt')),
  boolAsset('asset.personalData', { sv: 'personuppgifter', en: 'personal data' }, hasPersonalData),
  boolAsset('asset.gdpr.art9', { sv: 'känsliga personuppgifter (art. 9)', en: 'special categories (art. 9)' }, (a) => a.legal.gdprArt9.length > 0),
  boolAsset('asset.gdpr.art10', { sv: 'uppgifter om lagöverträdelser (art. 10)', en: 'criminal data (art. 10)' }, (a) => a.legal.gdprArt10),
  boolAsset('asset.identityNumbers', { sv: 'personnummer', en: 'personal identity numbers' }, (a) => a.legal.identityNumbers),
  boolAsset('asset.protectedIdentity', { sv: 'skyddade personuppgifter', en: 'protected identity' }, (a) => a.legal.protectedIdentity),
  boolAsset('asset.aggregated', { sv: 'aggregerade uppgifter (hela register)', en: 'aggregated (whole registers)' }, (a) => a.legal.aggregated),
  boolAsset('asset.classified', { sv: 'informationsmängden är klassad', en: 'the asset is classified' }, (a) => a.levels !== null),
  enumFact('asset.securityClass', { sv: 'säkerhetsskyddsklass', en: 'security class' }, SecurityClass.options, (a) => a.legal.securityClass),
];

const isThird = (l: string) => l === 'third_country';

/** exposed = owner outside the EU/EEA, or data, processing, backup, sub-processors or support in a third country. */
function exposed(s: Service): FactValue {
  const parts: [string, Tri][] = [
    ['service.ownerJurisdiction', s.ownerJurisdiction === 'unknown' ? UNKNOWN : s.ownerJurisdiction === 'eu_eea' ? FALSE : TRUE],
    ['service.dataLocation', s.dataLocation === 'unknown' ? UNKNOWN : isThird(s.dataLocation) ? TRUE : FALSE],
    ['service.processingLocation', s.processingLocation === 'unknown' ? UNKNOWN : isThird(s.processingLocation) ? TRUE : FALSE],
    ['service.backup', s.backup.kind === 'none' ? FALSE
      : s.backup.location === 'unknown' ? UNKNOWN : isThird(s.backup.location) ? TRUE : FALSE],
    ['service.thirdCountrySubProcessors', yesNo(s.thirdCountrySubProcessors, '').code as Tri],
    ['service.thirdCountrySupportAccess', yesNo(s.thirdCountrySupportAccess, '').code as Tri],
  ];
  if (parts.some(([, v]) => v === TRUE)) return { code: TRUE };
  const unknown = parts.filter(([, v]) => v === UNKNOWN).map(([n]) => n);
  return unknown.length ? { code: UNKNOWN, unknown } : { code: FALSE };
}

/** effective encryption = keys held by the municipality in its own EU HSM, and the provider only stores ciphertext. */
function effectiveEncryption(s: Service): FactValue {
  if (s.keyControl === 'byok' || s.keyControl === 'provider' || s.processing === 'clear_text') return { code: FALSE };
  if (s.keyControl === 'customer_hsm_eu' && s.processing === 'storage_only') return { code: TRUE };
  const unknown: string[] = [];
  if (s.keyControl === 'unknown') unknown.push('service.keyControl');
  if (s.processing === 'unknown') unknown.push('service.processing');
  return { code: UNKNOWN, unknown };
}

function boolService(name: string, label: Label, compute: (s: Service) => FactValue): BooleanFact<Service> {
  return { name, label, type: 'boolean', compute };
}

export const serviceFacts: readonly Fact<Service>[] = [
  // Security protection distinguishes the municipality's own environment from outsourcing.
  boolService('service.outsourced', { sv: 'utkontrakterad (inte egen drift)', en: 'outsourced (not run by the municipality)' },
    (s) => (s.deployment === 'unknown' ? { code: UNKNOWN, unknown: ['service.deployment'] } : tri(s.deployment !== 'on_premises'))),
  boolService('service.exposed', { sv: 'exponerad för tredjelandsåtkomst', en: 'exposed to third-country access' }, exposed),
  boolService('service.effectiveEncryption', { sv: 'effektiv kryptering (egna nycklar i EU-HSM, endast lagring)', en: 'effective encryption (own keys in EU HSM, storage only)' }, effectiveEncryption),
  boolService('service.dpfCertified', { sv: 'DPF-certifierad', en: 'DPF-certified' }, (s) => yesNo(s.dpfCertified, 'service.dpfCertified')),
  boolService('service.dataProcessingAgreement', { sv: 'personuppgiftsbiträdesavtal', en: 'data processing agreement' },
    (s) => yesNo(s.dataProcessingAgreement, 'service.dataProcessingAgreement')),
  boolService('service.exitPlan', { sv: 'exitplan', en: 'exit plan' }, (s) => yesNo(s.exitPlan, 'service.exitPlan')),
  boolService('service.offlineFallback', { sv: 'reservrutin utan tjänsten', en: 'offline fallback' }, (s) => yesNo(s.offlineFallback, 'service.offlineFallback')),
  boolService('service.thirdCountrySubProcessors', { sv: 'underbiträden i tredje land', en: 'third-country sub-processors' },
    (s) => yesNo(s.thirdCountrySubProcessors, 'service.thirdCountrySubProcessors')),
  boolService('service.thirdCountrySupportAccess', { sv: 'supportåtkomst från tredje land', en: 'third-country support access' },
    (s) => yesNo(s.thirdCountrySupportAccess, 'service.thirdCountrySupportAccess')),
  boolService('service.backup.present', { sv: 'säkerhetskopiering finns', en: 'backup present' },
    (s) => (s.backup.kind === 'unknown' ? { code: UNKNOWN, unknown: ['service.backup'] } : tri(s.backup.kind !== 'none'))),
  enumFact('service.ownerJurisdiction', { sv: 'ägarens jurisdiktion', en: "owner's jurisdiction" }, Jurisdiction.options, (s) => s.ownerJurisdiction),
  enumFact('service.dataLocation', { sv: 'lagringsplats', en: 'data location' }, Location.options, (s) => s.dataLocation),
  enumFact('service.processingLocation', { sv: 'behandlingsplats', en: 'processing location' }, Location.options, (s) => s.processingLocation),
  enumFact('service.keyControl', { sv: 'nyckelkontroll', en: 'key control' }, KeyControl.options, (s) => s.keyControl),
  enumFact('service.processing', { sv: 'behandling', en: 'processing' }, Processing.options, (s) => s.processing),
];

export const aspects = ['K', 'R', 'T', 'S'] as const;
export type Aspect = (typeof aspects)[number];
/** Code of an unknown level in the prepared arrays. */
export const LEVEL_UNKNOWN = 5;

/** Labels of raw facts that R0 may name (derived facts name their raw sources). */
export const rawFactLabels: Readonly<Record<string, Label>> = {
  'service.ownerJurisdiction': { sv: 'ägarens jurisdiktion', en: "owner's jurisdiction" },
  'service.dataLocation': { sv: 'lagringsplats', en: 'data location' },
  'service.processingLocation': { sv: 'behandlingsplats', en: 'processing location' },
  'service.backup': { sv: 'säkerhetskopiering och dess plats', en: 'backup and its location' },
  'service.thirdCountrySubProcessors': { sv: 'underbiträden i tredje land', en: 'third-country sub-processors' },
  'service.thirdCountrySupportAccess': { sv: 'supportåtkomst från tredje land', en: 'third-country support access' },
  'service.keyControl': { sv: 'nyckelkontroll', en: 'key control' },
  'service.processing': { sv: 'om leverantören behandlar klartext', en: 'whether the provider processes clear text' },
  'service.dpfCertified': { sv: 'DPF-certifiering', en: 'DPF certification' },
  'service.dataProcessingAgreement': { sv: 'personuppgiftsbiträdesavtal', en: 'data processing agreement' },
  'service.exitPlan': { sv: 'exitplan', en: 'exit plan' },
  'service.offlineFallback': { sv: 'reservrutin utan tjänsten', en: 'offline fallback' },
  'asset.levels.K': { sv: 'konfidentialitetsnivå (K)', en: 'confidentiality level (K)' },
  'asset.levels.R': { sv: 'riktighetsnivå (R)', en: 'integrity level (R)' },
  'asset.levels.T': { sv: 'tillgänglighetsnivå (T)', en: 'availability level (T)' },
  'asset.levels.S': { sv: 'spårbarhetsnivå (S)', en: 'traceability level (S)' },
};

const labels = new Map<string, Label>([...[...assetFacts, ...serviceFacts].map((f) => [f.name, f.label] as const), ...Object.entries(rawFactLabels)]);

export function factLabel(name: string): Label {
  return labels.get(name) ?? { sv: name, en: name };
}

const assetIndex = new Map(assetFacts.map((f, i) => [f.name, i]));
const serviceIndex = new Map(serviceFacts.map((f, i) => [f.name, i]));

export type FactRef = { scope: 'asset' | 'service'; index: number; fact: Fact<PlacementAsset> | Fact<Service> };

export function lookupFact(name: string): FactRef | undefined {
  const a = assetIndex.get(name);
  if (a !== undefined) return { scope: 'asset', index: a, fact: assetFacts[a]! };
  const s = serviceIndex.get(name);
  if (s !== undefined) return { scope: 'service', index: s, fact: serviceFacts[s]! };
  return undefined;
}

export const allFactNames: readonly string[] = [...assetFacts, ...serviceFacts].map((f) => f.name);

