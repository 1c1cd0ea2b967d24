import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter } from 'react-router-dom';
import { PortalPage } from '../features/portal/PortalPage';
import { PublicNotFoundPage } from '../features/portal/PublicNotFoundPage';
import { RequireAdmin, RequireStaff } from './shell/RequireStaff';
import { NotFoundPage } from './StatusPages';

// The public portal loads first and alone; the console comes in small chunks,
// so a phone on a slow connection abroad downloads only what it shows.
const LoginPage = lazy(() => import('../features/auth/LoginPage'));
const AccountPage = lazy(() => import('../features/auth/AccountPage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const UsersPage = lazy(() => import('../features/staff/UsersPage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));
const JobsPage = lazy(() => import('../features/jobs/JobsPage'));
const PriorityRegionsPage = lazy(() => import('../features/reference/regions/PriorityRegionsPage'));
const CorrespondencePage = lazy(() => import('../features/correspondence/CorrespondencePage'));

function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

const page = (node: ReactNode) => <Suspense fallback={<PageLoader />}>{node}</Suspense>;

export const router = createBrowserRouter([
  { path: '/', element: <PortalPage /> },
  { path: '/staff/login', element: page(<LoginPage />) },
  {
    path: '/staff',
    element: <RequireStaff />,
    children: [
      { index: true, element: page(<DashboardPage />) },
      { path: 'account', element: page(<AccountPage />) },
      { path: 'correspondence', element: page(<CorrespondencePage />) },
      {
        path: 'admin',
        element: <RequireAdmin />,
        children: [
          { path: 'users', element: page(<UsersPage />) },
          { path: 'audit', element: page(<AuditPage />) },
          { path: 'jobs', element: page(<JobsPage />) },
          { path: 'priority-regions', element: page(<PriorityRegionsPage />) },
          { path: '*', element: <NotFoundPage inConsole /> },
        ],
      },
      { path: '*', element: <NotFoundPage inConsole /> },
    ],
  },
  { path: '*', element: <PublicNotFoundPage /> },
]);
