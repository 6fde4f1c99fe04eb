import { Button, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { useMe, useSessionExpiry } from './api/auth.tsx';
import { AppLayout } from './components/AppLayout.tsx';
import { ErrorAlert, Loading, PageHeader } from './components/common.tsx';
import { useI18n } from './i18n/index.tsx';
import { LoginPage } from './pages/login/LoginPage.tsx';

const DashboardPage = lazy(() => import('./pages/dashboard/DashboardPage.tsx'));
const DepartmentsPage = lazy(() => import('./pages/departments/DepartmentsPage.tsx'));
const DepartmentPage = lazy(() => import('./pages/departments/DepartmentPage.tsx'));
const AssetsPage = lazy(() => import('./pages/assets/AssetsPage.tsx'));
const AssetDetailPage = lazy(() => import('./pages/asset-detail/AssetDetailPage.tsx'));
const ClassifyPage = lazy(() => import('./pages/classify/ClassifyPage.tsx'));
const WorkshopsPage = lazy(() => import('./pages/workshops/WorkshopsPage.tsx'));
const WorkshopPage = lazy(() => import('./pages/workshops/WorkshopPage.tsx'));
const ImportExportPage = lazy(() => import('./pages/import-export/ImportExportPage.tsx'));
const ServicesPage = lazy(() => import('./pages/services/ServicesPage.tsx'));
const ServicePage = lazy(() => import('./pages/services/ServicePage.tsx'));
const ServiceFormPage = lazy(() => import('./pages/services/ServiceFormPage.tsx'));
const PlacementPage = lazy(() => import('./pages/placement/PlacementPage.tsx'));
const WhatIfPage = lazy(() => import('./pages/placement/WhatIfPage.tsx'));
const AssetPlacementPage = lazy(() => import('./pages/placement/AssetPlacementPage.tsx'));
const RisksPage = lazy(() => import('./pages/risks/RisksPage.tsx'));
const AdminPage = lazy(() => import('./pages/admin/AdminPage.tsx'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage.tsx'));
const AccountPage = lazy(() => import('./pages/account/AccountPage.tsx'));

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
