// /api/workshops: run a department's mapping workshop from the template catalogue.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { templatesFor } from '../../classify/catalog.js';
import type { Template } from '../../classify/catalog-schemas.js';
import { actorOf } from '../../kernel/auth/actor.js';
import { requirePrincipal } from '../../kernel/auth/http.js';
import { type Principal, canIn, canSee, visibleDepartments } from '../../kernel/auth/policy.js';
import type { AppContext } from '../../kernel/context.js';
import { inTransaction } from '../../kernel/db/database.js';
import { badRequest, forbidden, notFound } from '../../kernel/http/errors.js';
import { createAsset } from '../assets/store.js';
import { getDepartment } from '../departments/store.js';
import { AssetInput, Levels } from '../model.js';
import { addWorkshopItem, createWorkshop, departmentDecisions, getWorkshop, listWorkshops, setWorkshopStatus, workshopItems } from './store.js';

const Id = z.object({ id: z.string().uuid() });
const CreateWorkshop = z.object({
  departmentId: z.string().uuid(),
  title: z.string().trim().min(1).max(200),
  heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum YYYY-MM-DD'),
  participants: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
});
const ItemInput = z.object({
  templateId: z.string().max(100).optional(),
  decision: z.enum(['accepted', 'adjusted', 'rejected', 'added']),
  asset: AssetInput.omit({ departmentId: true }).partial().optional(),
  levels: Levels.optional(),
  note: z.string().max(2000).default(''),
});

/** The draft asset a template becomes, in Swedish, with the template's suggested levels. */
function fromTemplate(t: Template, departmentId: string) {
  return AssetInput.parse({
    departmentId,
    name: t.name.sv,
    description: t.description.sv,
    ownerRole: t.ownerRole.sv,
    retention: t.retention.sv,
    personalDataCategories: t.personalDataCategories,
    legal: t.legal,
    templateId: t.id,
    status: 'draft',
  });
}

async function visibleWorkshop(ctx: AppContext, p: Principal, id: string) {
  const w = await getWorkshop(ctx.db, id);
  if (!w || !canSee(p, w.departmentId)) throw notFound('Workshoppen');
  return w;
}

export function workshopRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['workshops'];

  r.get('/api/workshops', { schema: { tags, querystring: z.object({ departmentId: z.string().uuid().optional() }) }, config: { permission: 'map:read' } }, async (req) => ({
    items: await listWorkshops(ctx.db, visibleDepartments(requirePrincipal(req)), req.query.departmentId),
  }));

  r.post('/api/workshops', { schema: { tags, body: CreateWorkshop }, config: { permission: 'workshop:write' } }, async (req) => {
    const p = requirePrincipal(req);
    const dep = await getDepartment(ctx.db, req.body.departmentId);
    if (!dep || !canSee(p, dep.id)) throw badRequest('body.departmentId: okänd förvaltning', [{ path: 'body.departmentId', message: 'okänd förvaltning' }]);
    if (!canIn(p, 'workshop:write', dep.id)) throw forbidden();
    return inTransaction(ctx.db, (tx) => createWorkshop(tx, actorOf(req), req.body));
  });

  r.get('/api/workshops/:id', { schema: { tags, params: Id }, config: { permission: 'map:read' } }, async (req) => {
    const w = await visibleWorkshop(ctx, requirePrincipal(req), req.params.id);
    const dep = (await getDepartment(ctx.db, w.departmentId))!;
    const decisions = await departmentDecisions(ctx.db, w.departmentId);
    const suggestions = templatesFor(dep.functions).map((template) => {
      const d = decisions.get(template.id);
      return { template, decision: d ? { decision: d.decision, assetId: d.assetId, workshopId: d.workshopId } : null };
    });
    return { workshop: w, suggestions, items: await workshopItems(ctx.db, w.id) };
  });

  r.post('/api/workshops/:id/items', { schema: { tags, params: Id, body: ItemInput }, config: { permission: 'workshop:write' } }, async (req) => {
    const p = requirePrincipal(req);
    const w = await visibleWorkshop(ctx, p, req.params.id);
    if (!canIn(p, 'workshop:write', w.departmentId)) throw forbidden();
    const { templateId, decision, asset, levels, note } = req.body;
    const dep = (await getDepartment(ctx.db, w.departmentId))!;
    const template = templateId ? templatesFor(dep.functions).find((t) => t.id === templateId) : undefined;
    if (templateId && !template) throw badRequest('body.templateId: mallen passar inte förvaltningen', [{ path: 'body.templateId', message: 'okänd mall' }]);
    if (!template && decision !== 'added') throw badRequest('body.templateId: krävs för detta beslut', [{ path: 'body.templateId', message: 'krävs' }]);
    if (decision === 'added' && !asset?.name) throw badRequest('body.asset.name: en ny informationsmängd behöver ett namn', [{ path: 'body.asset.name', message: 'krävs' }]);
    const actor = actorOf(req);
    return inTransaction(ctx.db, async (tx) => {
      let assetId: string | null = null;
      if (decision !== 'rejected') {
        const base = template ? fromTemplate(template, w.departmentId) : AssetInput.parse({ departmentId: w.departmentId, name: asset!.name });
        const input = { ...base, ...asset, departmentId: w.departmentId };
        const suggested = levels ?? template?.levels ?? null;
        const created = await createAsset(tx, actor, input, { levels: suggested, classificationState: suggested ? 'draft' : 'unclassified', action: `workshop:${decision}` });
        assetId = created.id;
      }
      return addWorkshopItem(tx, actor, w, { templateId: template?.id ?? null, decision, assetId, note });
    });
  });

  r.post('/api/workshops/:id/status', {
    schema: { tags, params: Id, body: z.object({ status: z.enum(['open', 'paused', 'closed']), notes: z.string().max(5000).optional() }) },
    config: { permission: 'workshop:write' },
  }, async (req) => {
    const p = requirePrincipal(req);
    const w = await visibleWorkshop(ctx, p, req.params.id);
    if (!canIn(p, 'workshop:write', w.departmentId)) throw forbidden();
    return inTransaction(ctx.db, (tx) => setWorkshopStatus(tx, actorOf(req), w, req.body.status, req.body.notes));
  });
}
