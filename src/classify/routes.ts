// /api/assets/:id/classifications: the questionnaire's answers become levels (derived, then
// overridden with a written reason), saved as a draft; the information owner approves.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../kernel/auth/actor.js';
import { requirePrincipal } from '../kernel/auth/http.js';
import { canIn } from '../kernel/auth/policy.js';
import type { AppContext } from '../kernel/context.js';
import { inTransaction } from '../kernel/db/database.js';
import { badRequest, forbidden } from '../kernel/http/errors.js';
import { visibleAsset } from '../map/assets/routes.js';
import { ClassificationInput } from '../map/model.js';
import { loadCatalog } from './catalog.js';
import { applyOverrides, assertValidAnswers, deriveLevels, nextReviewDate } from './derive.js';
import { approveClassification, listClassifications, saveClassification } from './store.js';

const Id = z.object({ id: z.string().uuid() });
const Approve = z.object({ reviewDue: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum YYYY-MM-DD').optional() });

export function classificationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['classification'];

  r.get('/api/assets/:id/classifications', { schema: { tags, params: Id }, config: { permission: 'map:read' } }, async (req) => {
    const a = await visibleAsset(ctx, requirePrincipal(req), req.params.id);
    return { items: await listClassifications(ctx.db, a.id) };
  });

  r.post('/api/assets/:id/classifications', { schema: { tags, summary: 'Classify with the questionnaire (draft)', params: Id, body: ClassificationInput }, config: { permission: 'map:write' } }, async (req) => {
    const p = requirePrincipal(req);
    const a = await visibleAsset(ctx, p, req.params.id);
    if (!canIn(p, 'map:write', a.departmentId)) throw forbidden();
    const { questionnaire: questions, scale } = loadCatalog();
    let derived: ReturnType<typeof deriveLevels>;
    let levels: ReturnType<typeof applyOverrides>;
    try {
      derived = deriveLevels(questions, req.body.answers);
      assertValidAnswers(derived);
      levels = applyOverrides(derived.levels, req.body.overrides, scale.levels.map((l) => l.value));
    } catch (e) {
      throw badRequest(`body: ${(e as Error).message}`, [{ path: 'body', message: (e as Error).message }]);
    }
    return inTransaction(ctx.db, (tx) => saveClassification(tx, actorOf(req), a, req.body, derived.levels, levels, questions.version));
  });

  r.post('/api/assets/:id/classifications/:cid/approve', {
    schema: { tags, summary: 'Approve a classification (information owner)', params: z.object({ id: z.string().uuid(), cid: z.string().uuid() }), body: Approve },
    config: { permission: 'classification:approve' },
  }, async (req) => {
    const p = requirePrincipal(req);
    const a = await visibleAsset(ctx, p, req.params.id);
    if (!canIn(p, 'classification:approve', a.departmentId)) throw forbidden();
    const reviewDue = req.body.reviewDue ?? nextReviewDate(new Date());
    return inTransaction(ctx.db, (tx) => approveClassification(tx, actorOf(req), a, req.params.cid, reviewDue));
  });
}
