// History and audit changes name fields by label, never by the raw path: every field an asset
// version records, and every field the audit trail records for assets, classifications and
// placements, has a label in both languages.
import { describe, expect, it } from 'vitest';
import { versionSnapshot } from '../../../src/map/assets/rows.ts';
import { Asset } from '../../../src/map/model.ts';
import { type I18n, isKey, type Lang, translate } from '../i18n/index.tsx';
import { fieldLabel } from './values.tsx';

const i18nIn = (lang: Lang) => ({ t: (key, vars) => translate(lang, key, vars) }) as I18n;

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
