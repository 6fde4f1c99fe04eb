// Storage of risk scenarios (with treatment) and acceptances; the rules live in matrix.ts and
// acceptance.ts, this file only reads and writes them, with the audit trail.
import type pg from 'pg';
import { type Actor, appendAudit } from '../kernel/audit/audit.js';
import { conflict, notFound } from '../kernel/http/errors.js';
import { RiskAcceptance, type RiskMatrix, type RiskScenarioInput, type Treatment } from './model.js';

type Q = pg.Pool | pg.ClientBase;

export type TreatmentInput = Omit<Treatment, 'scenarioId'>;

export interface StoredScenario {
  id: string;
  departmentId: string | null;
  scenario: RiskScenarioInput;
  treatment: TreatmentInput;
  matrixId: string;
  matrixVersion: string;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  acceptances: RiskAcceptance[];
}

const toScenario = (r: Record<string, any>, acceptances: RiskAcceptance[]): StoredScenario => ({
  id: r.id,
  departmentId: r.department_id,
  scenario: r.scenario,
  treatment: r.treatment,
  matrixId: r.matrix_id,
  matrixVersion: r.matrix_version,
  version: r.version,
  createdBy: r.created_by,
  createdAt: (r.created_at as Date).toISOString(),
  updatedAt: (r.updated_at as Date).toISOString(),
  acceptances,
});

export async function listScenarios(
  db: Q,
  filter: { visible: string[] | null; assetId?: string; serviceId?: string },
): Promise<StoredScenario[]> {
  // Service-wide scenarios (no department) are visible to every reader of the register.
  const { rows } = await db.query(
    `SELECT * FROM risk_scenarios
     WHERE ($1::uuid[] IS NULL OR department_id IS NULL OR department_id = ANY($1))
       AND ($2::uuid IS NULL OR asset_id = $2) AND ($3::uuid IS NULL OR service_id = $3)
     ORDER BY created_at`,
    [filter.visible, filter.assetId ?? null, filter.serviceId ?? null],
  );
  const acc = await db.query('SELECT scenario_id, body FROM risk_acceptances WHERE scenario_id = ANY($1) ORDER BY updated_at', [rows.map((r) => r.id)]);
  return rows.map((r) => toScenario(r, acc.rows.filter((a) => a.scenario_id === r.id).map((a) => RiskAcceptance.parse(a.body))));
}

export async function getScenario(db: Q, id: string): Promise<StoredScenario | null> {
  const { rows } = await db.query('SELECT * FROM risk_scenarios WHERE id = $1', [id]);
  if (!rows[0]) return null;
  const acc = await db.query('SELECT body FROM risk_acceptances WHERE scenario_id = $1 ORDER BY updated_at', [id]);
  return toScenario(rows[0], acc.rows.map((a) => RiskAcceptance.parse(a.body)));
}

export async function createScenario(
  tx: pg.ClientBase,
  actor: Actor,
  s: RiskScenarioInput,
  treatment: TreatmentInput,
  departmentId: string | null,
  matrix: RiskMatrix,
): Promise<StoredScenario> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO risk_scenarios (scope_kind, asset_id, service_id, department_id, scenario, treatment, matrix_id, matrix_version, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [s.scope.kind, s.scope.kind === 'asset' ? s.scope.id : null, s.scope.kind === 'service' ? s.scope.id : null, departmentId,
      JSON.stringify(s), JSON.stringify(treatment), matrix.id, matrix.version, actor.name],
  );
  const id = rows[0]!.id;
  await appendAudit(tx, actor, { action: 'risk.create', entityType: 'risk', entityId: id, departmentId, changes: { title: s.title, inherent: s.inherent } });
  return (await getScenario(tx, id))!;
}

export async function updateScenario(
  tx: pg.ClientBase,
  actor: Actor,
  before: StoredScenario,
  s: RiskScenarioInput,
  treatment: TreatmentInput,
  version: number,
): Promise<StoredScenario> {
  if (before.version !== version) throw conflict('Riskscenariot har ändrats av någon annan. Ladda om och försök igen.');
  await tx.query('UPDATE risk_scenarios SET scenario = $2, treatment = $3, version = version + 1, updated_at = now() WHERE id = $1', [
    before.id,
    JSON.stringify(s),
    JSON.stringify(treatment),
  ]);
  await appendAudit(tx, actor, {
    action: 'risk.update',
    entityType: 'risk',
    entityId: before.id,
    departmentId: before.departmentId,
    changes: { inherent: [before.scenario.inherent, s.inherent], residual: [before.scenario.residual, s.residual], strategy: [before.treatment.strategy, treatment.strategy] },
  });
  return (await getScenario(tx, before.id))!;
}

export async function saveAcceptance(tx: pg.ClientBase, actor: Actor, a: RiskAcceptance, departmentId: string | null, action: string): Promise<RiskAcceptance> {
  await tx.query(
    `INSERT INTO risk_acceptances (id, scenario_id, body, state, expires_on) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body, state = EXCLUDED.state, expires_on = EXCLUDED.expires_on, updated_at = now()`,
    [a.id, a.scenarioId, JSON.stringify(a), a.state, a.expiresOn],
  );
  await appendAudit(tx, actor, { action: `risk.acceptance.${action}`, entityType: 'risk', entityId: a.scenarioId, departmentId, changes: { state: a.state, expiresOn: a.expiresOn } });
  return a;
}

export async function getAcceptance(db: Q, id: string): Promise<RiskAcceptance> {
  const { rows } = await db.query('SELECT body FROM risk_acceptances WHERE id = $1', [id]);
  if (!rows[0]) throw notFound('Riskacceptansen');
  return RiskAcceptance.parse(rows[0].body);
}
