// /api/import/records-plan: start the map from the records-management plan (dokumenthanteringsplan):
// upload → preview sheets and headers → import with the mapping the user chose.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit } from '../kernel/audit/audit.js';
import { actorOf } from '../kernel/auth/actor.js';
import { requirePrincipal } from '../kernel/auth/http.js';
import { canIn } from '../kernel/auth/policy.js';
import type { AppContext } from '../kernel/context.js';
import { inTransaction } from '../kernel/db/database.js';
import { HttpError, forbidden, notFound } from '../kernel/http/errors.js';
import { createAsset } from './assets/store.js';
import { departmentByCode } from './departments/store.js';
import { AssetInput } from './model.js';
import { importRecordsPlan } from './transfer/records-plan/import.js';
import { DepartmentMap, RecordsPlanMapping } from './transfer/records-plan/mapping.js';
import { previewRecordsPlan } from './transfer/records-plan/preview.js';
import { uploadedFile } from './transfer-routes.js';

const ImportBody = z.object({ uploadId: z.string().uuid(), mapping: RecordsPlanMapping, departmentMap: DepartmentMap.default({}) });

export function recordsPlanRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['import-export'];

  r.post('/api/import/records-plan/preview', { schema: { tags, summary: 'Upload a records-management plan and preview it', consumes: ['multipart/form-data'] }, config: { permission: 'map:write' } }, async (req) => {
    const p = requirePrincipal(req);
    const { filename, bytes } = await uploadedFile(req);
    const preview = await previewRecordsPlan(bytes);
    if (!preview.ok) throw new HttpError(422, 'import_invalid', 'Filen kan inte läsas som en Excel-fil', { problems: preview.problems });
    await ctx.db.query("DELETE FROM uploads WHERE created_at < now() - interval '1 day'");
    const { rows } = await ctx.db.query<{ id: string }>('INSERT INTO uploads (user_id, filename, bytes) VALUES ($1, $2, $3) RETURNING id', [p.userId, filename, bytes]);
    return { uploadId: rows[0]!.id, sheets: preview.sheets, suggestedMapping: preview.suggestedMapping };
  });

  r.post('/api/import/records-plan', { schema: { tags, summary: 'Import a previewed records-management plan as draft assets', body: ImportBody }, config: { permission: 'map:write' } }, async (req) => {
    const p = requirePrincipal(req);
    const { rows } = await ctx.db.query<{ bytes: Buffer; user_id: string | null }>('SELECT bytes, user_id FROM uploads WHERE id = $1', [req.body.uploadId]);
    const upload = rows[0];
    if (!upload || upload.user_id !== p.userId) throw notFound('Uppladdningen');
    const result = await importRecordsPlan(upload.bytes, req.body.mapping, req.body.departmentMap);
    if (result.problems.length > 0) {
      throw new HttpError(422, 'import_invalid', `Planen kan inte importeras: ${result.problems.length} problem`, { problems: result.problems });
    }
    const actor = actorOf(req);
    return inTransaction(ctx.db, async (tx) => {
      const departments = new Map<string, string>();
      const problems: { sheet: string | null; row: number | null; column: string | null; message: string }[] = [];
      for (const code of new Set(result.drafts.map((d) => d.departmentCode))) {
        const dep = await departmentByCode(tx, code);
        if (!dep) problems.push({ sheet: null, row: null, column: null, message: `Okänd förvaltningskod ${code}` });
        else if (!canIn(p, 'map:write', dep.id)) throw forbidden();
        else departments.set(code, dep.id);
      }
      if (problems.length) throw new HttpError(422, 'import_invalid', 'Planen hänvisar till okända förvaltningar', { problems });
      for (const d of result.drafts) {
        const { departmentCode, ...fields } = d;
        await createAsset(tx, actor, AssetInput.parse({ ...fields, departmentId: departments.get(departmentCode) }), { action: 'records-plan' });
      }
      await tx.query('DELETE FROM uploads WHERE id = $1', [req.body.uploadId]);
      await appendAudit(tx, actor, { action: 'map.import-records-plan', changes: { assetsCreated: result.drafts.length } });
      return { assetsCreated: result.drafts.length, problems: [] };
    });
  });
}
