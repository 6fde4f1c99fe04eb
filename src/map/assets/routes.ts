// /api/assets: list, detail, create, edit, archive, history and version diff.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { diffObjects } from '../../classify/diff.js';
import { actorOf } from '../../kernel/auth/actor.js';
import { requirePrincipal } from '../../kernel/auth/http.js';
import { type Principal, canIn, canSee, visibleDepartments } from '../../kernel/auth/policy.js';
import type { AppContext } from '../../kernel/context.js';
import { inTransaction } from '../../kernel/db/database.js';
import { badRequest, forbidden, notFound } from '../../kernel/http/errors.js';
import { getDepartment } from '../departments/store.js';
import { AssetInput, AssetPatch, type Asset } from '../model.js';
import { latestClassification } from '../../classify/store.js';
import { AssetQuery, listAssets } from './list.js';
import { assetVersions, createAsset, getAsset, updateAsset } from './store.js';

const Id = z.object({ id: z.string().uuid() });

/** The asset if the caller may see it; 404 otherwise, so that existence does not leak. */
export async function visibleAsset(ctx: AppContext, p: Principal, id: string): Promise<Asset> {
  const a = await getAsset(ctx.db, id);
  if (!a || !canSee(p, a.departmentId)) throw notFound('Informationsmängden');
  return a;
}

export function assetRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['assets'];

  r.get('/api/assets', { schema: { tags, summary: 'List information assets', querystring: AssetQuery }, config: { permission: 'map:read' } }, async (req) =>
    listAssets(ctx.db, visibleDepartments(requirePrincipal(req)), req.query),
  );

  r.get('/api/assets/:id', { schema: { tags, params: Id }, config: { permission: 'map:read' } }, async (req) => {
    const a = await visibleAsset(ctx, requirePrincipal(req), req.params.id);
    return { ...a, classification: await latestClassification(ctx.db, a.id) };
  });

  r.post('/api/assets', { schema: { tags, summary: 'Create an information asset', body: AssetInput }, config: { permission: 'map:write' } }, async (req) => {
    const p = requirePrincipal(req);
    const dep = await getDepartment(ctx.db, req.body.departmentId);
    if (!dep || !canSee(p, dep.id)) throw badRequest('body.departmentId: okänd förvaltning', [{ path: 'body.departmentId', message: 'okänd förvaltning' }]);
    if (!canIn(p, 'map:write', dep.id)) throw forbidden();
    return inTransaction(ctx.db, (tx) => createAsset(tx, actorOf(req), req.body));
  });

  r.patch('/api/assets/:id', { schema: { tags, params: Id, body: AssetPatch }, config: { permission: 'map:write' } }, async (req) => {
    const p = requirePrincipal(req);
    const a = await visibleAsset(ctx, p, req.params.id);
    if (!canIn(p, 'map:write', a.departmentId)) throw forbidden();
    // Moving an asset needs write access on the receiving department too.
    if (req.body.departmentId && req.body.departmentId !== a.departmentId && !canIn(p, 'map:write', req.body.departmentId)) throw forbidden();
    return inTransaction(ctx.db, (tx) => updateAsset(tx, actorOf(req), a.id, req.body));
  });

  r.delete('/api/assets/:id', { schema: { tags, summary: 'Archive an information asset', params: Id }, config: { permission: 'map:write' } }, async (req, reply) => {
    const p = requirePrincipal(req);
    const a = await visibleAsset(ctx, p, req.params.id);
    if (!canIn(p, 'map:write', a.departmentId)) throw forbidden();
    await inTransaction(ctx.db, (tx) => updateAsset(tx, actorOf(req), a.id, { version: a.version, status: 'archived' }, 'archive'));
    return reply.status(204).send();
  });

  r.get('/api/assets/:id/history', { schema: { tags, params: Id }, config: { permission: 'map:read' } }, async (req) => {
    const a = await visibleAsset(ctx, requirePrincipal(req), req.params.id);
    const versions = await assetVersions(ctx.db, a.id);
    const items = versions.map((v, i) => ({
      version: v.version,
      at: v.at.toISOString(),
      actor: v.actor,
      action: v.action,
      changes: i === 0 ? [] : diffObjects(versions[i - 1]!.snapshot, v.snapshot),
    }));
    return { items: items.reverse() };
  });

  r.get('/api/assets/:id/diff', {
    schema: { tags, params: Id, querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }) },
    config: { permission: 'map:read' },
  }, async (req) => {
    const a = await visibleAsset(ctx, requirePrincipal(req), req.params.id);
    const versions = await assetVersions(ctx.db, a.id);
    const from = versions.find((v) => v.version === req.query.from);
    const to = versions.find((v) => v.version === req.query.to);
    if (!from || !to) throw notFound('Versionen');
    return { from: from.version, to: to.version, changes: diffObjects(from.snapshot, to.snapshot) };
  });
}
