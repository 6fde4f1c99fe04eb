// The tamper-evident audit trail: every entry's hash covers the previous entry's hash and its own
// content, so editing or deleting a row breaks the chain from there on.
import { createHash } from 'node:crypto';
import type pg from 'pg';

export interface Actor {
  id: string | null;
  name: string;
  ip?: string | null;
}

export interface AuditInput {
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  departmentId?: string | null;
  /** Field-level before/after of what changed; never raw sensitive values. */
  changes?: unknown;
}

export const GENESIS = '0'.repeat(64);
const LOCK_ID = 7_424_002;

interface Row {
  seq: number;
  at: string;
  actor_id: string | null;
  actor: string;
  ip: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  department_id: string | null;
  changes: unknown;
  prev_hash: string;
  hash: string;
}

/** Stable JSON: object keys sorted, so the same content always hashes the same. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const keys = Object.keys(value as Record<string, unknown>).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

function entryHash(prev: string, r: Omit<Row, 'hash' | 'prev_hash'>): string {
  const content = canonical({
    seq: r.seq,
    at: r.at,
    actorId: r.actor_id,
    actor: r.actor,
    ip: r.ip,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    departmentId: r.department_id,
    changes: r.changes ?? null,
  });
  return createHash('sha256').update(prev).update('\n').update(content).digest('hex');
}

/**
 * Appends one entry. Call it inside the transaction that makes the change, so the change and its
 * trail commit together; the advisory lock serialises writers to keep the chain linear.
 */
export async function appendAudit(tx: pg.ClientBase, actor: Actor, input: AuditInput): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_ID]);
  const last = await tx.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  const prev = last.rows[0]?.hash ?? GENESIS;
  const seq = Number(last.rows[0]?.seq ?? 0) + 1;
  // Millisecond precision in ISO form, so that the value read back hashes identically.
  const at = new Date().toISOString();
  const row = {
    seq,
    at,
    actor_id: actor.id,
    actor: actor.name,
    ip: actor.ip ?? null,
    action: input.action,
    entity_type: input.entityType ?? null,
    entity_id: input.entityId ?? null,
    department_id: input.departmentId ?? null,
    changes: input.changes === undefined ? null : JSON.parse(JSON.stringify(input.changes)),
  };
  const hash = entryHash(prev, row);
  await tx.query(
    `INSERT INTO audit_log (seq, at, actor_id, actor, ip, action, entity_type, entity_id, department_id, changes, prev_hash, hash)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
    [seq, at, row.actor_id, row.actor, row.ip, row.action, row.entity_type, row.entity_id, row.department_id,
      row.changes === null ? null : JSON.stringify(row.changes), prev, hash],
  );
}

export interface VerifyResult {
  ok: boolean;
  entries: number;
  /** The first entry whose hash or link does not match, with the reason. */
  brokenAt?: { seq: number; reason: string };
}

/** Walks the whole chain in pages; names the first broken entry. */
export async function verifyAudit(pool: pg.Pool): Promise<VerifyResult> {
  let prev = GENESIS;
  let expectedSeq = 1;
  let count = 0;
  for (;;) {
    const { rows } = await pool.query<Row & { at_iso: string }>(
      `SELECT *, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at_iso
       FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT 5000`,
      [expectedSeq],
    );
    if (rows.length === 0) break;
    for (const r of rows) {
      const seq = Number(r.seq);
      if (seq !== expectedSeq) return { ok: false, entries: count, brokenAt: { seq: expectedSeq, reason: 'entry missing' } };
      if (r.prev_hash !== prev) return { ok: false, entries: count, brokenAt: { seq, reason: 'link to previous entry broken' } };
      const h = entryHash(prev, { ...r, seq, at: r.at_iso });
      if (h !== r.hash) return { ok: false, entries: count, brokenAt: { seq, reason: 'content does not match its hash' } };
      prev = r.hash;
      expectedSeq++;
      count++;
    }
  }
  return { ok: true, entries: count };
}
