// Storage of classifications: each save is a new version; approval records who and when and sets
// the review date; the asset's denormalised levels follow the latest classification.
import type pg from 'pg';
import { type Actor, appendAudit } from '../kernel/audit/audit.js';
import { conflict, notFound } from '../kernel/http/errors.js';
import { setAssetLevels } from '../map/assets/store.js';
import type { Asset, Classification, ClassificationInput, Levels } from '../map/model.js';

type Q = pg.Pool | pg.ClientBase;

interface Row {
  id: string;
  asset_id: string;
  version: number;
  answers: Classification['answers'];
  overrides: Classification['overrides'];
  note: string;
  derived: Levels;
  levels: Levels;
  status: Classification['status'];
  model_version: string;
  created_by: string;
  created_at: Date;
  approved_by: string | null;
  approved_at: Date | null;
  review_due: string | null;
}

const toClassification = (r: Row): Classification => ({
  id: r.id,
  assetId: r.asset_id,
  version: r.version,
  answers: r.answers,
  overrides: r.overrides,
  note: r.note,
  derived: r.derived,
  levels: r.levels,
  status: r.status,
  modelVersion: r.model_version,
  createdBy: r.created_by,
  createdAt: r.created_at.toISOString(),
  approvedBy: r.approved_by,
  approvedAt: r.approved_at?.toISOString() ?? null,
  reviewDue: r.review_due,
});

export async function latestClassification(db: Q, assetId: string): Promise<Classification | null> {
  const { rows } = await db.query<Row>(
    "SELECT * FROM classifications WHERE asset_id = $1 AND status <> 'superseded' ORDER BY version DESC LIMIT 1",
    [assetId],
  );
  return rows[0] ? toClassification(rows[0]) : null;
}

export async function listClassifications(db: Q, assetId: string): Promise<Classification[]> {
  const { rows } = await db.query<Row>('SELECT * FROM classifications WHERE asset_id = $1 ORDER BY version DESC', [assetId]);
  return rows.map(toClassification);
}

export async function saveClassification(
  tx: pg.ClientBase,
  actor: Actor,
  asset: Asset,
  input: ClassificationInput,
  derived: Levels,
  levels: Levels,
  modelVersion: string,
): Promise<Classification> {
  // An unapproved draft is replaced by the newer one; an approved version stays until a newer is approved.
  await tx.query("UPDATE classifications SET status = 'superseded' WHERE asset_id = $1 AND status = 'draft'", [asset.id]);
  const { rows } = await tx.query<Row>(
    `INSERT INTO classifications (asset_id, version, answers, overrides, note, derived, levels, status, model_version, created_by)
     VALUES ($1, (SELECT coalesce(max(version), 0) + 1 FROM classifications WHERE asset_id = $1), $2, $3, $4, $5, $6, 'draft', $7, $8)
     RETURNING *`,
    [asset.id, JSON.stringify(input.answers), JSON.stringify(input.overrides), input.note, JSON.stringify(derived), JSON.stringify(levels), modelVersion, actor.name],
  );
  const c = toClassification(rows[0]!);
  await setAssetLevels(tx, actor, asset.id, levels, 'draft', asset.reviewDue, 'classify');
  await appendAudit(tx, actor, {
    action: 'classification.save',
    entityType: 'asset',
    entityId: asset.id,
    departmentId: asset.departmentId,
    // Levels, overrides and their reasons; answers' free-text reasons stay in the classification itself.
    changes: { version: c.version, before: asset.levels, after: levels, overrides: input.overrides },
  });
  return c;
}

/**
 * A classification taken over from elsewhere (an import, the demo) rather than made with the
 * questionnaire: levels only, no answers, the source in `modelVersion` and `note`.
 */
export async function recordClassification(
  tx: pg.ClientBase,
  c: { assetId: string; levels: Levels; approved: boolean; note: string; source: string; by: string; approvedBy?: string; approvedAt?: Date; reviewDue: string | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO classifications (asset_id, version, answers, overrides, note, derived, levels, status, model_version, created_by, approved_by, approved_at, review_due)
     VALUES ($1, (SELECT coalesce(max(version), 0) + 1 FROM classifications WHERE asset_id = $1), '{}', '{}', $2, $3, $3, $4, $5, $6, $7, $8, $9)`,
    [c.assetId, c.note, JSON.stringify(c.levels), c.approved ? 'approved' : 'draft', c.source, c.by,
      c.approved ? (c.approvedBy ?? c.by) : null, c.approved ? (c.approvedAt ?? new Date()) : null, c.reviewDue],
  );
}

export async function approveClassification(
  tx: pg.ClientBase,
  actor: Actor,
  asset: Asset,
  classificationId: string,
  reviewDue: string,
): Promise<Classification> {
  const { rows } = await tx.query<Row>('SELECT * FROM classifications WHERE id = $1 AND asset_id = $2 FOR UPDATE', [classificationId, asset.id]);
  const c = rows[0];
  if (!c) throw notFound('Klassningen');
  if (c.status !== 'draft') throw conflict(c.status === 'approved' ? 'Klassningen är redan godkänd' : 'Klassningen har ersatts av en nyare');
  await tx.query("UPDATE classifications SET status = 'superseded' WHERE asset_id = $1 AND status = 'approved'", [asset.id]);
  const updated = await tx.query<Row>(
    "UPDATE classifications SET status = 'approved', approved_by = $2, approved_at = now(), review_due = $3 WHERE id = $1 RETURNING *",
    [classificationId, actor.name, reviewDue],
  );
  await setAssetLevels(tx, actor, asset.id, c.levels, 'approved', reviewDue, 'approve');
  await appendAudit(tx, actor, {
    action: 'classification.approve',
    entityType: 'asset',
    entityId: asset.id,
    departmentId: asset.departmentId,
    changes: { version: c.version, levels: c.levels, reviewDue },
  });
  return toClassification(updated.rows[0]!);
}
