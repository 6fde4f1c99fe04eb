// /api/placements, /api/placement/*, /api/rulesets: where information is stored, whether it may
// be, what-if between rule sets, and the decisions taken.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../kernel/auth/actor.js';
import type { Actor } from '../kernel/audit/audit.js';
import { requirePrincipal } from '../kernel/auth/http.js';
import { canIn, visibleDepartments, seesAllDepartments } from '../kernel/auth/policy.js';
import type { AppContext } from '../kernel/context.js';
import { inTransaction } from '../kernel/db/database.js';
import { badRequest, forbidden, notFound } from '../kernel/http/errors.js';
import { visibleAsset } from '../map/assets/routes.js';
import { getService } from '../services/store.js';
import { evaluatePlacement } from './evaluate.js';
import { Verdict } from './model.js';
import { rankServicesFor } from './operations.js';
import { buildOverview } from './overview.js';
import { ruleSetJsonSchema } from './ruleset.js';
import {
  activeRuleSetId, addPlacement, currentDecisions, flagDecisions, getPlacement, getRuleSet, listRuleSets,
  loadUniverse, recordDecision, removePlacement, saveRuleSet, setActiveRuleSet,
} from './store.js';
import { whatIfView } from './whatif-view.js';
import { swedishDate } from '../kernel/swedish-date.js';

const RuleSetQuery = z.object({ ruleSet: z.string().max(100).optional() });

