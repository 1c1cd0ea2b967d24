import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter } from 'react-router-dom';
import { PortalPage } from '../features/portal/PortalPage';
import { PublicNotFoundPage } from '../features/portal/PublicNotFoundPage';
import { PortalFrame } from '../features/portal/appeal/PortalFrame';
import { NotFoundPage } from './StatusPages';

// The public portal loads first and alone; the console comes in small chunks,
// so a phone on a slow connection abroad downloads only what it shows.
// The console's shell (menu, notification bell, session guard) is a chunk of its own too.
const RequireStaff = lazy(() => import('./shell/RequireStaff').then((m) => ({ default: m.RequireStaff })));
const RequireAdmin = lazy(() => import('./shell/RequireStaff').then((m) => ({ default: m.RequireAdmin })));
const LoginPage = lazy(() => import('../features/auth/LoginPage'));
const AccountPage = lazy(() => import('../features/auth/AccountPage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const UsersPage = lazy(() => import('../features/staff/UsersPage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));
const JobsPage = lazy(() => import('../features/jobs/JobsPage'));
const PriorityRegionsPage = lazy(() => import('../features/reference/regions/PriorityRegionsPage'));
const CorrespondencePage = lazy(() => import('../features/correspondence/CorrespondencePage'));
const StatsPage = lazy(() => import('../features/support-stats/StatsPage'));
const AppealPage = lazy(() => import('../features/portal/appeal/AppealPage'));
const AppealStatusPage = lazy(() => import('../features/portal/appeal/AppealStatusPage'));
const KbSearchPage = lazy(() => import('../features/portal/kb/KbSearchPage'));
const GuidePage = lazy(() => import('../features/portal/guide/GuidePage'));
const PeopleSearchPage = lazy(() => import('../features/people/PeopleSearchPage'));
const PersonPage = lazy(() => import('../features/people/PersonPage'));
const MatchProposalsPage = lazy(() => import('../features/people/MatchProposalsPage'));
const StaffIntakePage = lazy(() => import('../features/support-intake/StaffIntakePage'));
const TopicsAdminPage = lazy(() => import('../features/support-admin/TopicsAdminPage'));
const CalendarAdminPage = lazy(() => import('../features/support-admin/CalendarAdminPage'));
const KbArticlesPage = lazy(() => import('../features/knowledge-admin/ArticlesPage'));
const KbTranslationEditorPage = lazy(() => import('../features/knowledge-admin/TranslationEditorPage'));
const KbReportPage = lazy(() => import('../features/knowledge-admin/ReportPage'));
const InboxPage = lazy(() => import('../features/support/InboxPage'));
const CasePage = lazy(() => import('../features/support/CasePage'));

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
  // The portal's header stays while an appeal page loads.
  { path: '/appeal', element: <PortalFrame>{page(<AppealPage />)}</PortalFrame> },
  { path: '/appeal/status', element: <PortalFrame>{page(<AppealStatusPage />)}</PortalFrame> },
  // /kb/{lang} and /kb/{lang}/{slug} are pages the server renders; /kb itself is the search.
  { path: '/kb', element: <PortalFrame>{page(<KbSearchPage />)}</PortalFrame> },
  { path: '/guide', element: <PortalFrame>{page(<GuidePage />)}</PortalFrame> },
  { path: '/staff/login', element: page(<LoginPage />) },
  {
    path: '/staff',
    element: page(<RequireStaff />),
    children: [
      { index: true, element: page(<DashboardPage />) },
      { path: 'account', element: page(<AccountPage />) },
      { path: 'correspondence', element: page(<CorrespondencePage />) },
      { path: 'stats', element: page(<StatsPage />) },
      { path: 'people', element: page(<PeopleSearchPage />) },
      { path: 'people/proposals', element: page(<MatchProposalsPage />) },
      { path: 'people/:id', element: page(<PersonPage />) },
      { path: 'cases', element: page(<InboxPage />) },
      { path: 'cases/new', element: page(<StaffIntakePage />) },
      { path: 'cases/:id', element: page(<CasePage />) },
      { path: 'kb', element: page(<KbArticlesPage />) },
      { path: 'kb/translations/:id', element: page(<KbTranslationEditorPage />) },
      { path: 'kb/report', element: page(<KbReportPage />) },
      {
        path: 'admin',
        element: page(<RequireAdmin />),
        children: [
          { path: 'users', element: page(<UsersPage />) },
          { path: 'audit', element: page(<AuditPage />) },
          { path: 'jobs', element: page(<JobsPage />) },
          { path: 'priority-regions', element: page(<PriorityRegionsPage />) },
          { path: 'topics', element: page(<TopicsAdminPage />) },
          { path: 'calendar', element: page(<CalendarAdminPage />) },
          { path: '*', element: <NotFoundPage inConsole /> },
        ],
      },
      { path: '*', element: <NotFoundPage inConsole /> },
    ],
  },
  { path: '*', element: <PublicNotFoundPage /> },
]);
