// What the placement engine reads from the database: assets, services, placements, rule sets and
// decisions. The evaluation itself is pure (evaluate.ts, operations.ts, whatif.ts).
import type pg from 'pg';
import { type Actor, appendAudit } from '../kernel/audit/audit.js';
import { badRequest, conflict, notFound } from '../kernel/http/errors.js';
import type { LegalCategories } from '../map/model.js';
import { type StoredService, listServices } from '../services/store.js';
import type { Placement, PlacementAsset, PlacementResult } from './model.js';
import { parseRuleSet, type RuleSet, validateRuleSet } from './ruleset.js';
import { loadShippedRuleSet, shippedRuleSetIds, type ShippedRuleSetId } from './shipped.js';
import { levelsOf } from '../map/assets/rows.js';

type Q = pg.Pool | pg.ClientBase;

export interface NamedAsset extends PlacementAsset {
  ref: string;
  name: string;
  departmentCode: string;
  departmentName: string;
}

export interface Universe {
  assets: NamedAsset[];
  services: StoredService[];
  placements: (Placement & { id: string })[];
}

/** Assets (not archived) the caller may see, every service, and the placements between them. */
export async function loadUniverse(db: Q, visible: string[] | null): Promise<Universe> {
  const [assets, services, placements] = await Promise.all([
    db.query(
      `SELECT a.id, a.ref, a.name, a.department_id, d.code, d.name AS dname, a.k, a.r, a.t, a.s, a.legal
       FROM assets a JOIN departments d ON d.id = a.department_id
       WHERE a.status <> 'archived' AND ($1::uuid[] IS NULL OR a.department_id = ANY($1))`,
      [visible],
    ),
    listServices(db),
    db.query(
      `SELECT p.id, p.asset_id, p.service_id, p.purpose FROM placements p JOIN assets a ON a.id = p.asset_id
       WHERE a.status <> 'archived' AND ($1::uuid[] IS NULL OR a.department_id = ANY($1))`,
      [visible],
    ),
  ]);
  return {
    assets: assets.rows.map((r) => ({
      id: r.id,
      ref: r.ref,
      name: r.name,
      departmentId: r.department_id,
      departmentCode: r.code,
      departmentName: r.dname,
      levels: levelsOf(r),
      legal: r.legal as LegalCategories,
    })),
    services,
    placements: placements.rows.map((r) => ({ id: r.id, assetId: r.asset_id, serviceId: r.service_id, purpose: r.purpose })),
  };
}

