// Departments (förvaltningar, municipal companies, units): where information is owned.
import type pg from 'pg';
import { type Actor, appendAudit } from '../../kernel/audit/audit.js';
import { conflict, notFound } from '../../kernel/http/errors.js';
import type { Department, DepartmentInput } from '../model.js';

type Q = pg.Pool | pg.ClientBase;

interface Row {
  id: string;
  code: string;
  name: string;
  kind: Department['kind'];
  functions: Department['functions'];
  description: string | null;
  asset_count: number;
  classified_count: number;
}

const toDepartment = (r: Row): Department => ({
  id: r.id,
  code: r.code,
  name: r.name,
  kind: r.kind,
  functions: r.functions,
  description: r.description ?? undefined,
  assetCount: Number(r.asset_count),
  classifiedCount: Number(r.classified_count),
});

const SELECT = `SELECT d.*,
  (SELECT count(*) FROM assets a WHERE a.department_id = d.id AND a.status <> 'archived') AS asset_count,
  (SELECT count(*) FROM assets a WHERE a.department_id = d.id AND a.status <> 'archived' AND a.classification_state <> 'unclassified') AS classified_count
  FROM departments d`;

export async function listDepartments(db: Q, visible: string[] | null): Promise<Department[]> {
  const { rows } = await db.query<Row>(`${SELECT} WHERE ($1::uuid[] IS NULL OR d.id = ANY($1)) ORDER BY d.name`, [visible]);
  return rows.map(toDepartment);
}

export async function getDepartment(db: Q, id: string): Promise<Department | null> {
  const { rows } = await db.query<Row>(`${SELECT} WHERE d.id = $1`, [id]);
  return rows[0] ? toDepartment(rows[0]) : null;
}

export async function departmentByCode(db: Q, code: string): Promise<Department | null> {
  const { rows } = await db.query<Row>(`${SELECT} WHERE d.code = $1`, [code]);
  return rows[0] ? toDepartment(rows[0]) : null;
}

export async function createDepartment(tx: pg.ClientBase, actor: Actor, input: DepartmentInput): Promise<Department> {
  const exists = await tx.query('SELECT 1 FROM departments WHERE code = $1', [input.code]);
  if (exists.rowCount) throw conflict(`Det finns redan en förvaltning med koden ${input.code}`);
  const { rows } = await tx.query<{ id: string }>(
    'INSERT INTO departments (code, name, kind, functions, description) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [input.code, input.name, input.kind, input.functions, input.description ?? null],
  );
  const id = rows[0]!.id;
  await appendAudit(tx, actor, { action: 'department.create', entityType: 'department', entityId: id, departmentId: id, changes: input });
  return (await getDepartment(tx, id))!;
}

export async function updateDepartment(tx: pg.ClientBase, actor: Actor, id: string, patch: Partial<DepartmentInput>): Promise<Department> {
  const before = await getDepartment(tx, id);
  if (!before) throw notFound('Förvaltningen');
  const next = { ...before, ...patch };
  await tx.query(
    'UPDATE departments SET code = $2, name = $3, kind = $4, functions = $5, description = $6, updated_at = now() WHERE id = $1',
    [id, next.code, next.name, next.kind, next.functions, next.description ?? null],
  );
  const changes = Object.keys(patch).map((field) => ({
    field,
    before: (before as Record<string, unknown>)[field],
    after: (patch as Record<string, unknown>)[field],
  }));
  await appendAudit(tx, actor, { action: 'department.update', entityType: 'department', entityId: id, departmentId: id, changes });
  return (await getDepartment(tx, id))!;
}
