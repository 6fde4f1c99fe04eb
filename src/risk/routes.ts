// /api/risks: scenarios per asset or service on the configured matrix, treatment with measures,
// acceptance (created → submitted → accepted/rejected/revoked, with expiry), and the heat map.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../kernel/auth/actor.js';
import { requirePrincipal } from '../kernel/auth/http.js';
import { canIn, visibleDepartments, type Permission, seesAllDepartments } from '../kernel/auth/policy.js';
import type { AppContext } from '../kernel/context.js';
import { inTransaction } from '../kernel/db/database.js';
import { HttpError, badRequest, forbidden, notFound } from '../kernel/http/errors.js';
import { visibleAsset } from '../map/assets/routes.js';
import { getService } from '../services/store.js';
import { type TransitionResult, accept, createAcceptance, effectiveState, reject, revoke, submit } from './acceptance.js';
import { heatMap, inherentRisk, loadRiskMatrix, rate, residualRisk } from './matrix.js';
import { Measure, RiskScenarioInput, Treatment } from './model.js';
import { type StoredScenario, createScenario, getAcceptance, getScenario, listScenarios, saveAcceptance, updateScenario } from './store.js';
import { swedishDate } from '../kernel/swedish-date.js';

const Id = z.object({ id: z.string().uuid() });
const TreatmentInput = Treatment.omit({ scenarioId: true }).extend({ measures: z.array(Measure.extend({ id: z.string().min(1).max(100).optional() })).default([]) });
const ScenarioBody = z.object({ scenario: RiskScenarioInput, treatment: TreatmentInput.default({ strategy: 'reduce', measures: [] }) });

function rated(s: StoredScenario, today: string) {
  const matrix = loadRiskMatrix();
  return {
    ...s,
    inherentRating: inherentRisk(matrix, s.scenario),
    residualRating: residualRisk(matrix, s.scenario, s.treatment.measures),
    acceptances: s.acceptances.map((a) => ({ ...a, effectiveState: effectiveState(a, today) })),
  };
}

