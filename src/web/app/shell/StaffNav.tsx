import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { can } from '../../../server/platform/rbac/roles';
import { isAdmin, useSession } from '../session';
import { navItems, type NavItem } from './nav';

function matches(item: NavItem, pathname: string): boolean {
  const exact = pathname === item.to || pathname === `${item.to}/`;
  return item.end ? exact : exact || pathname.startsWith(`${item.to}/`);
}

/**
 * The item the page belongs to: the longest matching address wins, so
 * /staff/cases/new lights "Register an appeal", not "Appeals" too.
 */
function activeItem(pathname: string): NavItem | undefined {
  return navItems.filter((item) => matches(item, pathname)).sort((a, b) => b.to.length - a.to.length)[0];
}

export function StaffNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  const admin = isAdmin(user);
  const current = activeItem(pathname);

  const render = (item: NavItem) => {
    const active = item === current;
    return (
      <NavLink
        key={item.to}
        // A plain link: the menu decides which item is current, not the router's own prefix match.
        component={Link}
        to={item.to}
        label={t(item.labelKey)}
        leftSection={<item.icon size={20} stroke={1.7} aria-hidden />}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={onNavigate}
        variant="light"
        styles={{ root: { borderRadius: 'var(--mantine-radius-md)' }, label: { fontSize: 15 } }}
      />
    );
  };

  return (
    <Stack gap={4}>
      {navItems.filter((item) => !item.adminOnly && (!item.permission || (user && can(user.role, item.permission)))).map(render)}
      {admin ? (
        <>
          <Text component="h2" size="xs" fw={700} tt="uppercase" c="dimmed" mt="md" mb={4} px="sm" style={{ letterSpacing: '0.06em' }}>
            {t('nav.administration')}
          </Text>
          {navItems.filter((item) => item.adminOnly).map(render)}
        </>
      ) : null}
    </Stack>
  );
}