export async function addPlacement(tx: pg.ClientBase, actor: Actor, p: { assetId: string; serviceId: string; purpose: string }, departmentId: string) {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO placements (asset_id, service_id, purpose, created_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (asset_id, service_id) DO NOTHING RETURNING id`,
    [p.assetId, p.serviceId, p.purpose, actor.name],
  );
  if (!rows[0]) throw conflict('Informationsmängden är redan placerad i tjänsten');
  await appendAudit(tx, actor, { action: 'placement.create', entityType: 'placement', entityId: rows[0].id, departmentId, changes: p });
  return { id: rows[0].id, ...p };
}

export async function getPlacement(db: Q, id: string) {
  const { rows } = await db.query(
    'SELECT p.id, p.asset_id, p.service_id, p.purpose, a.department_id FROM placements p JOIN assets a ON a.id = p.asset_id WHERE p.id = $1',
    [id],
  );
  return rows[0] as { id: string; asset_id: string; service_id: string; purpose: string; department_id: string } | undefined;
}

export async function removePlacement(tx: pg.ClientBase, actor: Actor, id: string, departmentId: string) {
  await tx.query('DELETE FROM placements WHERE id = $1', [id]);
  await appendAudit(tx, actor, { action: 'placement.delete', entityType: 'placement', entityId: id, departmentId });
}

// ---- rule sets -------------------------------------------------------------------------------

export const ACTIVE_RULE_SET_KEY = 'placement.activeRuleSet';

export async function activeRuleSetId(db: Q): Promise<string> {
  const { rows } = await db.query('SELECT value FROM settings WHERE key = $1', [ACTIVE_RULE_SET_KEY]);
  return (rows[0]?.value as string | undefined) ?? 'cautious';
}

export async function setActiveRuleSet(tx: pg.ClientBase, actor: Actor, id: string): Promise<void> {
  await getRuleSet(tx, id);
  await tx.query(
    'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value',
    [ACTIVE_RULE_SET_KEY, JSON.stringify(id)],
  );
  await appendAudit(tx, actor, { action: 'ruleset.activate', entityType: 'ruleset', entityId: id });
}

export async function getRuleSet(db: Q, id: string): Promise<RuleSet> {
  if ((shippedRuleSetIds as readonly string[]).includes(id)) return loadShippedRuleSet(id as ShippedRuleSetId);
  const { rows } = await db.query('SELECT body FROM rule_sets WHERE id = $1', [id]);
  if (!rows[0]) throw notFound('Regeluppsättningen');
  return parseRuleSet(rows[0].body);
}

export async function listRuleSets(db: Q): Promise<{ id: string; name: unknown; version: string; shipped: boolean }[]> {
  const shipped = shippedRuleSetIds.map((id) => {
    const rs = loadShippedRuleSet(id);
    return { id, name: rs.name, version: rs.version, shipped: true };
  });
  const { rows } = await db.query('SELECT id, body FROM rule_sets ORDER BY id');
  return [...shipped, ...rows.map((r) => ({ id: r.id as string, name: r.body.name, version: r.body.version as string, shipped: false }))];
}

/** Saves a municipality's own rule set (validated); the shipped ids cannot be overwritten. */
export async function saveRuleSet(tx: pg.ClientBase, actor: Actor, body: unknown): Promise<RuleSet> {
  const v = validateRuleSet(body);
  if (!v.success) {
    throw badRequest(`Regeluppsättningen är ogiltig: ${v.problems[0]?.message ?? ''}`, v.problems.map((p) => ({ path: `body.${p.path}`, message: p.message })));
  }
  if ((shippedRuleSetIds as readonly string[]).includes(v.ruleSet.id)) throw conflict('De levererade regeluppsättningarna kan inte skrivas över; ge utkastet ett eget id');
  await tx.query(
    `INSERT INTO rule_sets (id, body, created_by) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body, updated_at = now()`,
    [v.ruleSet.id, JSON.stringify(v.ruleSet), actor.name],
  );
  await appendAudit(tx, actor, { action: 'ruleset.save', entityType: 'ruleset', entityId: v.ruleSet.id, changes: { version: v.ruleSet.version } });
  return v.ruleSet;
}

// ---- decisions -------------------------------------------------------------------------------

export interface DecisionRow {
  id: string;
  asset_id: string;
  service_id: string;
  decision: 'confirmed' | 'overridden';
  decided_verdict: string;
  reason: string;
  decided_by: string;
  decided_on: string;
  rule_set_id: string;
  rule_set_version: string;
  evaluated_verdict: string;
  evaluated_rules: string[];
  status: 'current' | 'needs_review' | 'superseded';
  flag_reason: string | null;
}

export async function currentDecisions(db: Q): Promise<DecisionRow[]> {
  const { rows } = await db.query<DecisionRow>("SELECT * FROM placement_decisions WHERE status <> 'superseded' ORDER BY created_at");
  return rows;
}

export async function recordDecision(
  tx: pg.ClientBase,
  actor: Actor,
  d: { assetId: string; serviceId: string; decision: 'confirmed' | 'overridden'; verdict: string; reason: string; decidedOn: string },
  evaluated: PlacementResult,
  departmentId: string,
): Promise<DecisionRow> {
  await tx.query("UPDATE placement_decisions SET status = 'superseded' WHERE asset_id = $1 AND service_id = $2 AND status <> 'superseded'", [d.assetId, d.serviceId]);
  const { rows } = await tx.query<DecisionRow>(
    `INSERT INTO placement_decisions (asset_id, service_id, decision, decided_verdict, reason, decided_by, decided_on, rule_set_id, rule_set_version, evaluated_verdict, evaluated_rules)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING *`,
    [d.assetId, d.serviceId, d.decision, d.verdict, d.reason, actor.name, d.decidedOn, evaluated.ruleSetId, evaluated.ruleSetVersion, evaluated.verdict, [...evaluated.firedRules]],
  );
  await appendAudit(tx, actor, { action: `placement.decision.${d.decision}`, entityType: 'asset', entityId: d.assetId, departmentId, changes: { ...d, evaluated: evaluated.verdict } });
  return rows[0]!;
}

/**
 * Flags decisions whose basis no longer holds (the verdict or the rules that fired changed), in one
 * statement with one audit entry naming them; returns the ids that were still current.
 */
export async function flagDecisions(tx: pg.ClientBase, actor: Actor, flags: { id: string; reason: string }[]): Promise<Set<string>> {
  const { rows } = await tx.query<{ id: string }>(
    `UPDATE placement_decisions d SET status = 'needs_review', flagged_at = now(), flag_reason = f.reason
       FROM unnest($1::uuid[], $2::text[]) AS f(id, reason) WHERE d.id = f.id AND d.status = 'current' RETURNING d.id`,
    [flags.map((f) => f.id), flags.map((f) => f.reason)],
  );
  if (rows.length > 0) {
    await appendAudit(tx, actor, { action: 'placement.decision.flagged', entityType: 'placement_decision', changes: { decisions: rows.map((r) => r.id) } });
  }
  return new Set(rows.map((r) => r.id));
}
