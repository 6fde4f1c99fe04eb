// /api/dashboard: the numbers and the classification distribution on the overview page.
import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../kernel/auth/http.js';
import { visibleDepartments } from '../kernel/auth/policy.js';
import type { AppContext } from '../kernel/context.js';

export function dashboardRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/dashboard', { schema: { tags: ['dashboard'], summary: 'Overview numbers' }, config: { permission: 'map:read' } }, async (req) => {
    const visible = visibleDepartments(requirePrincipal(req));
    const scope = "a.status <> 'archived' AND ($1::uuid[] IS NULL OR a.department_id = ANY($1))";
    const [totals, dist, deps] = await Promise.all([
      ctx.db.query(
        `SELECT count(*) AS assets,
           count(*) FILTER (WHERE classification_state <> 'unclassified') AS classified,
           count(*) FILTER (WHERE classification_state = 'approved') AS approved,
           count(*) FILTER (WHERE classification_state = 'unclassified') AS unclassified,
           count(*) FILTER (WHERE review_due < current_date) AS overdue
         FROM assets a WHERE ${scope}`,
        [visible],
      ),
      ctx.db.query<{ aspect: string; level: number; n: number }>(
        `SELECT x.aspect, x.level, count(*) AS n FROM assets a
         CROSS JOIN LATERAL (VALUES ('K', a.k), ('R', a.r), ('T', a.t), ('S', a.s)) AS x(aspect, level)
         WHERE ${scope} AND x.level IS NOT NULL GROUP BY 1, 2`,
        [visible],
      ),
      ctx.db.query(
        `SELECT d.id, d.code, d.name, count(a.id) AS assets,
           count(a.id) FILTER (WHERE a.classification_state <> 'unclassified') AS classified,
           count(a.id) FILTER (WHERE a.classification_state = 'approved') AS approved,
           count(a.id) FILTER (WHERE a.review_due < current_date) AS overdue,
           max(a.k) AS "maxK"
         FROM departments d LEFT JOIN assets a ON a.department_id = d.id AND a.status <> 'archived'
         WHERE ($1::uuid[] IS NULL OR d.id = ANY($1)) GROUP BY d.id ORDER BY d.name`,
        [visible],
      ),
    ]);
    const distribution: Record<string, number[]> = { K: [0, 0, 0, 0, 0], R: [0, 0, 0, 0, 0], T: [0, 0, 0, 0, 0], S: [0, 0, 0, 0, 0] };
    for (const row of dist.rows) distribution[row.aspect]![row.level] = Number(row.n);
    const t = totals.rows[0];
    return {
      departments: deps.rows.length,
      assets: Number(t.assets),
      classified: Number(t.classified),
      approved: Number(t.approved),
      unclassified: Number(t.unclassified),
      overdue: Number(t.overdue),
      distribution,
      byDepartment: deps.rows.map((d) => ({ ...d, assets: Number(d.assets), classified: Number(d.classified), approved: Number(d.approved), overdue: Number(d.overdue) })),
    };
  });
}