export function riskRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['risk'];
  const today = () => swedishDate();

  /** The department a scenario's scope belongs to (null for a service), checked for visibility and the permission. */
  async function scopeDepartment(req: FastifyRequest, scope: { kind: 'asset' | 'service'; id: string }, permission: Permission): Promise<string | null> {
    const p = requirePrincipal(req);
    if (scope.kind === 'asset') {
      const a = await visibleAsset(ctx, p, scope.id);
      if (!canIn(p, permission, a.departmentId)) throw forbidden();
      return a.departmentId;
    }
    if (!(await getService(ctx.db, scope.id))) throw notFound('Tjänsten');
    // Service-wide risks concern every department: only roles that see all may change them.
    if (!seesAllDepartments(p)) throw forbidden();
    return null;
  }

  async function visibleScenario(req: FastifyRequest, id: string): Promise<StoredScenario> {
    const s = await getScenario(ctx.db, id);
    const visible = visibleDepartments(requirePrincipal(req));
    if (!s || (visible && s.departmentId && !visible.includes(s.departmentId))) throw notFound('Riskscenariot');
    return s;
  }

  const withIds = (t: z.infer<typeof TreatmentInput>) => ({ ...t, measures: t.measures.map((m) => ({ ...m, id: m.id ?? randomUUID() })) });

  r.get('/api/risk/matrix', { schema: { tags, summary: 'The risk matrix in use' }, config: { permission: 'authenticated' } }, async () => loadRiskMatrix());

  r.get('/api/risks', {
    schema: { tags, querystring: z.object({ assetId: z.string().uuid().optional(), serviceId: z.string().uuid().optional() }) },
    config: { permission: 'map:read' },
  }, async (req) => {
    const items = await listScenarios(ctx.db, { visible: visibleDepartments(requirePrincipal(req)), ...req.query });
    return { items: items.map((s) => rated(s, today())) };
  });

  r.get('/api/risks/heatmap', { schema: { tags, summary: 'Scenarios per matrix cell, inherent and residual' }, config: { permission: 'map:read' } }, async (req) => {
    const matrix = loadRiskMatrix();
    const items = (await listScenarios(ctx.db, { visible: visibleDepartments(requirePrincipal(req)) })).map((s) => rated(s, today()));
    return {
      matrix,
      inherent: heatMap(matrix, items.map((s) => ({ id: s.id, rating: s.inherentRating }))),
      residual: heatMap(matrix, items.map((s) => ({ id: s.id, rating: s.residualRating }))),
    };
  });

  r.post('/api/risks', { schema: { tags, summary: 'Create a risk scenario with its treatment', body: ScenarioBody }, config: { permission: 'map:write' } }, async (req) => {
    const matrix = loadRiskMatrix();
    const { scenario, treatment } = req.body;
    try {
      rate(matrix, scenario.inherent);
      if (scenario.residual) rate(matrix, scenario.residual);
    } catch (e) {
      throw badRequest(`body.scenario: ${(e as Error).message}`, [{ path: 'body.scenario.inherent', message: (e as Error).message }]);
    }
    const departmentId = await scopeDepartment(req, scenario.scope, 'map:write');
    const created = await inTransaction(ctx.db, (tx) => createScenario(tx, actorOf(req), scenario, withIds(treatment), departmentId, matrix));
    return rated(created, today());
  });

  r.put('/api/risks/:id', { schema: { tags, params: Id, body: ScenarioBody.extend({ version: z.number().int().min(1) }) }, config: { permission: 'map:write' } }, async (req) => {
    const before = await visibleScenario(req, req.params.id);
    await scopeDepartment(req, before.scenario.scope, 'map:write');
    const updated = await inTransaction(ctx.db, (tx) => updateScenario(tx, actorOf(req), before, { ...req.body.scenario, scope: before.scenario.scope }, withIds(req.body.treatment), req.body.version));
    return rated(updated, today());
  });

  const apply = (result: TransitionResult) => {
    if (!result.ok) throw new HttpError(result.code === 'invalid_state' ? 409 : 400, result.code === 'invalid_state' ? 'conflict' : 'validation', result.message.sv);
    return result.acceptance;
  };

  r.post('/api/risks/:id/acceptances', {
    schema: { tags, summary: 'Request acceptance of the residual risk (created and submitted)', params: Id, body: z.object({ justification: z.string().max(5000), expiresOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }) },
    config: { permission: 'map:write' },
  }, async (req) => {
    const s = await visibleScenario(req, req.params.id);
    await scopeDepartment(req, s.scenario.scope, 'map:write');
    const actor = actorOf(req);
    const at = { by: actor.name, at: new Date().toISOString() };
    const created = createAcceptance({ id: randomUUID(), scenarioId: s.id, ...req.body }, at);
    const submitted = apply(submit(created, at, residualRisk(loadRiskMatrix(), s.scenario, s.treatment.measures).level));
    return inTransaction(ctx.db, (tx) => saveAcceptance(tx, actor, submitted, s.departmentId, 'submit'));
  });

  r.post('/api/risks/:id/acceptances/:aid/:action', {
    schema: {
      tags,
      summary: 'Decide on a risk acceptance: accept, reject or revoke (information owner)',
      params: z.object({ id: z.string().uuid(), aid: z.string().uuid(), action: z.enum(['accept', 'reject', 'revoke']) }),
      body: z.object({ comment: z.string().max(2000).default('') }),
    },
    config: { permission: 'classification:approve' },
  }, async (req) => {
    const s = await visibleScenario(req, req.params.id);
    await scopeDepartment(req, s.scenario.scope, 'classification:approve');
    const current = await getAcceptance(ctx.db, req.params.aid);
    if (current.scenarioId !== s.id) throw notFound('Riskacceptansen');
    const actor = actorOf(req);
    const at = { by: actor.name, at: new Date().toISOString() };
    const level = residualRisk(loadRiskMatrix(), s.scenario, s.treatment.measures).level;
    const { action } = req.params;
    const next = apply(action === 'accept' ? accept(current, at, level, req.body.comment) : action === 'reject' ? reject(current, at, req.body.comment) : revoke(current, at, req.body.comment));
    return inTransaction(ctx.db, (tx) => saveAcceptance(tx, actor, next, s.departmentId, action));
  });
}
