import {
  IconActivity,
  IconFileSearch,
  IconLayoutDashboard,
  IconMapPin,
  IconUserCircle,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

export type NavItem = { to: string; labelKey: string; icon: Icon; adminOnly: boolean; end?: boolean };

/** The console's menu. Admin items are hidden from other roles; the routes check again. */
export const navItems: NavItem[] = [
  { to: '/staff', labelKey: 'nav.dashboard', icon: IconLayoutDashboard, adminOnly: false, end: true },
  { to: '/staff/account', labelKey: 'nav.account', icon: IconUserCircle, adminOnly: false },
  { to: '/staff/admin/users', labelKey: 'nav.users', icon: IconUsers, adminOnly: true },
  { to: '/staff/admin/audit', labelKey: 'nav.audit', icon: IconFileSearch, adminOnly: true },
  { to: '/staff/admin/jobs', labelKey: 'nav.jobs', icon: IconActivity, adminOnly: true },
  { to: '/staff/admin/priority-regions', labelKey: 'nav.priorityRegions', icon: IconMapPin, adminOnly: true },
];
