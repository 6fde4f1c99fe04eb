// Everything under /api/access, /api/audit and /api/auth/oidc: accounts administration, the audit
// trail and single sign-on.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../kernel/context.js';
import { auditRoutes } from './audit/routes.js';
import { oidcRoutes } from './oidc/routes.js';
import { mfaAdminRoutes } from './users/mfa-admin-routes.js';
import { userRoutes } from './users/routes.js';

export function accessRoutes(app: FastifyInstance, ctx: AppContext): void {
  userRoutes(app, ctx);
  mfaAdminRoutes(app, ctx);
  oidcRoutes(app, ctx);
  auditRoutes(app, ctx);
}
