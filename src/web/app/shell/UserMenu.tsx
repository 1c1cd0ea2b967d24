import { Avatar, Badge, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isDemoAccount, useSession, type SessionUser } from '../session';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

export function DemoBadge({ email, size = 'sm' }: { email: string; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  if (!isDemoAccount(email)) return null;
  return (
    <Badge size={size} color="grape" variant="light" title={t('common.demoAccountHint')}>
      {t('common.demo')}
    </Badge>
  );
}

export function UserMenu({ user, onSignOut }: { user: SessionUser; onSignOut: () => void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" shadow="md" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton p={4} style={{ borderRadius: 999 }}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="otandas" radius="xl" size={34} aria-hidden>
              {initials(user.displayName)}
            </Avatar>
            {/* The visible name and role are the button's name; on phones a hidden text stands in. */}
            <Box visibleFrom="md" style={{ minWidth: 0, maxWidth: 180 }}>
              <Text size="sm" fw={600} truncate>
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {t(`roles.${user.role}`)}
              </Text>
            </Box>
            <Box hiddenFrom="md" component="span" className="visually-hidden">
              {t('nav.userMenu', { name: user.displayName })}
            </Box>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark" truncate>
            {user.displayName}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {user.email}
          </Text>
          <Group gap={6} mt={6}>
            <Badge size="sm" variant="light">
              {t(`roles.${user.role}`)}
            </Badge>
            <DemoBadge email={user.email} />
          </Group>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/staff/account" leftSection={<IconUserCircle size={18} aria-hidden />}>
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item onClick={onSignOut} leftSection={<IconLogout size={18} aria-hidden />}>
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
