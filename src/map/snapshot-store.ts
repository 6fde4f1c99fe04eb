// The whole map as plain data (MapSnapshot) out of and into the database. An import runs in one
// transaction: all of it lands or none of it does.
import type pg from 'pg';
import { type Actor, appendAudit } from '../kernel/audit/audit.js';
import { recordClassification } from '../classify/store.js';
import { clearMap } from '../demo/seed.js';
import { createAsset, getAsset, setAssetLevels, updateAsset } from './assets/store.js';
import { createDepartment, departmentByCode, updateDepartment } from './departments/store.js';
import type { Levels, MapSnapshot, SnapshotAsset } from './model.js';
import { levelsOf } from './assets/rows.js';

export async function exportSnapshot(db: pg.Pool | pg.ClientBase, departmentIds: string[] | null): Promise<MapSnapshot> {
  const deps = await db.query(
    `SELECT code, name, kind, functions, description FROM departments WHERE ($1::uuid[] IS NULL OR id = ANY($1)) ORDER BY code`,
    [departmentIds],
  );
  const assets = await db.query(
    `SELECT a.*, d.code AS department_code FROM assets a JOIN departments d ON d.id = a.department_id
     WHERE ($1::uuid[] IS NULL OR a.department_id = ANY($1)) ORDER BY a.ref`,
    [departmentIds],
  );
  return {
    format: 'infovakt-map',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    departments: deps.rows.map((d) => ({
      code: d.code,
      name: d.name,
      kind: d.kind,
      functions: d.functions,
      ...(d.description ? { description: d.description } : {}),
    })),
    assets: assets.rows.map(
      (a): SnapshotAsset => ({
        ref: a.ref,
        department: a.department_code,
        name: a.name,
        description: a.description,
        process: a.process,
        ownerRole: a.owner_role,
        purpose: a.purpose,
        volume: a.volume,
        retention: a.retention,
        personalDataCategories: a.personal_data_categories,
        legal: a.legal,
        status: a.status,
        templateId: a.template_id,
        levels: levelsOf(a),
        classificationState: a.classification_state,
        reviewDue: a.review_due,
      }),
    ),
  };
}

export interface ImportResult {
  departments: number;
  assetsCreated: number;
  assetsUpdated: number;
}

function recordImportedClassification(tx: pg.ClientBase, actor: Actor, assetId: string, a: SnapshotAsset, levels: Levels) {
  return recordClassification(tx, {
    assetId,
    levels,
    approved: a.classificationState === 'approved',
    note: 'Importerad klassning',
    source: 'import',
    by: actor.name,
    reviewDue: a.reviewDue,
  });
}

/** Applies a validated snapshot. `replace` clears the map first; `merge` upserts by code and ref. */
export async function importSnapshot(tx: pg.ClientBase, actor: Actor, snap: MapSnapshot, mode: 'merge' | 'replace'): Promise<ImportResult> {
  if (mode === 'replace') await clearMap(tx);
  const ids = new Map<string, string>();
  for (const d of snap.departments) {
    const existing = await departmentByCode(tx, d.code);
    const dep = existing ? await updateDepartment(tx, actor, existing.id, d) : await createDepartment(tx, actor, d);
    ids.set(d.code, dep.id);
  }
  let created = 0;
  let updated = 0;
  for (const a of snap.assets) {
    const departmentId = ids.get(a.department) ?? (await departmentByCode(tx, a.department))?.id;
    if (!departmentId) throw new Error(`okänd förvaltning ${a.department}`);
    const { ref, department: _d, levels, classificationState, reviewDue, ...fields } = a;
    const existing = ref ? await tx.query<{ id: string }>('SELECT id FROM assets WHERE ref = $1', [ref]) : { rows: [] };
    if (existing.rows[0]) {
      const current = (await getAsset(tx, existing.rows[0].id))!;
      await updateAsset(tx, actor, current.id, { ...fields, departmentId, version: current.version }, 'import');
      const sameLevels = JSON.stringify(current.levels) === JSON.stringify(levels) && current.classificationState === classificationState;
      if (levels && !sameLevels) await recordImportedClassification(tx, actor, current.id, a, levels);
      if (!sameLevels || current.reviewDue !== reviewDue) {
        await setAssetLevels(tx, actor, current.id, levels ?? null, classificationState, reviewDue, 'import', false);
      }
      updated++;
    } else {
      const asset = await createAsset(tx, actor, { ...fields, departmentId }, { ref, levels, classificationState, reviewDue, action: 'import' });
      if (levels && classificationState !== 'unclassified') await recordImportedClassification(tx, actor, asset.id, a, levels);
      created++;
    }
  }
  // Keep generated refs ahead of imported ones (REF-NNN).
  await tx.query(
    `UPDATE departments d SET next_ref = GREATEST(d.next_ref, coalesce((
       SELECT max(substring(a.ref FROM '-(\\d+)$')::int) + 1 FROM assets a WHERE a.department_id = d.id AND a.ref ~ '-\\d+$'), 1))`,
  );
  await appendAudit(tx, actor, { action: 'map.import', changes: { mode, departments: snap.departments.length, created, updated } });
  return { departments: snap.departments.length, assetsCreated: created, assetsUpdated: updated };
}
