import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../kernel/auth/actor.js';
import { requirePrincipal } from '../../kernel/auth/http.js';
import { canIn, canSee, visibleDepartments, seesAllDepartments } from '../../kernel/auth/policy.js';
import type { AppContext } from '../../kernel/context.js';
import { inTransaction } from '../../kernel/db/database.js';
import { forbidden, notFound } from '../../kernel/http/errors.js';
import { DepartmentInput, DepartmentPatch } from '../model.js';
import { createDepartment, getDepartment, listDepartments, updateDepartment } from './store.js';

const Id = z.object({ id: z.string().uuid() });

export function departmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['departments'];

  r.get('/api/departments', { schema: { tags, summary: 'Departments the caller may see' }, config: { permission: 'map:read' } }, async (req) => ({
    items: await listDepartments(ctx.db, visibleDepartments(requirePrincipal(req))),
  }));

  r.get('/api/departments/:id', { schema: { tags, params: Id }, config: { permission: 'map:read' } }, async (req) => {
    const d = await getDepartment(ctx.db, req.params.id);
    if (!d || !canSee(requirePrincipal(req), d.id)) throw notFound('Förvaltningen');
    return d;
  });

  r.post('/api/departments', { schema: { tags, body: DepartmentInput }, config: { permission: 'map:write' } }, async (req) => {
    const p = requirePrincipal(req);
    // Creating a department widens the map: only roles that see every department may.
    if (!seesAllDepartments(p)) throw forbidden();
    return inTransaction(ctx.db, (tx) => createDepartment(tx, actorOf(req), req.body));
  });

  r.patch('/api/departments/:id', { schema: { tags, params: Id, body: DepartmentPatch }, config: { permission: 'map:write' } }, async (req) => {
    const p = requirePrincipal(req);
    if (!canSee(p, req.params.id)) throw notFound('Förvaltningen');
    if (!canIn(p, 'map:write', req.params.id)) throw forbidden();
    return inTransaction(ctx.db, (tx) => updateDepartment(tx, actorOf(req), req.params.id, req.body));
  });
}
