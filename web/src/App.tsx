import { Button, Stack, Text } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { meQuery, useMe, useSessionExpiry } from './api/auth.tsx';
import { AppLayout } from './components/AppLayout.tsx';
import { ErrorAlert, Loading, PageHeader } from './components/common.tsx';
import { useI18n } from './i18n/index.tsx';
import { assetsQuery, classificationCatalogQuery, dashboardQuery, departmentsQuery } from './api/queries.ts';
import { assetListQuery } from './pages/assets/listQuery.ts';
import { lazyPage } from './pages/lazyPage.tsx';
import { LoginPage } from './pages/login/LoginPage.tsx';

const DashboardPage = lazyPage(() => import('./pages/dashboard/DashboardPage.tsx'));
const DepartmentsPage = lazyPage(() => import('./pages/departments/DepartmentsPage.tsx'));
const DepartmentPage = lazyPage(() => import('./pages/departments/DepartmentPage.tsx'));
const AssetsPage = lazyPage(() => import('./pages/assets/AssetsPage.tsx'));
const AssetDetailPage = lazyPage(() => import('./pages/asset-detail/AssetDetailPage.tsx'));
const ClassifyPage = lazyPage(() => import('./pages/classify/ClassifyPage.tsx'));
const WorkshopsPage = lazyPage(() => import('./pages/workshops/WorkshopsPage.tsx'));
const WorkshopPage = lazyPage(() => import('./pages/workshops/WorkshopPage.tsx'));
const ImportExportPage = lazyPage(() => import('./pages/import-export/ImportExportPage.tsx'));
const ServicesPage = lazyPage(() => import('./pages/services/ServicesPage.tsx'));
const ServicePage = lazyPage(() => import('./pages/services/ServicePage.tsx'));
const ServiceFormPage = lazyPage(() => import('./pages/services/ServiceFormPage.tsx'));
const PlacementPage = lazyPage(() => import('./pages/placement/PlacementPage.tsx'));
const WhatIfPage = lazyPage(() => import('./pages/placement/WhatIfPage.tsx'));
const AssetPlacementPage = lazyPage(() => import('./pages/placement/AssetPlacementPage.tsx'));
const RisksPage = lazyPage(() => import('./pages/risks/RisksPage.tsx'));
const AdminPage = lazyPage(() => import('./pages/admin/AdminPage.tsx'));
const AuditPage = lazyPage(() => import('./pages/audit/AuditPage.tsx'));
const AccountPage = lazyPage(() => import('./pages/account/AccountPage.tsx'));

/**
 * The pages people arrive at (the list, the overview): their code and first data are requested
 * before the first render, in parallel. Resolves when the page's code is loaded.
 */
export function startLanding(qc: QueryClient, { pathname, search }: { pathname: string; search: string }): Promise<unknown> {
  // Answered from the preload in index.html; settled before the first render, the layout renders once.
  void qc.prefetchQuery(meQuery);
  if (/^\/assets\/?$/.test(pathname)) {
    void qc.prefetchQuery(assetsQuery(assetListQuery(new URLSearchParams(search))));
    void qc.prefetchQuery(departmentsQuery);
    // The level badges' colours: loaded now, the rows are not drawn twice.
    void qc.prefetchQuery(classificationCatalogQuery);
    return AssetsPage.preload();
  }
  if (pathname === '/') {
    void qc.prefetchQuery(dashboardQuery);
    return DashboardPage.preload();
  }
  return Promise.resolve();
}

function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  // While the session is checked the page already renders and fetches its data (the API itself is
  // protected): one round trip less before the first rows show. A 401 then leads to the login.
  if (me.isPending) return <AppLayout />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  // A session limited to MFA enrolment (the role requires MFA, grace period over) may only enrol.
  if ((me.data as { mfaEnrolmentRequired?: boolean }).mfaEnrolmentRequired && location.pathname !== '/account') return <Navigate to="/account" replace />;
  return <AppLayout />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <Stack>
      <PageHeader title={t('app.notFound')} />
      <Text>{t('app.notFoundText')}</Text>
      <div>
        <Button component={Link} to="/" variant="light">
          {t('nav.dashboard')}
        </Button>
      </div>
    </Stack>
  );
}

export function App() {
  useSessionExpiry();
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<DashboardPage />} />
          <Route path="departments" element={<DepartmentsPage />} />
          <Route path="departments/:id" element={<DepartmentPage />} />
          <Route path="assets" element={<AssetsPage />} />
          <Route path="assets/:id" element={<AssetDetailPage />} />
          <Route path="assets/:id/classify" element={<ClassifyPage />} />
          <Route path="workshops" element={<WorkshopsPage />} />
          <Route path="workshops/:id" element={<WorkshopPage />} />
          <Route path="import-export" element={<ImportExportPage />} />
          <Route path="services" element={<ServicesPage />} />
          <Route path="services/new" element={<ServiceFormPage />} />
          <Route path="services/:id" element={<ServicePage />} />
          <Route path="services/:id/edit" element={<ServiceFormPage />} />
          <Route path="placement" element={<PlacementPage />} />
          <Route path="placement/whatif" element={<WhatIfPage />} />
          <Route path="assets/:id/placement" element={<AssetPlacementPage />} />
          <Route path="risks" element={<RisksPage />} />
          <Route path="admin" element={<AdminPage />} />
          <Route path="admin/:tab" element={<AdminPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
