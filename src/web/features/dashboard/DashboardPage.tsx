import { Alert, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconId, IconInfoCircle, IconMapPin, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../app/PageHeader';
import { isAdmin, isDemoAccount, useSession } from '../../app/session';
import { navItems } from '../../app/shell/nav';
import { RegionLabel } from '../reference/regions/RegionLabel';

type InfoCardProps = { icon: React.ReactNode; label: string; children: React.ReactNode; small?: boolean };

function InfoCard({ icon, label, children, small }: InfoCardProps) {
  return (
    <Card withBorder radius="lg" padding="lg">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
          {icon}
        </ThemeIcon>
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text size="sm" c="dimmed">
            {label}
          </Text>
          <Text fw={600} fz={small ? 'md' : 'lg'} style={{ overflowWrap: 'anywhere' }}>
            {children}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}

/** The first screen after sign-in: who you are here, and where you can go. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null;
  const shortcuts = navItems.filter((item) => item.to !== '/staff' && (!item.adminOnly || isAdmin(user)));
  return (
    <>
      <PageHeader title={t('dashboard.welcome', { name: user.displayName })} description={t('dashboard.lead')} />
      {isDemoAccount(user.email) ? (
        <Alert color="grape" variant="light" icon={<IconInfoCircle aria-hidden />} mb="lg" title={t('dashboard.demoTitle')}>
          {t('dashboard.demoText')}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg" mb="xl">
        <InfoCard icon={<IconShieldCheck size={24} />} label={t('dashboard.role')}>
          {t(`roles.${user.role}`)}
        </InfoCard>
        <InfoCard icon={<IconMapPin size={24} />} label={t('dashboard.region')}>
          <RegionLabel code={user.regionCode} />
        </InfoCard>
        <InfoCard icon={<IconId size={24} />} label={t('dashboard.email')} small>
          {user.email}
        </InfoCard>
      </SimpleGrid>
      <Card withBorder radius="lg" padding="lg" mb="xl">
        <Title order={2} fz="lg" mb="xs">
          {t('dashboard.roleDuties')}
        </Title>
        <Text>{t(`roleDescriptions.${user.role}`)}</Text>
      </Card>
      <Title order={2} fz="lg" mb="md">
        {t('dashboard.shortcuts')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {shortcuts.map((item) => (
          <li key={item.to}>
            <UnstyledButton
              component={Link}
              to={item.to}
              w="100%"
              p="md"
              bg="white"
              style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-lg)', display: 'block' }}
            >
              <Group justify="space-between" wrap="nowrap">
                <Group gap="sm" wrap="nowrap">
                  <ThemeIcon variant="light" size={38} radius="md" aria-hidden>
                    <item.icon size={22} />
                  </ThemeIcon>
                  <Text fw={600}>{t(item.labelKey)}</Text>
                </Group>
                <IconChevronRight size={18} aria-hidden />
              </Group>
            </UnstyledButton>
          </li>
        ))}
      </SimpleGrid>
    </>
  );
}
