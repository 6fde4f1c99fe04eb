// Mapping between asset rows and the API's Asset shape, and the snapshot kept per version.
import type { Asset, LegalCategories, Levels } from '../model.js';

export interface AssetRow {
  id: string;
  ref: string;
  department_id: string;
  department_code: string;
  department_name: string;
  name: string;
  description: string;
  process: string;
  owner_role: string;
  purpose: string;
  volume: string;
  retention: string;
  personal_data_categories: string[];
  legal: LegalCategories;
  status: 'draft' | 'active' | 'archived';
  template_id: string | null;
  version: number;
  k: number | null;
  r: number | null;
  t: number | null;
  s: number | null;
  classification_state: 'unclassified' | 'draft' | 'approved';
  review_due: string | null;
  created_at: Date;
  updated_at: Date;
}

export const ASSET_COLUMNS = `a.id, a.ref, a.department_id, d.code AS department_code, d.name AS department_name, a.name,
  a.description, a.process, a.owner_role, a.purpose, a.volume, a.retention, a.personal_data_categories, a.legal, a.status,
  a.template_id, a.version, a.k, a.r, a.t, a.s, a.classification_state, a.review_due, a.created_at, a.updated_at`;

export function levelsOf(r: Pick<AssetRow, 'k' | 'r' | 't' | 's'>): Levels | null {
  if (r.k === null || r.r === null || r.t === null || r.s === null) return null;
  return { K: r.k, R: r.r, T: r.t, S: r.s };
}

export function toAsset(r: AssetRow): Asset {
  return {
    id: r.id,
    ref: r.ref,
    departmentId: r.department_id,
    departmentCode: r.department_code,
    departmentName: r.department_name,
    name: r.name,
    description: r.description,
    process: r.process,
    ownerRole: r.owner_role,
    purpose: r.purpose,
    volume: r.volume,
    retention: r.retention,
    personalDataCategories: r.personal_data_categories,
    legal: r.legal,
    status: r.status,
    templateId: r.template_id,
    version: r.version,
    levels: levelsOf(r),
    classificationState: r.classification_state,
    reviewDue: r.review_due,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** What a version records: the user-visible state, without timestamps that change on every save. */
export function versionSnapshot(a: Asset): Record<string, unknown> {
  return {
    ref: a.ref,
    department: a.departmentCode,
    name: a.name,
    description: a.description,
    process: a.process,
    ownerRole: a.ownerRole,
    purpose: a.purpose,
    volume: a.volume,
    retention: a.retention,
    personalDataCategories: a.personalDataCategories,
    legal: a.legal,
    status: a.status,
    templateId: a.templateId,
    levels: a.levels,
    classificationState: a.classificationState,
    reviewDue: a.reviewDue,
  };
}