export function placementRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['placement'];

  /** The overview under a rule set; under the active one it also flags decisions that went stale. */
  async function overviewFor(actor: Actor, visible: string[] | null, ruleSetId?: string) {
    const active = await activeRuleSetId(ctx.db);
    const ruleSet = await getRuleSet(ctx.db, ruleSetId ?? active);
    const [universe, decisions] = await Promise.all([loadUniverse(ctx.db, visible), currentDecisions(ctx.db)]);
    const overview = buildOverview(universe, ruleSet, decisions);
    if (ruleSet.id !== active || overview.staleDecisions.length === 0) return overview;
    const flagged = await inTransaction(ctx.db, (tx) => flagDecisions(tx, actor, overview.staleDecisions));
    const reasons = new Map(overview.staleDecisions.map((f) => [f.id, f.reason]));
    // The overview is pure: rebuild it from the decisions as they now stand, without reading them again.
    const now = decisions.map((d) => (flagged.has(d.id) ? { ...d, status: 'needs_review' as const, flag_reason: reasons.get(d.id)!, flagged_at: new Date() } : d));
    return buildOverview(universe, ruleSet, now);
  }

  r.get('/api/placement/overview', { schema: { tags, summary: 'Verdicts of all placements, violations, service classes', querystring: RuleSetQuery }, config: { permission: 'map:read' } }, async (req) =>
    overviewFor(actorOf(req), visibleDepartments(requirePrincipal(req)), req.query.ruleSet),
  );

  r.post('/api/placements', {
    schema: { tags, summary: 'Place an asset in a service', body: z.object({ assetId: z.string().uuid(), serviceId: z.string().uuid(), purpose: z.string().max(1000).default('') }) },
    config: { permission: 'map:write' },
  }, async (req) => {
    const p = requirePrincipal(req);
    const a = await visibleAsset(ctx, p, req.body.assetId);
    if (!canIn(p, 'map:write', a.departmentId)) throw forbidden();
    const service = await getService(ctx.db, req.body.serviceId);
    if (!service) throw badRequest('body.serviceId: okänd tjänst', [{ path: 'body.serviceId', message: 'okänd tjänst' }]);
    const placed = await inTransaction(ctx.db, (tx) => addPlacement(tx, actorOf(req), req.body, a.departmentId));
    const ruleSet = await getRuleSet(ctx.db, await activeRuleSetId(ctx.db));
    return { ...placed, result: evaluatePlacement({ ...a, levels: a.levels }, service, ruleSet) };
  });

  r.delete('/api/placements/:id', { schema: { tags, params: z.object({ id: z.string().uuid() }) }, config: { permission: 'map:write' } }, async (req, reply) => {
    const p = requirePrincipal(req);
    const pl = await getPlacement(ctx.db, req.params.id);
    if (!pl) throw notFound('Placeringen');
    await visibleAsset(ctx, p, pl.asset_id);
    if (!canIn(p, 'map:write', pl.department_id)) throw forbidden();
    await inTransaction(ctx.db, (tx) => removePlacement(tx, actorOf(req), pl.id, pl.department_id));
    return reply.status(204).send();
  });

  r.get('/api/assets/:id/placement-options', {
    schema: { tags, summary: 'Where may this asset go: every service ranked by verdict', params: z.object({ id: z.string().uuid() }), querystring: RuleSetQuery },
    config: { permission: 'map:read' },
  }, async (req) => {
    const a = await visibleAsset(ctx, requirePrincipal(req), req.params.id);
    const ruleSet = await getRuleSet(ctx.db, req.query.ruleSet ?? (await activeRuleSetId(ctx.db)));
    const { services } = await loadUniverse(ctx.db, [a.departmentId]);
    return { ruleSet: { id: ruleSet.id, version: ruleSet.version }, items: rankServicesFor(a, services, ruleSet) };
  });

  r.post('/api/placement/whatif', {
    schema: { tags, summary: 'Every verdict that changes between two rule sets', body: z.object({ from: z.string().max(100), to: z.string().max(100), scope: z.enum(['placements', 'all_pairs']).default('placements') }) },
    config: { permission: 'map:read' },
  }, async (req) => {
    const [from, to] = await Promise.all([getRuleSet(ctx.db, req.body.from), getRuleSet(ctx.db, req.body.to)]);
    const u = await loadUniverse(ctx.db, visibleDepartments(requirePrincipal(req)));
    return whatIfView(u, from, to, req.body.scope);
  });

  r.post('/api/placement/decisions', {
    schema: {
      tags,
      summary: 'Confirm a verdict, or decide otherwise with a reason',
      body: z.object({
        assetId: z.string().uuid(),
        serviceId: z.string().uuid(),
        decision: z.enum(['confirmed', 'overridden']),
        verdict: Verdict.optional(),
        reason: z.string().trim().max(5000).default(''),
        decidedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      }),
    },
    config: { permission: 'classification:approve' },
  }, async (req) => {
    const p = requirePrincipal(req);
    const a = await visibleAsset(ctx, p, req.body.assetId);
    if (!canIn(p, 'classification:approve', a.departmentId)) throw forbidden();
    const service = await getService(ctx.db, req.body.serviceId);
    if (!service) throw badRequest('body.serviceId: okänd tjänst', [{ path: 'body.serviceId', message: 'okänd tjänst' }]);
    const ruleSet = await getRuleSet(ctx.db, await activeRuleSetId(ctx.db));
    const evaluated = evaluatePlacement({ ...a, levels: a.levels }, service, ruleSet);
    const { decision } = req.body;
    if (decision === 'overridden' && (!req.body.verdict || req.body.reason.length < 10)) {
      throw badRequest('body.reason: ett beslut mot bedömningen kräver ett utfall och en skriftlig motivering (minst 10 tecken)', [{ path: 'body.reason', message: 'minst 10 tecken' }]);
    }
    const verdict = decision === 'confirmed' ? evaluated.verdict : req.body.verdict!;
    const decidedOn = req.body.decidedOn ?? swedishDate();
    return inTransaction(ctx.db, (tx) => recordDecision(tx, actorOf(req), { ...req.body, verdict, decidedOn }, evaluated, a.departmentId));
  });

  r.get('/api/rulesets', { schema: { tags, summary: 'Rule sets: shipped and the municipality\'s own' }, config: { permission: 'map:read' } }, async () => ({
    active: await activeRuleSetId(ctx.db),
    items: await listRuleSets(ctx.db),
  }));
  r.get('/api/rulesets/schema', { schema: { tags, summary: 'JSON Schema of a rule set (for editors)' }, config: { permission: 'map:read' } }, async () => ruleSetJsonSchema());
  r.get('/api/rulesets/:id', { schema: { tags, params: z.object({ id: z.string().max(100) }) }, config: { permission: 'map:read' } }, async (req) => getRuleSet(ctx.db, req.params.id));
  r.post('/api/rulesets', { schema: { tags, summary: 'Save a rule-set draft (validated)', body: z.unknown() }, config: { permission: 'map:write' } }, async (req) => {
    if (!seesAllDepartments(requirePrincipal(req))) throw forbidden();
    return inTransaction(ctx.db, (tx) => saveRuleSet(tx, actorOf(req), req.body));
  });
  r.post('/api/rulesets/active', { schema: { tags, summary: 'Choose the rule set decisions use', body: z.object({ id: z.string().max(100) }) }, config: { permission: 'admin:users' } }, async (req) => {
    await inTransaction(ctx.db, (tx) => setActiveRuleSet(tx, actorOf(req), req.body.id));
    return { active: req.body.id };
  });
}
