// GET /api/reports/decision-basis: the decision basis as pdf, docx or xlsx, for the whole
// municipality or one department, within the caller's department scope; every export is audited.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit } from '../kernel/audit/audit.js';
import { actorOf } from '../kernel/auth/actor.js';
import { requirePrincipal } from '../kernel/auth/http.js';
import { rolesCatalog, visibleDepartments, type Principal } from '../kernel/auth/policy.js';
import type { AppContext } from '../kernel/context.js';
import { inTransaction } from '../kernel/db/database.js';
import { gatherReportData } from './data.js';
import { renderReport, reportFormats } from './render.js';
import { reportFilename } from './texts.js';

const Query = z.object({
  format: z.enum(reportFormats).default('pdf'),
  departmentId: z.string().uuid().optional(),
});

/** "Anna Berg (Informationssäkerhetsansvarig)": who produced the report, as the board reads it. */
export function producerName(p: Principal): string {
  const role = rolesCatalog().roles[p.role]?.name.sv;
  return role ? `${p.name} (${role})` : p.name;
}

export function reportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/reports/decision-basis', {
    schema: { tags: ['reports'], summary: 'The decision basis (beslutsunderlag) as pdf, docx or xlsx', querystring: Query },
    config: { permission: 'map:export' },
  }, async (req, reply) => {
    const p = requirePrincipal(req);
    const { format, departmentId } = req.query;
    const data = await gatherReportData(ctx.db, { departmentId: departmentId ?? null, visible: visibleDepartments(p), producedBy: producerName(p) });
    const file = await renderReport(data, format);
    await inTransaction(ctx.db, (tx) =>
      appendAudit(tx, actorOf(req), {
        action: 'report.export',
        ...(departmentId ? { departmentId } : {}),
        changes: { report: 'decision-basis', format, departmentId: departmentId ?? null, ruleSet: `${data.ruleSet.id} ${data.ruleSet.version}`, assets: data.summary.assets },
      }),
    );
    return reply
      .header('content-disposition', `attachment; filename="${reportFilename(data, format)}"`)
      .header('cache-control', 'no-store')
      .type(file.contentType)
      .send(file.bytes);
  });
}
