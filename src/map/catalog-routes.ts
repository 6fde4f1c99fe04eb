// /api/catalog: the versioned data files the UI needs (scale, questionnaire, legal lists, templates).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadCatalog, templatesFor } from '../classify/catalog.js';
import { templateFunctions } from '../classify/functions.js';
import { rolesCatalog } from '../kernel/auth/policy.js';
import type { AppContext } from '../kernel/context.js';

export function catalogRoutes(app: FastifyInstance, _ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['catalog'];
  r.get('/api/catalog/classification', { schema: { tags, summary: 'Scale and questionnaire' }, config: { permission: 'authenticated' } }, async () => {
    const { scale, questionnaire } = loadCatalog();
    return { scale, questionnaire };
  });
  r.get('/api/catalog/legal', { schema: { tags, summary: 'OSL provisions, GDPR categories, security classes' }, config: { permission: 'authenticated' } }, async () => loadCatalog().legal);
  r.get('/api/catalog/templates', {
    schema: { tags, summary: 'Template catalogue of municipal information types', querystring: z.object({ function: z.string().max(50).optional() }) },
    config: { permission: 'authenticated' },
  }, async (req) => {
    const all = loadCatalog().templates;
    // The function tags (with labels) are what a department chooses to get fitting suggestions.
    return { version: all.version, functions: templateFunctions, items: req.query.function ? templatesFor([req.query.function]) : all.items };
  });
  r.get('/api/catalog/roles', { schema: { tags, summary: 'Roles and permissions' }, config: { permission: 'authenticated' } }, async () => rolesCatalog());
}
