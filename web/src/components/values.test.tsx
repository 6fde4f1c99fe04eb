// History and audit changes name fields by label, never by the raw path: every field an asset
// version records, and every field the audit trail records for assets, classifications and
// placements, has a label in both languages.
import { describe, expect, it } from 'vitest';
import { versionSnapshot } from '../../../src/map/assets/rows.ts';
import { Asset } from '../../../src/map/model.ts';
import { type I18n, isKey, type Lang, makeI18n } from '../i18n/index.tsx';
import { asFieldChanges } from '../pages/audit/ChangesView.tsx';
import { expandChanges, fieldLabel, formatValue } from './values.tsx';

const i18nIn = (lang: Lang): I18n => makeI18n(lang);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every path the history diff can name: objects as a whole (null ↔ value) and each leaf. */
function paths(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (isObject(v) ? [prefix + k, ...paths(v, `${prefix}${k}.`)] : [prefix + k]));
}

const asset = Asset.parse({
  id: '00000000-0000-4000-8000-000000000001',
  departmentId: '00000000-0000-4000-8000-000000000002',
  ref: 'SOC-001',
  departmentCode: 'SOC',
  departmentName: 'Socialförvaltningen',
  name: 'Personakter',
  version: 2,
  levels: { K: 3, R: 2, T: 2, S: 2 },
  classificationState: 'draft',
  reviewDue: '2027-06-01',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-02T00:00:00Z',
});

// What the audit trail records beside the asset's own fields (src/map/assets/store.ts,
// src/classify/store.ts, src/placement/store.ts).
const AUDIT_FIELDS = ['departmentId', 'templateId', 'version', 'before', 'after', 'overrides', 'levels', 'reviewDue', 'assetId', 'serviceId', 'purpose', 'decision', 'verdict', 'reason', 'decidedOn', 'evaluated', 'decisions'];

// The actions recorded with an asset version: createAsset, updateAsset and setAssetLevels callers.
const HISTORY_ACTIONS = ['create', 'update', 'archive', 'import', 'classify', 'approve', 'records-plan', 'demo', 'workshop:accepted', 'workshop:adjusted', 'workshop:added'];

describe.each(['sv', 'en'] as const)('labels in %s', (lang) => {
  const i18n = i18nIn(lang);
  it('names every field of a version snapshot', () => {
    const fields = paths(versionSnapshot(asset));
    expect(fields).toContain('legal.gdprArt9');
    expect(fields.filter((f) => fieldLabel(f, i18n) === f)).toEqual([]);
  });
  it('names the fields of asset, classification and placement audit entries', () => {
    expect(AUDIT_FIELDS.filter((f) => fieldLabel(f, i18n) === f)).toEqual([]);
  });
  it('names every history action', () => {
    expect(HISTORY_ACTIONS.filter((a) => !isKey(`history.action.${a}`))).toEqual([]);
  });
  it('falls back to the path for an unknown field', () => {
    expect(fieldLabel('somethingNew', i18n)).toBe('somethingNew');
  });
});

const legal = {
  osl: [{ ref: '26:1', harmTest: 'omvant' }],
  personalData: true,
  gdprArt9: ['health'],
  gdprArt10: false,
  identityNumbers: true,
  protectedIdentity: false,
  securityClass: 'none',
  aggregated: false,
};

