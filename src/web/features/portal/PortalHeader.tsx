import { ActionIcon, Anchor, Box, Button, Container, Group } from '@mantine/core';
import { IconLogin2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitcher } from '../../app/shell/LanguageSwitcher';
import { Logo } from '../../app/shell/Logo';
import { useSession } from '../../app/session';

/** The public header: who we are, the language, and the door for staff. */
export function PortalHeader() {
  const { t } = useTranslation();
  const { user } = useSession();
  const staffTarget = user ? '/staff' : '/staff/login';
  const staffLabel = user ? t('portal.openConsole') : t('portal.staffSignIn');
  return (
    <Box
      component="header"
      bg="white"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', position: 'sticky', top: 0, zIndex: 50 }}
    >
      <Container size="lg" h={64}>
        <Group h="100%" justify="space-between" wrap="nowrap" gap="xs">
          <Anchor component={Link} to="/" underline="never" style={{ minWidth: 0 }}>
            <Logo subtitle={t('portal.foundationName')} />
          </Anchor>
          <Group gap={6} wrap="nowrap">
            <Group gap="lg" visibleFrom="md" component="nav" aria-label={t('portal.sectionsNav')} mr="md">
              <Anchor href="/#services" c="dark" underline="hover" fw={500}>
                {t('portal.navServices')}
              </Anchor>
              <Anchor href="/#regions" c="dark" underline="hover" fw={500}>
                {t('portal.navRegions')}
              </Anchor>
              <Anchor component={Link} to="/kb" c="dark" underline="hover" fw={500}>
                {t('portal.navKnowledge')}
              </Anchor>
              <Anchor component={Link} to="/appeal" c="dark" underline="hover" fw={500}>
                {t('portal.navAppeal')}
              </Anchor>
              <Anchor component={Link} to="/appeal/status" c="dark" underline="hover" fw={500}>
                {t('portal.navAppealStatus')}
              </Anchor>
            </Group>
            <LanguageSwitcher />
            <Button component={Link} to={staffTarget} variant="outline" size="sm" visibleFrom="sm" leftSection={<IconLogin2 size={18} aria-hidden />}>
              {staffLabel}
            </Button>
            <ActionIcon component={Link} to={staffTarget} variant="outline" size="lg" hiddenFrom="sm" aria-label={staffLabel}>
              <IconLogin2 size={20} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
      </Container>
    </Box>
  );
}
