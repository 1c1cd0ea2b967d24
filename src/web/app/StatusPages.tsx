import { Button, Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock, IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from './usePageTitle';

type StatusProps = { code: string; title: string; message: string; icon: React.ReactNode; homeLabel: string; homeTo: string };

function StatusPage({ code, title, message, icon, homeLabel, homeTo }: StatusProps) {
  usePageTitle(title);
  return (
    <Center py={{ base: 'xl', sm: 64 }}>
      <Paper withBorder radius="lg" p={{ base: 'lg', sm: 40 }} maw={520} w="100%">
        <Stack align="center" gap="md" ta="center">
          <ThemeIcon size={64} radius="xl" variant="light" color="red" aria-hidden>
            {icon}
          </ThemeIcon>
          <Text fw={700} c="dimmed" size="sm" aria-hidden>
            {code}
          </Text>
          <Title order={1} fz={26}>
            {title}
          </Title>
          <Text>{message}</Text>
          <Button component={Link} to={homeTo} mt="sm">
            {homeLabel}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}

/** Shown for admin pages to other roles, and whenever the API answers 403. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <StatusPage
      code="403"
      title={t('status.forbiddenTitle')}
      message={t('status.forbiddenMessage')}
      icon={<IconLock size={34} />}
      homeLabel={t('status.toDashboard')}
      homeTo="/staff"
    />
  );
}

export function NotFoundPage({ inConsole = false }: { inConsole?: boolean }) {
  const { t } = useTranslation();
  return (
    <StatusPage
      code="404"
      title={t('status.notFoundTitle')}
      message={t('status.notFoundMessage')}
      icon={<IconMapQuestion size={34} />}
      homeLabel={inConsole ? t('status.toDashboard') : t('status.toHome')}
      homeTo={inConsole ? '/staff' : '/'}
    />
  );
}