describe('values in words', () => {
  const sv = i18nIn('sv');
  const en = i18nIn('en');
  it('shows booleans as Ja/Nej and Yes/No', () => {
    expect([formatValue(true, sv), formatValue(false, sv)]).toEqual(['Ja', 'Nej']);
    expect([formatValue(true, en, { field: 'legal.gdprArt10' }), formatValue(false, en)]).toEqual(['Yes', 'No']);
  });
  it('shows codes by their labels, by the field they are in', () => {
    expect(formatValue('none', sv, { field: 'legal.securityClass' })).toBe('Ingen');
    expect(formatValue('kvalificerat_hemlig', en, { field: 'legal.securityClass' })).toBe('Top secret');
    expect(formatValue('archived', sv, { field: 'status' })).toBe('Arkiverad');
    expect(formatValue('approved', en, { field: 'classificationState' })).toBe('Approved');
    expect(formatValue('accepted', sv, { field: 'state' })).toBe('Accepterad');
    expect(formatValue(['health', 'genetic'], sv, { field: 'legal.gdprArt9' })).toBe('Hälsa, Genetiska uppgifter');
    expect(formatValue('not_allowed', sv, { field: 'verdict' })).toBe('Ej tillåten');
    // Roles by their names in the roles catalogue; an unknown role stays as stored.
    expect(formatValue('owner', sv, { field: 'role' })).toBe('Informationsägare');
    expect(formatValue('security_officer', en, { field: 'after.role' })).toBe('Information-security officer');
    expect(formatValue('owner', sv, { field: 'name' })).toBe('owner');
    expect(formatValue('retired_role', sv, { field: 'role' })).toBe('retired_role');
    // The same word in a free-text field stays as written.
    expect(formatValue('none', sv, { field: 'name' })).toBe('none');
  });
  it('shows dates and times as the rest of the interface does', () => {
    expect(formatValue('2027-06-01', sv, { field: 'reviewDue' })).toBe('1 juni 2027');
    expect(formatValue('2027-06-01', en, { field: 'expiresOn' })).toBe('1 Jun 2027');
    expect(formatValue('2026-11-28T09:05:00Z', sv, { field: 'decidedOn' })).toBe(sv.dateTime('2026-11-28T09:05:00Z'));
    expect(formatValue('2026-11-28T09:05:00Z', sv)).toMatch(/^28 nov\. 2026/);
    // Not a date: as written.
    expect(formatValue('2027-06', sv, { field: 'note' })).toBe('2027-06');
  });
  it('shows OSL references with their harm test', () => {
    expect(formatValue([{ ref: '26:1', harmTest: 'omvant' }, { ref: '21:3 a', harmTest: 'absolut' }], sv, { field: 'legal.osl' })).toBe('OSL 26:1 · Omvänt; OSL 21:3 a · Absolut');
    expect(formatValue([{ ref: '26:1', harmTest: 'rakt' }], en)).toBe('OSL 26:1 · Straight');
  });
  it('shows the legal categories as readable parts, not JSON', () => {
    expect(formatValue(legal, sv, { field: 'legal' })).toBe(
      'OSL 26:1 · Omvänt; Personuppgifter; Känsliga personuppgifter (GDPR art. 9): Hälsa; Personnummer; Säkerhetsskyddsklass: Ingen',
    );
    // jsonb returns the keys by length; the parts keep the asset page's order.
    const stored = Object.fromEntries(Object.entries(legal).sort(([a], [b]) => a.length - b.length));
    expect(formatValue(stored, sv)).toBe(formatValue(legal, sv));
    expect(formatValue({ ...legal, osl: [], personalData: false, gdprArt9: [], identityNumbers: false, securityClass: 'hemlig' }, en)).toBe('Security classification: Secret');
  });
  it('shows levels as K3 R2 T2 S1, one aspect with its level word', () => {
    expect(formatValue({ K: 3, R: 2, T: 2, S: 1 }, sv, { field: 'levels' })).toBe('K3 R2 T2 S1');
    expect(formatValue(3, sv, { field: 'levels.K' })).toBe('3 (Allvarlig)');
    expect(formatValue(0, en, { field: 'levels.S' })).toBe('0 (None or negligible)');
    expect(formatValue(null, sv, { field: 'levels' })).toBe('Ej klassad');
    expect(formatValue({ K: { level: 0, reason: 'Offentliga uppgifter' } }, sv, { field: 'overrides' })).toBe('K0: Offentliga uppgifter');
  });
  it('names ids by the given names and leaves other objects as JSON', () => {
    expect(formatValue('d1', sv, { field: 'departmentId', name: (id) => (id === 'd1' ? 'SOC' : undefined) })).toBe('SOC');
    expect(formatValue({ a: 1 }, sv)).toBe('{"a":1}');
    expect(formatValue([], sv)).toBe('–');
  });
});

describe('changes of whole objects', () => {
  const after = { ...legal, gdprArt10: true, securityClass: 'konfidentiell' };
  it('splits a changed object into its changed sub-fields', () => {
    expect(expandChanges([{ field: 'legal', before: legal, after }, { field: 'name', before: 'A', after: 'B' }])).toEqual([
      { field: 'legal.gdprArt10', before: false, after: true },
      { field: 'legal.securityClass', before: 'none', after: 'konfidentiell' },
      { field: 'name', before: 'A', after: 'B' },
    ]);
  });
  it('keeps an object that appears as one change', () => {
    expect(expandChanges([{ field: 'legal', before: null, after }])).toEqual([{ field: 'legal', before: null, after }]);
  });
  it('reads an audited asset update as sub-field rows with labels and words', () => {
    const sv = i18nIn('sv');
    const rows = asFieldChanges([{ field: 'legal', before: legal, after }])!.map((c) => [
      fieldLabel(c.field, sv),
      formatValue(c.before, sv, { field: c.field }),
      formatValue(c.after, sv, { field: c.field }),
    ]);
    expect(rows).toEqual([
      ['Lagöverträdelser (GDPR art. 10)', 'Nej', 'Ja'],
      ['Säkerhetsskyddsklass', 'Ingen', 'Konfidentiell'],
    ]);
  });
  it('diffs a before/after pair of objects in depth', () => {
    expect(asFieldChanges({ before: { a: { b: 1 } }, after: { a: { b: 2 } } })).toEqual([{ field: 'a.b', before: 1, after: 2 }]);
  });
});

describe('audit values of logins, exports and risks', () => {
  it('names login methods, their fields and risk levels in both languages', () => {
    const sv = i18nIn('sv');
    const en = i18nIn('en');
    expect(formatValue('oidc', sv, { field: 'method' })).toBe('Enkel inloggning (OpenID Connect)');
    expect(formatValue('password', en, { field: 'method' })).toBe('Password');
    expect(formatValue('GET', sv, { field: 'method' })).toBe('GET'); // a token's HTTP method stays as it is
    expect(formatValue({ likelihood: 2, consequence: 5 }, sv, { field: 'inherent' })).toBe('Sannolikhet 2 · Konsekvens 5');
    expect(formatValue('overridden', sv, { field: 'decision' })).toBe('Annat beslut än bedömningen');
    expect(formatValue('confirmed', en, { field: 'changes.decision' })).toBe('Verdict confirmed');
    for (const f of ['method', 'mfaEnrolmentOnly', 'inherent', 'residual', 'path', 'format', 'filter', 'entries', 'issuer']) {
      for (const i18n of [sv, en]) expect(fieldLabel(f, i18n), f).not.toBe(f);
    }
    for (const type of ['asset', 'department', 'placement', 'placement_decision', 'risk', 'ruleset', 'service', 'settings', 'token', 'user', 'workshop']) {
      expect(isKey(`entity.${type}`), type).toBe(true);
    }
  });
});
