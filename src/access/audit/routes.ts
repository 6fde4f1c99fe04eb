// /api/audit: browse, export and verify the tamper-evident trail (auditors and administrators).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit, verifyAudit } from '../../kernel/audit/audit.js';
import { actorOf } from '../../kernel/auth/actor.js';
import type { AppContext } from '../../kernel/context.js';
import { inTransaction } from '../../kernel/db/database.js';
import { auditToCsv } from './csv.js';
import { AuditFilter, AuditQuery, exportAudit, queryAudit } from './store.js';
import { swedishDate } from '../../kernel/swedish-date.js';

export function auditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];
  const config = { permission: 'audit:read' as const };

  r.get('/api/audit', { schema: { tags, summary: 'The audit trail, newest first (filter by actor, action, entity, dates)', querystring: AuditQuery }, config }, async (req) =>
    queryAudit(ctx.db, req.query),
  );

  r.get('/api/audit/export', {
    schema: { tags, summary: 'Export the (filtered) audit trail as CSV or JSON', querystring: AuditFilter.extend({ format: z.enum(['csv', 'json']).default('csv') }) },
    config,
  }, async (req, reply) => {
    const { format, ...filter } = req.query;
    const entries = await exportAudit(ctx.db, filter);
    // Reading the trail out of the product is itself an event worth keeping.
    await inTransaction(ctx.db, (tx) => appendAudit(tx, actorOf(req), { action: 'audit.export', changes: { format, filter, entries: entries.length } }));
    const stamp = swedishDate();
    reply.header('content-disposition', `attachment; filename="granskningslogg-${stamp}.${format}"`);
    if (format === 'json') return reply.type('application/json').send(JSON.stringify({ exportedAt: new Date().toISOString(), filter, entries }));
    return reply.type('text/csv; charset=utf-8').send(auditToCsv(entries));
  });

  r.get('/api/audit/verify', { schema: { tags, summary: 'Check the whole hash chain; names the first broken entry' }, config }, async () => verifyAudit(ctx.db));
}
