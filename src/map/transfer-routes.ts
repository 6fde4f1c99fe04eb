// /api/export and /api/import: the whole map as JSON or Excel, and back (all or nothing).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit } from '../kernel/audit/audit.js';
import { actorOf } from '../kernel/auth/actor.js';
import { requirePrincipal } from '../kernel/auth/http.js';
import type { AppContext } from '../kernel/context.js';
import { inTransaction } from '../kernel/db/database.js';
import { HttpError, badRequest, forbidden } from '../kernel/http/errors.js';
import { importSnapshot, exportSnapshot } from './snapshot-store.js';
import { parseMapFile } from './transfer/parse-map-file.js';
import { snapshotToJson } from './transfer/json.js';
import { snapshotToXlsx } from './transfer/xlsx-export.js';
import { recordsPlanRoutes } from './records-plan-routes.js';
import { seesAllDepartments } from '../kernel/auth/policy.js';

/** The single uploaded file of a multipart request, with the form's text fields. */
export async function uploadedFile(req: FastifyRequest): Promise<{ filename: string; bytes: Buffer; fields: Record<string, string> }> {
  if (!req.isMultipart()) throw badRequest('Skicka filen som multipart/form-data i fältet "file"');
  let file: { filename: string; bytes: Buffer } | undefined;
  const fields: Record<string, string> = {};
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.file.truncated) throw new HttpError(413, 'payload_too_large', 'Filen är för stor');
      file = { filename: part.filename, bytes };
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  if (!file) throw badRequest('Ingen fil skickades (fältet "file")', [{ path: 'body.file', message: 'krävs' }]);
  return { ...file, fields };
}

export function transferRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['import-export'];

  r.get('/api/export', {
    schema: { tags, summary: 'Export the map (JSON or Excel)', querystring: z.object({ format: z.enum(['json', 'xlsx']).default('json') }) },
    config: { permission: 'map:export' },
  }, async (req, reply) => {
    const p = requirePrincipal(req);
    const snap = await exportSnapshot(ctx.db, p.departmentIds);
    await inTransaction(ctx.db, (tx) => appendAudit(tx, actorOf(req), { action: 'map.export', changes: { format: req.query.format, assets: snap.assets.length } }));
    const stamp = snap.exportedAt.slice(0, 10);
    if (req.query.format === 'xlsx') {
      return reply
        .header('content-disposition', `attachment; filename="informationskarta-${stamp}.xlsx"`)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await snapshotToXlsx(snap));
    }
    return reply.header('content-disposition', `attachment; filename="informationskarta-${stamp}.json"`).type('application/json').send(snapshotToJson(snap));
  });

  r.post('/api/import', { schema: { tags, summary: 'Import a map file (multipart: file, mode=merge|replace)', consumes: ['multipart/form-data'] }, config: { permission: 'map:import' } }, async (req) => {
    const p = requirePrincipal(req);
    // Importing writes to any department in the file: only roles that see every department may.
    if (!seesAllDepartments(p)) throw forbidden();
    const { filename, bytes, fields } = await uploadedFile(req);
    const mode = fields.mode === 'replace' ? 'replace' : 'merge';
    const parsed = await parseMapFile(filename, bytes);
    if (!parsed.ok) throw new HttpError(422, 'import_invalid', `Filen kan inte importeras: ${parsed.problems.length} problem`, { problems: parsed.problems });
    return inTransaction(ctx.db, (tx) => importSnapshot(tx, actorOf(req), parsed.snapshot, mode));
  });

  recordsPlanRoutes(app, ctx);
}
