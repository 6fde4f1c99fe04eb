// The demo municipality "Exempelkommun": departments and information assets from a data file, so
// that a fresh start shows a populated map.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { z } from 'zod';
import { type Actor, appendAudit } from '../kernel/audit/audit.js';
import { inTransaction } from '../kernel/db/database.js';
import { recordClassification } from '../classify/store.js';
import { createAsset } from '../map/assets/store.js';
import { createDepartment } from '../map/departments/store.js';
import { AssetInput, DepartmentInput, Levels } from '../map/model.js';
import { loadServiceCatalogue } from '../services/catalogue.js';
import { ServiceInput } from '../services/model.js';
import { createService } from '../services/store.js';
import { loadRiskMatrix } from '../risk/matrix.js';
import { Measure, RiskScenarioInput, Treatment } from '../risk/model.js';
import { createScenario } from '../risk/store.js';
import { nextReviewDate } from '../classify/derive.js';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../catalog/demo/exempelkommun.json');

const DemoFile = z.object({
  version: z.string(),
  municipality: z.string(),
  departments: z.array(DepartmentInput),
  assets: z.array(
    AssetInput.omit({ departmentId: true }).extend({
      department: z.string(),
      levels: Levels.optional(),
      classificationState: z.enum(['draft', 'approved']).optional(),
      suggestedLevels: Levels.optional(),
    }),
  ),
  services: z.array(z.object({ catalogueId: z.string(), name: z.string() })).default([]),
  placements: z.array(z.object({ asset: z.string(), service: z.string(), purpose: z.string() })).default([]),
  risks: z
    .array(
      RiskScenarioInput.omit({ scope: true }).extend({
        asset: z.string(),
        strategy: Treatment.shape.strategy,
        measures: z.array(Measure.omit({ id: true })).default([]),
      }),
    )
    .default([]),
});

const SEEDER: Actor = { id: null, name: 'demo' };

export function loadDemo() {
  const parsed = DemoFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Tables that hold the map; the audit trail and accounts are never cleared. */
const MAP_TABLES = ['risk_acceptances', 'risk_scenarios', 'placement_decisions', 'placements', 'services', 'workshop_items', 'workshops', 'classifications', 'asset_versions', 'assets', 'departments'];

export async function clearMap(tx: pg.ClientBase): Promise<void> {
  await tx.query(`TRUNCATE ${MAP_TABLES.join(', ')} CASCADE`);
}

export async function seedDemo(pool: pg.Pool, opts: { reset?: boolean } = {}): Promise<{ departments: number; assets: number }> {
  const demo = loadDemo();
  return inTransaction(pool, async (tx) => {
    if (opts.reset) {
      await clearMap(tx);
      await appendAudit(tx, SEEDER, { action: 'demo.reset' });
    }
    const ids = new Map<string, string>();
    for (const d of demo.departments) ids.set(d.code, (await createDepartment(tx, SEEDER, d)).id);
    const approvedAt = new Date(Date.now() - 120 * 86_400_000);
    const assetIds = new Map<string, string>();
    for (const a of demo.assets) {
      const { department, levels, classificationState, suggestedLevels: _s, ...fields } = a;
      const departmentId = ids.get(department);
      if (!departmentId) throw new Error(`demo asset ${a.name}: unknown department ${department}`);
      const reviewDue = classificationState === 'approved' ? nextReviewDate(approvedAt) : null;
      const asset = await createAsset(tx, SEEDER, { ...fields, departmentId, status: classificationState === 'approved' ? 'active' : 'draft' }, {
        levels: levels ?? null,
        classificationState: classificationState ?? 'unclassified',
        reviewDue,
        action: 'demo',
      });
      assetIds.set(asset.name, asset.id);
      if (levels && classificationState) {
        await recordClassification(tx, {
          assetId: asset.id,
          levels,
          approved: classificationState === 'approved',
          note: 'Klassning från Exempelkommuns workshoppar 2026 (demodata).',
          source: 'demo',
          by: SEEDER.name,
          approvedBy: 'Informationsägare (demo)',
          approvedAt,
          reviewDue,
        });
      }
    }
    await seedServices(tx, demo, assetIds);
    await seedRisks(tx, demo, assetIds, ids);
    return { departments: demo.departments.length, assets: demo.assets.length };
  });
}

/** Seeds only an empty map, so a restart never duplicates or overwrites real work. */
export async function seedDemoIfEmpty(pool: pg.Pool): Promise<{ departments: number; assets: number } | null> {
  const { rows } = await pool.query('SELECT 1 FROM departments LIMIT 1');
  if (rows.length > 0) return null;
  return seedDemo(pool);
}

/** The services Exempelkommun uses, from the catalogue's suggested facts, and what is placed where. */
async function seedServices(tx: pg.ClientBase, demo: ReturnType<typeof loadDemo>, assetIds: Map<string, string>): Promise<void> {
  const catalogue = loadServiceCatalogue();
  const serviceIds = new Map<string, string>();
  for (const s of demo.services) {
    const entry = catalogue.entries.find((e) => e.id === s.catalogueId);
    if (!entry) throw new Error(`demo service ${s.name}: unknown catalogue entry ${s.catalogueId}`);
    const input = ServiceInput.parse({ ...entry.facts, name: s.name, description: entry.description.sv, deployment: entry.deployment, catalogueId: entry.id, verification: entry.verification });
    serviceIds.set(s.name, (await createService(tx, SEEDER, input)).id);
  }
  for (const p of demo.placements) {
    const assetId = assetIds.get(p.asset);
    const serviceId = serviceIds.get(p.service);
    if (!assetId || !serviceId) throw new Error(`demo placement ${p.asset} → ${p.service}: unknown asset or service`);
    await tx.query('INSERT INTO placements (asset_id, service_id, purpose, created_by) VALUES ($1, $2, $3, $4)', [assetId, serviceId, p.purpose, SEEDER.name]);
  }
}

async function seedRisks(tx: pg.ClientBase, demo: ReturnType<typeof loadDemo>, assetIds: Map<string, string>, departmentIds: Map<string, string>) {
  const matrix = loadRiskMatrix();
  for (const { asset, strategy, measures, ...scenario } of demo.risks) {
    const assetId = assetIds.get(asset);
    const department = demo.assets.find((a) => a.name === asset)?.department;
    if (!assetId || !department) throw new Error(`demo risk ${scenario.title}: unknown asset ${asset}`);
    const input = RiskScenarioInput.parse({ ...scenario, scope: { kind: 'asset', id: assetId } });
    const treatment = { strategy, measures: measures.map((m) => ({ ...m, id: randomUUID() })) };
    await createScenario(tx, SEEDER, input, treatment, departmentIds.get(department)!, matrix);
  }
}
