import { Anchor, Box, Center, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitcher } from '../../app/shell/LanguageSwitcher';
import { Logo } from '../../app/shell/Logo';
import { mainContentId, SkipLink } from '../../app/shell/SkipLink';
import { usePageTitle } from '../../app/usePageTitle';
import { HeroArt } from '../portal/HeroArt';

type Props = { title: string; lead?: ReactNode; children: ReactNode; footer?: ReactNode };

/** The brand panel beside the form on wide screens; phones get the form alone. */
function BrandPanel() {
  const { t } = useTranslation();
  return (
    <Box className="hero-band" visibleFrom="md" style={{ flex: '0 0 42%' }} aria-hidden>
      <Center h="100%" p="xl">
        <Stack align="center" gap="lg" maw={380} ta="center">
          <Box w={180} h={180}>
            <HeroArt />
          </Box>
          <Title order={2} c="white" fz={28}>
            {t('portal.foundationName')}
          </Title>
          <Text c="otandas.0">{t('auth.brandText')}</Text>
        </Stack>
      </Center>
    </Box>
  );
}

/** The frame of the sign-in and forced password change: one card, with the language at hand. */
export function AuthLayout({ title, lead, children, footer }: Props) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
      <SkipLink />
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="xl" h={64}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Anchor component={Link} to="/" underline="never">
              <Logo subtitle={t('nav.consoleName')} />
            </Anchor>
            <LanguageSwitcher />
          </Group>
        </Container>
      </Box>
      <Box style={{ flex: 1, display: 'flex' }}>
        <BrandPanel />
        <Box component="main" id={mainContentId} tabIndex={-1} data-focus-target style={{ flex: 1, display: 'flex', flexDirection: 'column' }}>
          <Center style={{ flex: 1 }} px="md" py="xl">
            <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 36 }} w="100%" maw={460}>
              <Stack gap="xs" mb="lg">
                <Title order={1} fz={26}>
                  {title}
                </Title>
                {lead ? <Text c="dimmed">{lead}</Text> : null}
              </Stack>
              {children}
            </Paper>
          </Center>
          {footer ? (
            <Group justify="center" pb="lg">
              {footer}
            </Group>
          ) : null}
        </Box>
      </Box>
    </Box>
  );
}
