// Fills the report's risk section from the risk register: scenarios with their residual level,
// acceptances, and the residual heat map, within the report's department scope.
import type pg from 'pg';
import { heatMap, loadRiskMatrix, residualRisk } from '../risk/matrix.js';
import { listScenarios } from '../risk/store.js';
import type { ReportRisks } from './model.js';

const STRATEGY: Record<string, string> = { reduce: 'Reducera', avoid: 'Undvik', transfer: 'Överför', accept: 'Acceptera' };

export async function gatherRisks(db: pg.Pool | pg.ClientBase, scope: string[] | null): Promise<ReportRisks> {
  const matrix = loadRiskMatrix();
  const all = await listScenarios(db, { visible: scope });
  // A department report holds that department's scenarios, not the service-wide ones.
  const scenarios = scope ? all.filter((s) => s.departmentId !== null) : all;
  const names = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM assets WHERE id = ANY($1) UNION ALL SELECT id, name FROM services WHERE id = ANY($1)',
    [scenarios.map((s) => s.scenario.scope.id)],
  );
  const subject = new Map(names.rows.map((r) => [r.id, r.name]));
  const rated = scenarios.map((s) => ({ s, residual: residualRisk(matrix, s.scenario, s.treatment.measures) }));
  return {
    scenarios: rated.map(({ s, residual }) => ({
      title: s.scenario.title,
      subject: subject.get(s.scenario.scope.id) ?? s.scenario.scope.id,
      likelihood: residual.likelihood,
      consequence: residual.consequence,
      level: residual.level.name.sv,
      color: residual.level.colour,
      treatment: [STRATEGY[s.treatment.strategy] ?? s.treatment.strategy, ...s.treatment.measures.map((m) => m.title)].join(': '),
      owner: s.scenario.ownerRole,
    })),
    acceptances: scenarios.flatMap((s) =>
      s.acceptances.map((a) => ({
        scenario: s.scenario.title,
        approver: a.approver ?? '',
        justification: a.justification,
        expires: a.expiresOn ?? '',
        state: a.state,
      })),
    ),
    heat: heatMap(matrix, rated.map(({ s, residual }) => ({ id: s.id, rating: residual }))).map((row) => row.map((c) => c.count)),
  };
}
