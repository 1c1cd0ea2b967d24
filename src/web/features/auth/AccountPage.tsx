import { Badge, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader';
import { useSession } from '../../app/session';
import { DemoBadge } from '../../app/shell/UserMenu';
import { RegionLabel } from '../reference/regions/RegionLabel';
import { ChangePasswordForm } from './ChangePasswordForm';
import { Fact } from '../../app/Fact';

export default function AccountPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null;
  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.lead')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder radius="lg" padding="lg">
            <Title order={2} fz="lg" mb="md">
              {t('account.profile')}
            </Title>
            <Stack component="dl" gap="md" m={0}>
              <Fact label={t('account.name')}>{user.displayName}</Fact>
              <Fact label={t('account.email')}>
                <Group gap={8} component="span">
                  {user.email}
                  <DemoBadge email={user.email} />
                </Group>
              </Fact>
              <Fact label={t('account.role')}>
                <Badge variant="light">{t(`roles.${user.role}`)}</Badge>
              </Fact>
              <Fact label={t('account.region')}>
                <RegionLabel code={user.regionCode} />
              </Fact>
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder radius="lg" padding="lg">
            <Title order={2} fz="lg" mb={4}>
              {t('auth.changePasswordTitle')}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {t('account.passwordLead')}
            </Text>
            <ChangePasswordForm
              submitLabel={t('auth.changePassword')}
              onDone={() => notifications.show({ color: 'teal', message: t('auth.passwordChanged') })}
            />
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}
