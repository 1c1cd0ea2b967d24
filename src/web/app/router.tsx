import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter } from 'react-router-dom';
import { PortalPage } from '../features/portal/PortalPage';
import { PublicNotFoundPage } from '../features/portal/PublicNotFoundPage';
import { PortalFrame } from '../features/portal/appeal/PortalFrame';
import { completeDictionary } from './i18n';
import { NotFoundPage } from './StatusPages';

/** A page loaded when first shown, with the rest of the interface's dictionary (the first load has the portal's part only). */
function lazyPage<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  return lazy(() => Promise.all([load(), completeDictionary()]).then(([module]) => module));
}

// The public portal loads first and alone; the console comes in small chunks,
// so a phone on a slow connection abroad downloads only what it shows.
// The console's shell (menu, notification bell, session guard) is a chunk of its own too.
const RequireStaff = lazyPage(() => import('./shell/RequireStaff').then((m) => ({ default: m.RequireStaff })));
const RequireAdmin = lazyPage(() => import('./shell/RequireStaff').then((m) => ({ default: m.RequireAdmin })));
const LoginPage = lazyPage(() => import('../features/auth/LoginPage'));
const AccountPage = lazyPage(() => import('../features/auth/AccountPage'));
const DashboardPage = lazyPage(() => import('../features/dashboard/DashboardPage'));
const UsersPage = lazyPage(() => import('../features/staff/UsersPage'));
const AuditPage = lazyPage(() => import('../features/audit/AuditPage'));
const JobsPage = lazyPage(() => import('../features/jobs/JobsPage'));
const PriorityRegionsPage = lazyPage(() => import('../features/reference/regions/PriorityRegionsPage'));
const CorrespondencePage = lazyPage(() => import('../features/correspondence/CorrespondencePage'));
const StatsPage = lazyPage(() => import('../features/support-stats/StatsPage'));
const AppealPage = lazyPage(() => import('../features/portal/appeal/AppealPage'));
const AppealStatusPage = lazyPage(() => import('../features/portal/appeal/AppealStatusPage'));
const KbSearchPage = lazyPage(() => import('../features/portal/kb/KbSearchPage'));
const GuidePage = lazyPage(() => import('../features/portal/guide/GuidePage'));
const AdvisorPage = lazyPage(() => import('../features/advisor/ranking/AdvisorPage'));
const AdvisorWizardPage = lazyPage(() => import('../features/advisor/wizard/WizardPage'));
const AdvisorSettlementPage = lazyPage(() => import('../features/advisor/settlement/SettlementPage'));
const AdvisorComparePage = lazyPage(() => import('../features/advisor/compare/ComparePage'));
const AdvisorRegionsPage = lazyPage(() => import('../features/advisor/region/RegionsPage'));
const AdvisorRegionPage = lazyPage(() => import('../features/advisor/region/RegionPage'));
const AdvisorShortlistPage = lazyPage(() => import('../features/advisor/shortlist/ShortlistPage'));
const PeopleSearchPage = lazyPage(() => import('../features/people/PeopleSearchPage'));
const PersonPage = lazyPage(() => import('../features/people/PersonPage'));
const MatchProposalsPage = lazyPage(() => import('../features/people/MatchProposalsPage'));
const StaffIntakePage = lazyPage(() => import('../features/support-intake/StaffIntakePage'));
const TopicsAdminPage = lazyPage(() => import('../features/support-admin/TopicsAdminPage'));
const CalendarAdminPage = lazyPage(() => import('../features/support-admin/CalendarAdminPage'));
const KbArticlesPage = lazyPage(() => import('../features/knowledge-admin/ArticlesPage'));
const KbTranslationEditorPage = lazyPage(() => import('../features/knowledge-admin/TranslationEditorPage'));
const KbReportPage = lazyPage(() => import('../features/knowledge-admin/ReportPage'));
const InboxPage = lazyPage(() => import('../features/support/InboxPage'));
const IndicatorImportsPage = lazyPage(() => import('../features/settlements-admin/IndicatorImportsPage'));
const IndicatorImportPage = lazyPage(() => import('../features/settlements-admin/IndicatorImportPage'));
const RegionProgrammesPage = lazyPage(() => import('../features/settlements-admin/RegionProgrammesPage'));
const CasePage = lazyPage(() => import('../features/support/CasePage'));

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
  // The relocation advisor: its pages are chunks of their own, never part of the portal's first load.
  { path: '/advisor', element: <PortalFrame>{page(<AdvisorPage />)}</PortalFrame> },
  { path: '/advisor/wizard', element: <PortalFrame>{page(<AdvisorWizardPage />)}</PortalFrame> },
  { path: '/advisor/settlements/:kato', element: <PortalFrame>{page(<AdvisorSettlementPage />)}</PortalFrame> },
  { path: '/advisor/compare', element: <PortalFrame>{page(<AdvisorComparePage />)}</PortalFrame> },
  { path: '/advisor/regions', element: <PortalFrame>{page(<AdvisorRegionsPage />)}</PortalFrame> },
  { path: '/advisor/regions/:kato', element: <PortalFrame>{page(<AdvisorRegionPage />)}</PortalFrame> },
  { path: '/advisor/shortlist', element: <PortalFrame>{page(<AdvisorShortlistPage />)}</PortalFrame> },
  { path: '/advisor/shortlist/:id', element: <PortalFrame>{page(<AdvisorShortlistPage />)}</PortalFrame> },
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
      { path: 'settlements/imports', element: page(<IndicatorImportsPage />) },
      { path: 'settlements/imports/:id', element: page(<IndicatorImportPage />) },
      { path: 'settlements/programmes', element: page(<RegionProgrammesPage />) },
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
