import {
  IconAddressBook,
  IconFilePlus,
  IconGitMerge,
  IconInbox,
  IconActivity,
  IconCalendarEvent,
  IconCategory,
  IconChartBar,
  IconBook2,
  IconMessageReport,
  IconFileSearch,
  IconLayoutDashboard,
  IconMail,
  IconMapPin,
  IconMapPinDollar,
  IconTableImport,
  IconUserCircle,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { Permission } from '../../../server/platform/rbac/roles';

/** `permission`: shown only to roles that have it (the API checks again). */
export type NavItem = { to: string; labelKey: string; icon: Icon; adminOnly: boolean; end?: boolean; permission?: Permission };

// A constant, not an inline literal: the i18n key check reads ": 'x.y'" as a dictionary key.
const readCorrespondence: Permission = 'correspondence.read';
const readStats: Permission = 'support.stats';
const readPeople: Permission = 'people.read';
const mergePeople: Permission = 'people.merge';
const workCases: Permission = 'cases.work';
const editKnowledge: Permission = 'kb.edit';
const readKnowledgeReports: Permission = 'kb.reports';
const manageSettlements: Permission = 'settlements.manage';

/** The console's menu. Admin items are hidden from other roles; the routes check again. */
export const navItems: NavItem[] = [
  { to: '/staff', labelKey: 'nav.dashboard', icon: IconLayoutDashboard, adminOnly: false, end: true },
  { to: '/staff/cases', labelKey: 'nav.cases', icon: IconInbox, adminOnly: false, permission: workCases },
  { to: '/staff/cases/new', labelKey: 'nav.caseIntake', icon: IconFilePlus, adminOnly: false, permission: workCases },
  { to: '/staff/people', labelKey: 'nav.people', icon: IconAddressBook, adminOnly: false, permission: readPeople },
  { to: '/staff/people/proposals', labelKey: 'nav.matchProposals', icon: IconGitMerge, adminOnly: false, permission: mergePeople },
  { to: '/staff/correspondence', labelKey: 'nav.correspondence', icon: IconMail, adminOnly: false, permission: readCorrespondence },
  { to: '/staff/stats', labelKey: 'nav.stats', icon: IconChartBar, adminOnly: false, permission: readStats },
  { to: '/staff/kb', labelKey: 'nav.knowledgeBase', icon: IconBook2, adminOnly: false, permission: editKnowledge },
  { to: '/staff/kb/report', labelKey: 'nav.knowledgeReport', icon: IconMessageReport, adminOnly: false, permission: readKnowledgeReports },
  { to: '/staff/settlements/imports', labelKey: 'nav.indicatorImports', icon: IconTableImport, adminOnly: false, permission: manageSettlements },
  { to: '/staff/settlements/programmes', labelKey: 'nav.regionProgrammes', icon: IconMapPinDollar, adminOnly: false, permission: manageSettlements },
  { to: '/staff/account', labelKey: 'nav.account', icon: IconUserCircle, adminOnly: false },
  { to: '/staff/admin/users', labelKey: 'nav.users', icon: IconUsers, adminOnly: true },
  { to: '/staff/admin/audit', labelKey: 'nav.audit', icon: IconFileSearch, adminOnly: true },
  { to: '/staff/admin/jobs', labelKey: 'nav.jobs', icon: IconActivity, adminOnly: true },
  { to: '/staff/admin/priority-regions', labelKey: 'nav.priorityRegions', icon: IconMapPin, adminOnly: true },
  { to: '/staff/admin/topics', labelKey: 'nav.topics', icon: IconCategory, adminOnly: true },
  { to: '/staff/admin/calendar', labelKey: 'nav.calendar', icon: IconCalendarEvent, adminOnly: true },
];
