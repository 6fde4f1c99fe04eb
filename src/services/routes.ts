// /api/services: the register of systems and cloud services, and the catalogue of common ones.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../kernel/auth/actor.js';
import { requirePrincipal } from '../kernel/auth/http.js';
import type { AppContext } from '../kernel/context.js';
import { inTransaction } from '../kernel/db/database.js';
import { forbidden, notFound } from '../kernel/http/errors.js';
import { loadServiceCatalogue } from './catalogue.js';
import { ServiceInput } from './model.js';
import { createService, deleteService, getService, listServices, updateService } from './store.js';
import { seesAllDepartments } from '../kernel/auth/policy.js';

const Id = z.object({ id: z.string().uuid() });

/** The register is municipality-wide: only roles that see every department change it. */
function requireRegisterWriter(req: Parameters<typeof requirePrincipal>[0]) {
  if (!seesAllDepartments(requirePrincipal(req))) throw forbidden();
}

export function serviceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['services'];

  r.get('/api/catalog/services', { schema: { tags, summary: 'Common services with their usual facts, to confirm' }, config: { permission: 'authenticated' } }, async () =>
    loadServiceCatalogue(),
  );
  r.get('/api/services', { schema: { tags, summary: 'The services register' }, config: { permission: 'map:read' } }, async () => ({ items: await listServices(ctx.db) }));
  r.get('/api/services/:id', { schema: { tags, params: Id }, config: { permission: 'map:read' } }, async (req) => {
    const s = await getService(ctx.db, req.params.id);
    if (!s) throw notFound('Tjänsten');
    return s;
  });
  r.post('/api/services', { schema: { tags, summary: 'Register a service', body: ServiceInput }, config: { permission: 'map:write' } }, async (req) => {
    requireRegisterWriter(req);
    return inTransaction(ctx.db, (tx) => createService(tx, actorOf(req), req.body));
  });
  r.put('/api/services/:id', {
    schema: { tags, summary: 'Replace a service\'s facts', params: Id, body: ServiceInput.extend({ version: z.number().int().min(1) }) },
    config: { permission: 'map:write' },
  }, async (req) => {
    requireRegisterWriter(req);
    const { version, ...input } = req.body;
    return inTransaction(ctx.db, (tx) => updateService(tx, actorOf(req), req.params.id, ServiceInput.parse(input), version));
  });
  r.delete('/api/services/:id', { schema: { tags, params: Id }, config: { permission: 'map:write' } }, async (req, reply) => {
    requireRegisterWriter(req);
    await inTransaction(ctx.db, (tx) => deleteService(tx, actorOf(req), req.params.id));
    return reply.status(204).send();
  });
}
