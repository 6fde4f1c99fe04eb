import { Code, Text } from '@mantine/core';
import { type I18n, isKey, type TKey, useI18n } from '../i18n/index.tsx';

// Fields named by a text that exists for the form or page; every other field has its own
// `field.<name>` text (i18n/sv-audit.ts).
const fieldKeys: Record<string, TKey> = {
  name: 'common.name',
  description: 'detail.description',
  process: 'detail.process',
  ownerRole: 'detail.ownerRole',
  purpose: 'detail.purpose',
  volume: 'detail.volume',
  retention: 'detail.retention',
  personalDataCategories: 'detail.personalData',
  legal: 'detail.legal',
  'legal.osl': 'detail.osl',
  'legal.personalData': 'detail.personalDataFlag',
  'legal.gdprArt9': 'detail.art9',
  'legal.gdprArt10': 'detail.art10',
  'legal.identityNumbers': 'detail.identityNumbers',
  'legal.protectedIdentity': 'detail.protectedIdentity',
  'legal.securityClass': 'detail.securityClass',
  'legal.aggregated': 'detail.aggregated',
  status: 'detail.status',
  departmentId: 'common.department',
  department: 'common.department',
  classificationState: 'common.state',
  reviewDue: 'assets.reviewDue',
  note: 'common.note',
  reason: 'common.reason',
  before: 'audit.before',
  after: 'audit.after',
  decision: 'dec.choice',
  verdict: 'dec.verdict',
  state: 'common.state',
  expiresOn: 'risk.expiresOn',
  code: 'common.code',
  kind: 'dep.kind',
  functions: 'dep.functions',
  title: 'ws.workshopTitle',
  heldOn: 'ws.heldOn',
  participants: 'ws.participants',
  username: 'users.username',
  displayName: 'users.displayName',
  role: 'admin.role',
  departmentIds: 'admin.departments',
  disabled: 'users.disabled',
};

/** A readable label for a field path in history and diffs ("levels.K" → "Konfidentialitet"). */
export function fieldLabel(field: string, i18n: I18n): string {
  const key = fieldKeys[field] ?? `field.${field}`;
  if (isKey(key)) return i18n.t(key);
  const aspect = /^(?:levels|classification\.levels|derived)\.([KRTS])$/.exec(field);
  if (aspect) return i18n.t(`aspect.${aspect[1]}` as 'aspect.K');
  return field;
}

export function formatValue(value: unknown, i18n: I18n): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? i18n.t('common.yes') : i18n.t('common.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '–';
    return value
      .map((v) => (v && typeof v === 'object' && 'ref' in v ? `${(v as { ref: string }).ref} (${(v as { harmTest?: string }).harmTest ?? ''})` : formatValue(v, i18n)))
      .join(', ');
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (['K', 'R', 'T', 'S'].every((k) => typeof o[k] === 'number')) return `K${o.K} R${o.R} T${o.T} S${o.S}`;
    return JSON.stringify(value);
  }
  return String(value);
}

export function Value({ value }: { value: unknown }) {
  const i18n = useI18n();
  const text = formatValue(value, i18n);
  if (text.startsWith('{') || text.startsWith('['))
    return (
      <Code block style={{ whiteSpace: 'pre-wrap', maxWidth: 480 }}>
        {text}
      </Code>
    );
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Text>
  );
}
