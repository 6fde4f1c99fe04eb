// Storage of information assets: every write bumps the version, keeps a full snapshot of the new
// state and appends to the audit trail in the same transaction.
import type pg from 'pg';
import { type Actor, appendAudit } from '../../kernel/audit/audit.js';
import { conflict, notFound } from '../../kernel/http/errors.js';
import type { Asset, AssetInput, AssetPatch, Levels } from '../model.js';
import { ASSET_COLUMNS, type AssetRow, toAsset, versionSnapshot } from './rows.js';

type Q = pg.Pool | pg.ClientBase;

export async function getAsset(db: Q, id: string, forUpdate = false): Promise<Asset | null> {
  const { rows } = await db.query<AssetRow>(
    `SELECT ${ASSET_COLUMNS} FROM assets a JOIN departments d ON d.id = a.department_id WHERE a.id = $1${forUpdate ? ' FOR UPDATE OF a' : ''}`,
    [id],
  );
  return rows[0] ? toAsset(rows[0]) : null;
}

async function nextRef(tx: pg.ClientBase, departmentId: string): Promise<string> {
  const { rows } = await tx.query<{ code: string; n: number }>(
    'UPDATE departments SET next_ref = next_ref + 1 WHERE id = $1 RETURNING code, next_ref - 1 AS n',
    [departmentId],
  );
  const r = rows[0];
  if (!r) throw notFound('Förvaltningen');
  return `${r.code}-${String(r.n).padStart(3, '0')}`;
}

async function recordVersion(tx: pg.ClientBase, asset: Asset, actor: Actor, action: string): Promise<void> {
  await tx.query('INSERT INTO asset_versions (asset_id, version, actor, action, snapshot) VALUES ($1, $2, $3, $4, $5)', [
    asset.id,
    asset.version,
    actor.name,
    action,
    JSON.stringify(versionSnapshot(asset)),
  ]);
}

export interface CreateOptions {
  ref?: string;
  levels?: Levels | null;
  classificationState?: Asset['classificationState'];
  reviewDue?: string | null;
  action?: string;
}

export async function createAsset(tx: pg.ClientBase, actor: Actor, input: AssetInput, opts: CreateOptions = {}): Promise<Asset> {
  // An empty ref (a row added by hand in Excel) gets the department's next one.
  const ref = opts.ref || (await nextRef(tx, input.departmentId));
  const lv = opts.levels ?? null;
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO assets (ref, department_id, name, description, process, owner_role, purpose, volume, retention,
       personal_data_categories, legal, status, template_id, k, r, t, s, classification_state, review_due)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19) RETURNING id`,
    [ref, input.departmentId, input.name, input.description, input.process, input.ownerRole, input.purpose, input.volume,
      input.retention, input.personalDataCategories, JSON.stringify(input.legal), input.status, input.templateId,
      lv?.K ?? null, lv?.R ?? null, lv?.T ?? null, lv?.S ?? null,
      opts.classificationState ?? (lv ? 'draft' : 'unclassified'), opts.reviewDue ?? null],
  );
  const asset = (await getAsset(tx, rows[0]!.id))!;
  await recordVersion(tx, asset, actor, opts.action ?? 'create');
  await appendAudit(tx, actor, {
    action: 'asset.create',
    entityType: 'asset',
    entityId: asset.id,
    departmentId: asset.departmentId,
    changes: { ref: asset.ref, name: asset.name },
  });
  return asset;
}

const COLUMN: Record<string, string> = {
  departmentId: 'department_id',
  name: 'name',
  description: 'description',
  process: 'process',
  ownerRole: 'owner_role',
  purpose: 'purpose',
  volume: 'volume',
  retention: 'retention',
  personalDataCategories: 'personal_data_categories',
  legal: 'legal',
  status: 'status',
  templateId: 'template_id',
};

/** Applies a patch if the client's version is current; 409 otherwise. */
export async function updateAsset(tx: pg.ClientBase, actor: Actor, id: string, patch: AssetPatch, action = 'update'): Promise<Asset> {
  const before = await getAsset(tx, id, true);
  if (!before) throw notFound('Informationsmängden');
  if (before.version !== patch.version) {
    throw conflict(`Informationsmängden har ändrats av någon annan (version ${before.version}, du redigerade ${patch.version}). Ladda om och försök igen.`);
  }
  const sets: string[] = [];
  const values: unknown[] = [];
  const changes: { field: string; before: unknown; after: unknown }[] = [];
  for (const [key, col] of Object.entries(COLUMN)) {
    const value = (patch as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const old = (before as unknown as Record<string, unknown>)[key];
    if (JSON.stringify(old) === JSON.stringify(value)) continue;
    values.push(key === 'legal' ? JSON.stringify(value) : value);
    sets.push(`${col} = $${values.length}`);
    changes.push({ field: key, before: old, after: value });
  }
  if (sets.length === 0) return before;
  values.push(id);
  await tx.query(`UPDATE assets SET ${sets.join(', ')}, version = version + 1, updated_at = now() WHERE id = $${values.length}`, values);
  const after = (await getAsset(tx, id))!;
  await recordVersion(tx, after, actor, action);
  await appendAudit(tx, actor, { action: `asset.${action}`, entityType: 'asset', entityId: id, departmentId: after.departmentId, changes });
  return after;
}

/** Sets the denormalised classification state after a classification was saved or approved. */
/**
 * Sets the levels and classification state as one new version of the asset. A classification or
 * approval (`activate`) turns a draft asset active on approval; an import keeps the imported status.
 */
export async function setAssetLevels(
  tx: pg.ClientBase,
  actor: Actor,
  id: string,
  levels: Levels | null,
  state: Asset['classificationState'],
  reviewDue: string | null,
  action: string,
  activate = true,
): Promise<Asset> {
  await tx.query(
    `UPDATE assets SET k = $2, r = $3, t = $4, s = $5, classification_state = $6, review_due = $7,
       status = CASE WHEN $8 AND $6 = 'approved' AND status = 'draft' THEN 'active' ELSE status END,
       version = version + 1, updated_at = now() WHERE id = $1`,
    [id, levels?.K ?? null, levels?.R ?? null, levels?.T ?? null, levels?.S ?? null, state, reviewDue, activate],
  );
  const after = (await getAsset(tx, id))!;
  await recordVersion(tx, after, actor, action);
  return after;
}

export interface VersionRow {
  version: number;
  at: Date;
  actor: string;
  action: string;
  snapshot: Record<string, unknown>;
}

export async function assetVersions(db: Q, id: string): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(
    'SELECT version, at, actor, action, snapshot FROM asset_versions WHERE asset_id = $1 ORDER BY version',
    [id],
  );
  return rows;
}
