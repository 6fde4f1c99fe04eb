// Storage of the services register: the facts as validated JSON, versioned, audited.
import type pg from 'pg';
import { type Actor, appendAudit } from '../kernel/audit/audit.js';
import { conflict, notFound } from '../kernel/http/errors.js';
import { diffObjects } from '../classify/diff.js';
import { type Service, ServiceInput } from './model.js';

type Q = pg.Pool | pg.ClientBase;

export interface StoredService extends Service {
  version: number;
  updatedAt: string;
  placementCount: number;
}

const SELECT = `SELECT s.*, (SELECT count(*) FROM placements p WHERE p.service_id = s.id) AS placement_count FROM services s`;

const toService = (r: Record<string, any>): StoredService => ({
  ...ServiceInput.parse(r.facts),
  id: r.id,
  version: r.version,
  updatedAt: (r.updated_at as Date).toISOString(),
  placementCount: Number(r.placement_count),
});

export async function listServices(db: Q): Promise<StoredService[]> {
  const { rows } = await db.query(`${SELECT} ORDER BY s.name`);
  return rows.map(toService);
}

export async function getService(db: Q, id: string): Promise<StoredService | null> {
  const { rows } = await db.query(`${SELECT} WHERE s.id = $1`, [id]);
  return rows[0] ? toService(rows[0]) : null;
}

export async function createService(tx: pg.ClientBase, actor: Actor, input: ServiceInput): Promise<StoredService> {
  const dup = await tx.query('SELECT 1 FROM services WHERE name = $1', [input.name]);
  if (dup.rowCount) throw conflict(`Det finns redan en tjänst som heter ${input.name}`);
  const { rows } = await tx.query<{ id: string }>('INSERT INTO services (name, facts) VALUES ($1, $2) RETURNING id', [input.name, JSON.stringify(input)]);
  const id = rows[0]!.id;
  await appendAudit(tx, actor, { action: 'service.create', entityType: 'service', entityId: id, changes: { name: input.name } });
  return (await getService(tx, id))!;
}

export async function updateService(tx: pg.ClientBase, actor: Actor, id: string, input: ServiceInput, version: number): Promise<StoredService> {
  const before = await getService(tx, id);
  if (!before) throw notFound('Tjänsten');
  if (before.version !== version) throw conflict('Tjänsten har ändrats av någon annan. Ladda om och försök igen.');
  const { id: _id, version: _v, updatedAt: _u, placementCount: _p, ...beforeInput } = before;
  await tx.query('UPDATE services SET name = $2, facts = $3, version = version + 1, updated_at = now() WHERE id = $1', [id, input.name, JSON.stringify(input)]);
  await appendAudit(tx, actor, { action: 'service.update', entityType: 'service', entityId: id, changes: diffObjects(beforeInput, input) });
  return (await getService(tx, id))!;
}

export async function deleteService(tx: pg.ClientBase, actor: Actor, id: string): Promise<void> {
  const before = await getService(tx, id);
  if (!before) throw notFound('Tjänsten');
  await tx.query('DELETE FROM services WHERE id = $1', [id]);
  await appendAudit(tx, actor, { action: 'service.delete', entityType: 'service', entityId: id, changes: { name: before.name, placements: before.placementCount } });
}
