import { Code, Text } from '@mantine/core';
import { diffObjects } from '../../../src/classify/diff.ts';
import { roleInfo } from '../api/access.ts';
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
export function fieldLabel(field: string, i18n: Pick<I18n, 't'>): string {
  const key = fieldKeys[field] ?? `field.${field}`;
  if (isKey(key)) return i18n.t(key);
  const aspect = /^(?:levels|classification\.levels|derived)\.([KRTS])$/.exec(field);
  if (aspect) return i18n.t(`aspect.${aspect[1]}` as 'aspect.K');
  return field;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A change of one field, as the history diff and the audit trail record it. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * Changes of whole objects (the audit trail records `legal` or `levels` as they were and are)
 * split into one change per sub-field that differs, named by dotted path as the history diff
 * names them ("legal.gdprArt10"); an object that appears or disappears stays one change.
 */
export function expandChanges(changes: FieldChange[]): FieldChange[] {
  return changes.flatMap((c) =>
    isObject(c.before) && isObject(c.after) ? diffObjects(c.before, c.after).map((d) => ({ ...d, field: c.field ? `${c.field}.${d.field}` : d.field })) : [c],
  );
}

// Coded values by the last part of their field's path: the key prefixes their labels have, tried
// in order (a `state` is a classification's or a risk acceptance's; the codes do not overlap).
const codeKeys: Record<string, string[]> = {
  status: ['status.'],
  classificationState: ['state.'],
  state: ['state.', 'risk.acc.'],
  securityClass: ['sec.'],
  harmTest: ['harm.'],
  gdprArt9: ['art9.'],
  verdict: ['verdict.'],
  evaluated: ['verdict.'],
  kind: ['kind.'],
  method: ['method.'],
  decision: ['decision.'],
};

function codeLabel(code: string, field: string, i18n: Pick<I18n, 't'>): string {
  for (const prefix of codeKeys[field.slice(field.lastIndexOf('.') + 1)] ?? []) {
    const key = prefix + code;
    if (isKey(key)) return i18n.t(key);
  }
  return code;
}

/** An OSL reference as the asset page shows it: "OSL 26:1 · Omvänt". */
export function oslLabel(o: { ref: string; harmTest: string }, i18n: Pick<I18n, 't'>): string {
  return `OSL ${o.ref} · ${codeLabel(o.harmTest, 'harmTest', i18n).split(' (')[0]}`;
}

const isOslRef = (v: unknown): v is { ref: string; harmTest: string } => isObject(v) && typeof v.ref === 'string' && typeof v.harmTest === 'string';
const isLegal = (v: Record<string, unknown>) => Array.isArray(v.osl) && typeof v.securityClass === 'string';
const isLevels = (v: Record<string, unknown>) => ['K', 'R', 'T', 'S'].every((k) => typeof v[k] === 'number');
const isRiskLevel = (v: Record<string, unknown>) => Object.keys(v).length === 2 && typeof v.likelihood === 'number' && typeof v.consequence === 'number';
const isOverrides = (v: Record<string, unknown>) =>
  Object.keys(v).length > 0 && Object.entries(v).every(([k, o]) => /^[KRTS]$/.test(k) && isObject(o) && typeof o.level === 'number');

/** What formatting a value needs of the i18n object: texts, catalogue names, dates. */
export type ValueI18n = Pick<I18n, 't' | 'loc' | 'date' | 'dateTime'>;

/**
 * An asset's legal categories in readable parts: its OSL references, the flags that are set (by
 * their labels), the art. 9 categories and always the security-protection class.
 */
function legalText(legal: Record<string, unknown>, i18n: ValueI18n): string {
  const label = (f: string) => fieldLabel(`legal.${f}`, i18n);
  const parts: string[] = [];
  // In the asset page's order, whatever order the stored JSON has (jsonb sorts keys by length).
  const order = ['osl', 'personalData', 'gdprArt9', 'gdprArt10', 'identityNumbers', 'protectedIdentity', 'securityClass', 'aggregated'];
  const fields = [...order.filter((f) => f in legal), ...Object.keys(legal).filter((f) => !order.includes(f))];
  for (const [f, v] of fields.map((f) => [f, legal[f]] as const)) {
    if (f === 'osl' && Array.isArray(v)) parts.push(...v.map((o) => (isOslRef(o) ? oslLabel(o, i18n) : JSON.stringify(o))));
    else if (f === 'securityClass') parts.push(`${label(f)}: ${formatValue(v, i18n, { field: 'legal.securityClass' })}`);
    else if (v === true) parts.push(label(f));
    else if (Array.isArray(v) && v.length > 0) parts.push(`${label(f)}: ${formatValue(v, i18n, { field: `legal.${f}` })}`);
  }
  return parts.join('; ');
}

export interface FormatOptions {
  /** The field's path ("legal.securityClass"): coded values show their labels. */
  field?: string;
  /** A name for an id (a department's code for its id), when there is one. */
  name?: (id: string) => string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** A text value: a name for an id, a role's name, a date as the rest of the UI shows it, a code's label. */
function textValue(value: string, i18n: ValueI18n, field: string, opts: FormatOptions): string {
  const named = opts.name?.(value);
  if (named !== undefined) return named;
  if (field === 'role' || field.endsWith('.role')) {
    const role = roleInfo(value);
    if (role) return i18n.loc(role.name);
  }
  if (ISO_DATE.test(value)) return i18n.date(value);
  if (ISO_TIME.test(value)) return i18n.dateTime(value);
  return codeLabel(value, field, i18n);
}

/** A value from the history or the audit trail in words: Ja/Nej, labels for codes, "K3 R2 T2 S1". */
export function formatValue(value: unknown, i18n: ValueI18n, opts: FormatOptions = {}): string {
  const field = opts.field ?? '';
  if (value === null || value === undefined || value === '') return /^(?:levels|classification\.levels)(?:\.[KRTS])?$/.test(field) ? i18n.t('level.none') : '–';
  if (typeof value === 'boolean') return value ? i18n.t('common.yes') : i18n.t('common.no');
  if (typeof value === 'number') {
    if (/(?:^|\.)(?:levels|derived)\.[KRTS]$/.test(field) && isKey(`level.${value}`)) return `${value} (${i18n.t(`level.${value}` as 'level.0')})`;
    return String(value);
  }
  if (typeof value === 'string') return textValue(value, i18n, field, opts);
  if (Array.isArray(value)) {
    if (value.length === 0) return '–';
    if (value.every(isOslRef)) return value.map((o) => oslLabel(o, i18n)).join('; ');
    if (value.every((v) => !v || typeof v !== 'object')) return value.map((v) => formatValue(v, i18n, opts)).join(', ');
    return JSON.stringify(value);
  }
  if (isObject(value)) {
    if (isLevels(value)) return `K${value.K} R${value.R} T${value.T} S${value.S}`;
    if (isLegal(value)) return legalText(value, i18n);
    if (isRiskLevel(value)) return `${i18n.t('risk.likelihood')} ${value.likelihood} · ${i18n.t('risk.consequence')} ${value.consequence}`;
    if (isOverrides(value)) {
      return Object.entries(value)
        .map(([k, o]) => {
          const { level, reason } = o as { level: number; reason?: string };
          return `${k}${level}${reason ? `: ${reason}` : ''}`;
        })
        .join('; ');
    }
    return JSON.stringify(value);
  }
  return String(value);
}

export function Value({ value, field }: { value: unknown; field?: string }) {
  const i18n = useI18n();
  const text = formatValue(value, i18n, { field });
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
