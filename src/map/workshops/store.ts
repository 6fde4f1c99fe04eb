// Workshops: a department's map is built over several sessions; each keeps its date, participants
// (roles), status and the decisions taken on template suggestions.
import type pg from 'pg';
import { type Actor, appendAudit } from '../../kernel/audit/audit.js';
import { conflict, notFound } from '../../kernel/http/errors.js';

type Q = pg.Pool | pg.ClientBase;

export type WorkshopStatus = 'open' | 'paused' | 'closed';
export type Decision = 'accepted' | 'adjusted' | 'rejected' | 'added';

export interface Workshop {
  id: string;
  departmentId: string;
  departmentName: string;
  title: string;
  heldOn: string;
  participants: string[];
  status: WorkshopStatus;
  notes: string;
  createdBy: string;
  createdAt: string;
  itemCount: number;
}

export interface WorkshopItem {
  id: string;
  workshopId: string;
  templateId: string | null;
  decision: Decision;
  assetId: string | null;
  assetName: string | null;
  note: string;
  decidedBy: string;
  decidedAt: string;
}

const SELECT = `SELECT w.*, d.name AS department_name, (SELECT count(*) FROM workshop_items i WHERE i.workshop_id = w.id) AS item_count
  FROM workshops w JOIN departments d ON d.id = w.department_id`;

const toWorkshop = (r: Record<string, any>): Workshop => ({
  id: r.id,
  departmentId: r.department_id,
  departmentName: r.department_name,
  title: r.title,
  heldOn: r.held_on,
  participants: r.participants,
  status: r.status,
  notes: r.notes,
  createdBy: r.created_by,
  createdAt: (r.created_at as Date).toISOString(),
  itemCount: Number(r.item_count),
});

export async function listWorkshops(db: Q, visible: string[] | null, departmentId?: string): Promise<Workshop[]> {
  const { rows } = await db.query(
    `${SELECT} WHERE ($1::uuid[] IS NULL OR w.department_id = ANY($1)) AND ($2::uuid IS NULL OR w.department_id = $2)
     ORDER BY w.held_on DESC, w.created_at DESC`,
    [visible, departmentId ?? null],
  );
  return rows.map(toWorkshop);
}

export async function getWorkshop(db: Q, id: string): Promise<Workshop | null> {
  const { rows } = await db.query(`${SELECT} WHERE w.id = $1`, [id]);
  return rows[0] ? toWorkshop(rows[0]) : null;
}

export async function createWorkshop(
  tx: pg.ClientBase,
  actor: Actor,
  w: { departmentId: string; title: string; heldOn: string; participants: string[] },
): Promise<Workshop> {
  const { rows } = await tx.query<{ id: string }>(
    "INSERT INTO workshops (department_id, title, held_on, participants, status, created_by) VALUES ($1, $2, $3, $4, 'open', $5) RETURNING id",
    [w.departmentId, w.title, w.heldOn, w.participants, actor.name],
  );
  const id = rows[0]!.id;
  await appendAudit(tx, actor, { action: 'workshop.create', entityType: 'workshop', entityId: id, departmentId: w.departmentId, changes: w });
  return (await getWorkshop(tx, id))!;
}

export async function setWorkshopStatus(tx: pg.ClientBase, actor: Actor, w: Workshop, status: WorkshopStatus, notes?: string): Promise<Workshop> {
  if (w.status === 'closed' && status !== 'closed') throw conflict('En avslutad workshop kan inte öppnas igen; starta en ny');
  await tx.query('UPDATE workshops SET status = $2, notes = coalesce($3, notes), updated_at = now() WHERE id = $1', [w.id, status, notes ?? null]);
  await appendAudit(tx, actor, {
    action: 'workshop.status',
    entityType: 'workshop',
    entityId: w.id,
    departmentId: w.departmentId,
    changes: [{ field: 'status', before: w.status, after: status }],
  });
  return (await getWorkshop(tx, w.id))!;
}

const ITEM_SELECT = `SELECT i.*, a.name AS asset_name FROM workshop_items i LEFT JOIN assets a ON a.id = i.asset_id`;
const toItem = (r: Record<string, any>): WorkshopItem => ({
  id: r.id,
  workshopId: r.workshop_id,
  templateId: r.template_id,
  decision: r.decision,
  assetId: r.asset_id,
  assetName: r.asset_name,
  note: r.note,
  decidedBy: r.decided_by,
  decidedAt: (r.decided_at as Date).toISOString(),
});

export async function workshopItems(db: Q, workshopId: string): Promise<WorkshopItem[]> {
  const { rows } = await db.query(`${ITEM_SELECT} WHERE i.workshop_id = $1 ORDER BY i.decided_at`, [workshopId]);
  return rows.map(toItem);
}

/** Every template decision taken in any workshop of the department (latest per template). */
export async function departmentDecisions(db: Q, departmentId: string): Promise<Map<string, WorkshopItem>> {
  const { rows } = await db.query(
    `${ITEM_SELECT} JOIN workshops w ON w.id = i.workshop_id
     WHERE w.department_id = $1 AND i.template_id IS NOT NULL ORDER BY i.decided_at`,
    [departmentId],
  );
  return new Map(rows.map((r) => [r.template_id as string, toItem(r)]));
}

export async function addWorkshopItem(
  tx: pg.ClientBase,
  actor: Actor,
  w: Workshop,
  item: { templateId: string | null; decision: Decision; assetId: string | null; note: string },
): Promise<WorkshopItem> {
  if (w.status !== 'open') throw conflict('Workshoppen är inte öppen; återuppta den först');
  if (item.templateId) {
    const dup = await tx.query(
      `SELECT 1 FROM workshop_items i JOIN workshops w ON w.id = i.workshop_id
       WHERE w.department_id = $1 AND i.template_id = $2 AND i.decision <> 'rejected'`,
      [w.departmentId, item.templateId],
    );
    if (dup.rowCount) throw conflict('Mallen är redan tagen till kartläggningen för förvaltningen');
  }
  const { rows } = await tx.query<{ id: string }>(
    'INSERT INTO workshop_items (workshop_id, template_id, decision, asset_id, note, decided_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [w.id, item.templateId, item.decision, item.assetId, item.note, actor.name],
  );
  await appendAudit(tx, actor, { action: `workshop.${item.decision}`, entityType: 'workshop', entityId: w.id, departmentId: w.departmentId, changes: item });
  const { rows: out } = await tx.query(`${ITEM_SELECT} WHERE i.id = $1`, [rows[0]!.id]);
  if (!out[0]) throw notFound('Beslutet');
  return toItem(out[0]);
}
