import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, useLocation } from 'react-router-dom';
import { can } from '../../../server/platform/rbac/roles';
import { isAdmin, useSession } from '../session';
import { navItems, type NavItem } from './nav';

function isActive(item: NavItem, pathname: string): boolean {
  return item.end ? pathname === item.to || pathname === `${item.to}/` : pathname.startsWith(item.to);
}

export function StaffNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  const admin = isAdmin(user);

  const render = (item: NavItem) => {
    const active = isActive(item, pathname);
    return (
      <NavLink
        key={item.to}
        component={RouterLink}
        to={item.to}
        end={item.end}
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
