import { AppShell, Box, Burger, Button, Divider, Group, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { useSession } from '../session';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Logo } from './Logo';
import { mainContentId, SkipLink } from './SkipLink';
import { StaffNav } from './StaffNav';
import { DemoBadge, UserMenu } from './UserMenu';

/** Moves focus to the page after client-side navigation, as a page load would. */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  // The last path seen, not a "first render" flag: effects may run twice (StrictMode).
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById(mainContentId)?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [pathname]);
}

export function StaffShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure(false);
  useFocusOnNavigate();

  const handleSignOut = async () => {
    close();
    await signOut();
    navigate('/staff/login', { replace: true });
  };

  if (!user) return null;
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 272, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="staff-navbar"
            />
            <Box component={Link} to="/staff" style={{ textDecoration: 'none', minWidth: 0 }}>
              <Logo subtitle={t('nav.consoleName')} />
            </Box>
          </Group>
          <Group gap={4} wrap="nowrap">
            <Box visibleFrom="xs">
              <DemoBadge email={user.email} />
            </Box>
            <NotificationBell />
            <LanguageSwitcher />
            <UserMenu user={user} onSignOut={() => void handleSignOut()} />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar id="staff-navbar" p="sm" aria-label={t('nav.mainMenu')}>
        <AppShell.Section grow component={ScrollArea} type="auto">
          <StaffNav onNavigate={close} />
        </AppShell.Section>
        <AppShell.Section>
          <Divider my="sm" />
          <Text size="xs" c="dimmed" px="sm" mb={6} truncate>
            {user.email}
          </Text>
          <Button
            variant="subtle"
            color="red"
            c="red.9"
            fullWidth
            justify="flex-start"
            leftSection={<IconLogout size={18} aria-hidden />}
            onClick={() => void handleSignOut()}
          >
            {t('auth.signOut')}
          </Button>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id={mainContentId} tabIndex={-1} data-focus-target>
        <Box maw={1240} mx="auto">
          {children}
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
