// Reading the audit trail: filtered, paged, newest first; and the rows of an export.
import type pg from 'pg';
import { z } from 'zod';
import type { AuditEntry } from '../views.js';

const DateOrTime = z.string().regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'datum (ÅÅÅÅ-MM-DD) eller tidpunkt (ISO 8601)');

export const AuditFilter = z.object({
  /** Matches the actor's name (part of it) or, when a uuid, the actor's id. */
  actor: z.string().trim().max(200).optional(),
  /** An exact action ("asset.update") or a prefix ending in a dot ("user."). */
  action: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(50).optional(),
  entityId: z.string().trim().max(100).optional(),
  /** From this day or moment (inclusive). */
  from: DateOrTime.optional(),
  /** To this day (inclusive) or moment (exclusive). */
  to: DateOrTime.optional(),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

export const AuditQuery = AuditFilter.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export type { AuditEntry };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function where(f: AuditFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    clauses.push(sql.replaceAll('$?', `$${params.length}`));
  };
  if (f.actor) {
    if (UUID.test(f.actor)) add('actor_id = $?::uuid', f.actor);
    else add("actor ILIKE '%' || $? || '%'", f.actor.replace(/[\\%_]/g, (c) => `\\${c}`));
  }
  if (f.action) {
    if (f.action.endsWith('.')) add("action LIKE $? || '%'", f.action.replace(/[\\%_]/g, (c) => `\\${c}`));
    else add('action = $?', f.action);
  }
  if (f.entityType) add('entity_type = $?', f.entityType);
  if (f.entityId) add('entity_id = $?', f.entityId);
  if (f.from) add('at >= $?::timestamptz', f.from);
  if (f.to) {
    if (f.to.length === 10) add("at < ($?::date + 1)::timestamptz", f.to);
    else add('at < $?::timestamptz', f.to);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function toEntry(r: Record<string, unknown>): AuditEntry {
  return {
    seq: Number(r.seq),
    at: (r.at as Date).toISOString(),
    actorId: (r.actor_id as string | null) ?? null,
    actor: r.actor as string,
    ip: (r.ip as string | null) ?? null,
    action: r.action as string,
    entityType: (r.entity_type as string | null) ?? null,
    entityId: (r.entity_id as string | null) ?? null,
    departmentId: (r.department_id as string | null) ?? null,
    changes: r.changes ?? null,
    hash: r.hash as string,
  };
}

export async function queryAudit(db: pg.Pool, q: z.infer<typeof AuditQuery>) {
  const w = where(q);
  const [count, page] = await Promise.all([
    db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log ${w.sql}`, w.params),
    db.query(`SELECT * FROM audit_log ${w.sql} ORDER BY seq DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`, w.params),
  ]);
  return { items: page.rows.map(toEntry), total: count.rows[0]!.n, page: q.page, pageSize: q.pageSize };
}

export const EXPORT_LIMIT = 100_000;

/** Rows of an export, oldest first (the order the chain is verified in), at most EXPORT_LIMIT. */
export async function exportAudit(db: pg.Pool, f: AuditFilter): Promise<AuditEntry[]> {
  const w = where(f);
  const { rows } = await db.query(`SELECT * FROM audit_log ${w.sql} ORDER BY seq LIMIT ${EXPORT_LIMIT}`, w.params);
  return rows.map(toEntry);
}
