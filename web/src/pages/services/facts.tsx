// The service facts as the UI shows them: grouped, with their allowed values, "unknown" made
// visible, and the "verified on / source" note of each fact.
import { Badge, Stack, Text } from '@mantine/core';
import type { ServiceInput } from '../../api/placement.ts';
import { type I18n, type TKey, useI18n } from '../../i18n/index.tsx';

export type FactName = keyof ServiceInput & string;

export type FactKind = 'text' | 'enum' | 'list' | 'backup' | 'sla';

export interface FactDef {
  name: FactName;
  label: TKey;
  kind: FactKind;
  options?: readonly string[];
  /** Has a verification note (every fact of ServiceFacts; deployment does not). */
  verifiable: boolean;
}

const tri = ['yes', 'no', 'unknown'] as const;
export const jurisdictions = ['eu_eea', 'us', 'other', 'unknown'] as const;
export const locations = ['sweden', 'eu_eea', 'third_country', 'unknown'] as const;
export const keyControls = ['customer_hsm_eu', 'byok', 'provider', 'unknown'] as const;
export const processings = ['storage_only', 'clear_text', 'unknown'] as const;
export const backupKinds = ['none', 'native', 'third_party', 'unknown'] as const;
export const deployments = ['saas', 'paas', 'iaas', 'on_premises', 'unknown'] as const;
export const triStates = tri;

const f = (name: FactName, label: TKey, kind: FactKind, options?: readonly string[], verifiable = true): FactDef => ({ name, label, kind, options, verifiable });

export const factGroups: { id: string; label: TKey; facts: FactDef[] }[] = [
  {
    id: 'owner',
    label: 'group.owner',
    facts: [
      f('provider', 'f.provider', 'text'),
      f('parentCompany', 'f.parentCompany', 'text'),
      f('ownerJurisdiction', 'f.ownerJurisdiction', 'enum', jurisdictions),
      f('thirdCountrySubProcessors', 'f.thirdCountrySubProcessors', 'enum', tri),
      f('thirdCountrySupportAccess', 'f.thirdCountrySupportAccess', 'enum', tri),
    ],
  },
  {
    id: 'storage',
    label: 'group.storage',
    facts: [
      f('deployment', 'f.deployment', 'enum', deployments, false),
      f('dataLocation', 'f.dataLocation', 'enum', locations),
      f('processingLocation', 'f.processingLocation', 'enum', locations),
      f('processing', 'f.processing', 'enum', processings),
    ],
  },
  { id: 'encryption', label: 'group.encryption', facts: [f('keyControl', 'f.keyControl', 'enum', keyControls)] },
  {
    id: 'agreements',
    label: 'group.agreements',
    facts: [
      f('dataProcessingAgreement', 'f.dataProcessingAgreement', 'enum', tri),
      f('dpfCertified', 'f.dpfCertified', 'enum', tri),
      f('certifications', 'f.certifications', 'list'),
    ],
  },
  {
    id: 'continuity',
    label: 'group.continuity',
    facts: [
      f('backup', 'f.backup', 'backup'),
      f('sla', 'f.sla', 'sla'),
      f('exitPlan', 'f.exitPlan', 'enum', tri),
      f('offlineFallback', 'f.offlineFallback', 'enum', tri),
    ],
  },
];

export const allFacts: FactDef[] = factGroups.flatMap((g) => g.facts);

/** Whether a fact (or part of it) is unknown: the rules treat it as such. */
export function isUnknown(def: FactDef, s: ServiceInput): boolean {
  const v = s[def.name] as unknown;
  switch (def.kind) {
    case 'text':
      return !v || String(v).trim() === '';
    case 'enum':
      return v === 'unknown';
    case 'list':
      return false;
    case 'backup':
      return s.backup.kind === 'unknown' || (s.backup.kind !== 'none' && s.backup.location === 'unknown');
    case 'sla':
      return s.sla.agreed === 'unknown';
  }
}

export function countUnknown(s: ServiceInput): number {
  return allFacts.filter((d) => isUnknown(d, s)).length;
}

export function valueLabel(i18n: I18n, v: string | null | undefined): string {
  if (!v) return i18n.t('v.unknown');
  return i18n.t(`v.${v}` as TKey);
}

/** "service.ownerJurisdiction" → "Ägarens jurisdiktion" (for the engine's unknownFacts). */
export function rawFactLabel(i18n: I18n, raw: string): string {
  const name = raw.replace(/^service\./, '').split('.')[0]!;
  const def = allFacts.find((d) => d.name === name);
  return def ? i18n.t(def.label) : raw;
}

export function UnknownBadge() {
  const { t } = useI18n();
  return (
    <Badge variant="outline" color="#8a4a00" radius="sm" title={t('fact.unknownHint')} styles={{ root: { textTransform: 'none', flexShrink: 0 }, label: { overflow: 'visible' } }}>
      <span aria-hidden="true">? </span>
      {t('fact.unknown')}
    </Badge>
  );
}

/** One fact's value, with "Okänd" shown as a badge. */
export function FactValue({ def, service }: { def: FactDef; service: ServiceInput }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const v = service[def.name] as unknown;
  if (def.kind === 'text') return v ? <Text size="sm">{String(v)}</Text> : <UnknownBadge />;
  if (def.kind === 'enum') return v === 'unknown' ? <UnknownBadge /> : <Text size="sm">{valueLabel(i18n, String(v))}</Text>;
  if (def.kind === 'list') {
    const list = v as string[];
    return <Text size="sm">{list.length ? list.join(', ') : t('common.none')}</Text>;
  }
  if (def.kind === 'backup') {
    const b = service.backup;
    return (
      <Stack gap={2}>
        <Text size="sm" component="div">
          {b.kind === 'unknown' ? <UnknownBadge /> : valueLabel(i18n, b.kind)}
        </Text>
        {b.kind !== 'none' && (
          <Text size="sm" component="div">
            {t('f.backupLocation')}: {b.location === 'unknown' ? <UnknownBadge /> : valueLabel(i18n, b.location)}
          </Text>
        )}
        <Text size="sm">
          {t('f.lastRestoreTest')}: {b.lastRestoreTest ? date(b.lastRestoreTest) : t('common.notSet')}
        </Text>
      </Stack>
    );
  }
  const sla = service.sla;
  return (
    <Stack gap={2}>
      <Text size="sm" component="div">
        {t('f.slaAgreed')}: {sla.agreed === 'unknown' ? <UnknownBadge /> : valueLabel(i18n, sla.agreed)}
      </Text>
      {sla.availabilityPercent != null && (
        <Text size="sm">
          {t('f.slaPercent')}: {sla.availabilityPercent}
        </Text>
      )}
    </Stack>
  );
}

/** The "verified on / source" note of a fact. */
export function VerificationNote({ def, service }: { def: FactDef; service: ServiceInput }) {
  const { t, date } = useI18n();
  if (!def.verifiable) return <Text size="sm">–</Text>;
  const v = (service.verification as Record<string, { verifiedOn: string | null; source: string } | undefined>)[def.name];
  return (
    <Stack gap={2}>
      {v?.verifiedOn ? (
        <Text size="sm">
          <span aria-hidden="true">✓ </span>
          {t('fact.verified', { date: date(v.verifiedOn) })}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('fact.notVerified')}
        </Text>
      )}
      {v?.source && <Text size="sm">{t('fact.source', { source: v.source })}</Text>}
    </Stack>
  );
}
