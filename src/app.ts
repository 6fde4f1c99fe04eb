// Assembles the product: every capability's routes on the kernel's HTTP app.
import { accessRoutes } from './access/routes.js';
import { classificationRoutes } from './classify/routes.js';
import type { AppContext } from './kernel/context.js';
import { buildApp, type RouteModule } from './kernel/http/app.js';
import { assetRoutes } from './map/assets/routes.js';
import { catalogRoutes } from './map/catalog-routes.js';
import { dashboardRoutes } from './map/dashboard.js';
import { departmentRoutes } from './map/departments/routes.js';
import { transferRoutes } from './map/transfer-routes.js';
import { workshopRoutes } from './map/workshops/routes.js';
import { placementRoutes } from './placement/routes.js';
import { riskRoutes } from './risk/routes.js';
import { reportRoutes } from './reports/routes.js';
import { serviceRoutes } from './services/routes.js';

export const routeModules: RouteModule[] = [
  accessRoutes,
  catalogRoutes,
  dashboardRoutes,
  departmentRoutes,
  assetRoutes,
  classificationRoutes,
  workshopRoutes,
  transferRoutes,
  serviceRoutes,
  placementRoutes,
  riskRoutes,
  reportRoutes,
];

export function createApp(ctx: AppContext, opts: { logger?: boolean } = {}) {
  return buildApp(ctx, routeModules, opts);
}
