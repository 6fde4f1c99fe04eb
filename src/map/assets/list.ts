// The asset list: server-side paging, sorting, filters and Swedish full-text search, always
// limited to the departments the caller may see.
import type pg from 'pg';
import { z } from 'zod';
import type { Asset } from '../model.js';
import { ASSET_COLUMNS, type AssetRow, toAsset } from './rows.js';

const NULLABLE = new Set(['k', 'r', 't', 's', 'reviewDue']);

const SORTS: Record<string, string> = {
  name: 'a.name',
  ref: 'a.ref',
  department: 'd.name',
  k: 'a.k',
  r: 'a.r',
  t: 'a.t',
  s: 'a.s',
  updatedAt: 'a.updated_at',
  reviewDue: 'a.review_due',
  state: 'a.classification_state',
};

export const AssetQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  sort: z
    .string()
    .regex(/^-?[a-zA-Z]+$/)
    .refine((s) => s.replace(/^-/, '') in SORTS, 'okänd sortering')
    .optional(),
  q: z.string().trim().max(200).optional(),
  departmentId: z.string().uuid().optional(),
  state: z.enum(['unclassified', 'draft', 'approved', 'overdue']).optional(),
  status: z.enum(['draft', 'active', 'archived']).optional(),
  minK: z.coerce.number().int().min(0).max(4).optional(),
});
export type AssetQuery = z.infer<typeof AssetQuery>;

export interface AssetPage {
  items: Asset[];
  total: number;
  page: number;
  pageSize: number;
}

export async function listAssets(db: pg.Pool, visible: string[] | null, q: AssetQuery): Promise<AssetPage> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (visible) where.push(`a.department_id = ANY(${p(visible)}::uuid[])`);
  if (q.departmentId) where.push(`a.department_id = ${p(q.departmentId)}`);
  if (q.status) where.push(`a.status = ${p(q.status)}`);
  else where.push("a.status <> 'archived'");
  if (q.state === 'overdue') where.push('a.review_due < current_date');
  else if (q.state) where.push(`a.classification_state = ${p(q.state)}`);
  if (q.minK !== undefined) where.push(`a.k >= ${p(q.minK)}`);
  let rank = '';
  if (q.q) {
    const ts = p(q.q);
    const inName = p(`%${escapeLike(q.q.toLowerCase())}%`);
    // As a UNION each branch uses its own index (GIN tsvector, trigram on lower(name), pattern on
    // ref); an OR of the three made the planner scan every row.
    where.push(`a.id IN (SELECT id FROM assets WHERE search @@ websearch_to_tsquery('swedish', ${ts})
      UNION SELECT id FROM assets WHERE lower(name) LIKE ${inName}
      UNION SELECT id FROM assets WHERE ref LIKE ${p(`${escapeLike(q.q.toUpperCase())}%`)})`);
    // Hits in the name first; ts_rank over every match cost more than the rest of the query.
    rank = `(lower(a.name) LIKE ${inName}) DESC, `;
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const sortKey = q.sort?.replace(/^-/, '');
  const dir = q.sort?.startsWith('-') ? 'DESC' : 'ASC';
  // NULLS LAST only on nullable columns, so that NOT NULL sorts can walk an index.
  const nulls = sortKey && NULLABLE.has(sortKey) ? ' NULLS LAST' : '';
  const order = sortKey ? `${SORTS[sortKey]} ${dir}${nulls}, a.ref ${dir}` : `${rank}a.name, a.ref`;
  const filterParams = [...params];
  const limit = p(q.pageSize);
  const offset = p((q.page - 1) * q.pageSize);
  // The page and the total as two statements: a window count would materialise every match.
  const [page, count] = await Promise.all([
    // Deferred join: order and cut the narrow ids first, then fetch the wide rows of one page.
    db.query<AssetRow>(
      `SELECT ${ASSET_COLUMNS} FROM (
         SELECT a.id FROM assets a JOIN departments d ON d.id = a.department_id
         ${whereSql} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
       ) page JOIN assets a ON a.id = page.id JOIN departments d ON d.id = a.department_id
       ORDER BY ${order}`,
      params,
    ),
    db.query<{ n: number }>(`SELECT count(*) AS n FROM assets a ${whereSql}`, filterParams),
  ]);
  const rows = page.rows;
  const total = count.rows[0]?.n ?? 0;
  return { items: rows.map(toAsset), total: Number(total), page: q.page, pageSize: q.pageSize };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
