// Everything under /api/access and /api/audit: accounts administration and the audit trail.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../kernel/context.js';
import { auditRoutes } from './audit/routes.js';
import { mfaAdminRoutes } from './users/mfa-admin-routes.js';
import { userRoutes } from './users/routes.js';

export function accessRoutes(app: FastifyInstance, ctx: AppContext): void {
  userRoutes(app, ctx);
  mfaAdminRoutes(app, ctx);
  auditRoutes(app, ctx);
}
