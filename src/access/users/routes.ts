// /api/access/users: accounts with role and departments, for administrators (admin:users).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../kernel/auth/actor.js';
import type { AppContext } from '../../kernel/context.js';
import { inTransaction } from '../../kernel/db/database.js';
import { notFound } from '../../kernel/http/errors.js';
import { PasswordReset, UserCreate, UserPatch, UserQuery } from './model.js';
import { createAccount, getUserView, listUsers, resetPassword, updateAccount } from './store.js';

const Id = z.object({ id: z.string().uuid() });

export function userRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['access'];
  const config = { permission: 'admin:users' as const };

  r.get('/api/access/users', { schema: { tags, summary: 'Accounts (filter by name, role, disabled)', querystring: UserQuery }, config }, async (req) => ({
    items: await listUsers(ctx.db, req.query),
  }));

  r.post('/api/access/users', { schema: { tags, summary: 'Create a local account', body: UserCreate }, config }, async (req) =>
    inTransaction(ctx.db, (tx) => createAccount(tx, actorOf(req), req.body)),
  );

  r.get('/api/access/users/:id', { schema: { tags, params: Id }, config }, async (req) => {
    const u = await getUserView(ctx.db, req.params.id);
    if (!u) throw notFound('Kontot');
    return u;
  });

  r.patch('/api/access/users/:id', { schema: { tags, summary: 'Change role, departments, name; disable or enable', params: Id, body: UserPatch }, config }, async (req) =>
    inTransaction(ctx.db, (tx) => updateAccount(tx, actorOf(req), req.params.id, req.body)),
  );

  r.post('/api/access/users/:id/password', { schema: { tags, summary: 'Set a new password (ends the user\'s sessions)', params: Id, body: PasswordReset }, config }, async (req, reply) => {
    await inTransaction(ctx.db, (tx) => resetPassword(tx, actorOf(req), req.params.id, req.body.password));
    return reply.status(204).send();
  });
}
