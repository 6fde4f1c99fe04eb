// Administrators: which roles must use MFA, and resetting a user's MFA (lost phone).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit } from '../../kernel/audit/audit.js';
import { actorOf } from '../../kernel/auth/actor.js';
import { removeMfa } from '../../kernel/auth/mfa.js';
import { MfaPolicy, getMfaPolicy, setMfaPolicy } from '../../kernel/auth/mfa-policy.js';
import type { AppContext } from '../../kernel/context.js';
import { inTransaction } from '../../kernel/db/database.js';
import { notFound } from '../../kernel/http/errors.js';

export function mfaAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['access'];
  const config = { permission: 'admin:users' as const };

  r.get('/api/access/mfa-policy', { schema: { tags, summary: 'Roles that must use MFA, and the grace period to enrol' }, config }, async () => getMfaPolicy(ctx.db));

  r.put('/api/access/mfa-policy', { schema: { tags, summary: 'Set the roles that must use MFA', body: MfaPolicy }, config }, async (req) =>
    inTransaction(ctx.db, async (tx) => {
      const before = await getMfaPolicy(tx);
      await setMfaPolicy(tx, req.body);
      await appendAudit(tx, actorOf(req), { action: 'settings.mfa-policy', entityType: 'settings', entityId: 'mfa.policy', changes: { before, after: req.body } });
      return req.body;
    }),
  );

  r.post('/api/access/users/:id/mfa/reset', {
    schema: { tags, summary: 'Remove a user\'s MFA so that they enrol again (lost device)', params: z.object({ id: z.string().uuid() }) },
    config,
  }, async (req, reply) => {
    await inTransaction(ctx.db, async (tx) => {
      const { rowCount } = await tx.query('SELECT 1 FROM users WHERE id = $1', [req.params.id]);
      if (!rowCount) throw notFound('Kontot');
      await removeMfa(tx, req.params.id);
      // Sessions opened with the old factor end; the next login enrols again.
      await tx.query('DELETE FROM sessions WHERE user_id = $1', [req.params.id]);
      await appendAudit(tx, actorOf(req), { action: 'user.mfa.reset', entityType: 'user', entityId: req.params.id });
    });
    return reply.status(204).send();
  });
}
