import { Alert, Card, Container, Group, Loader, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { useFormat } from '../../app/i18n';
import { regionName, sortByName, usePriorityRegions } from '../reference/regions/regions.api';

/** The regions the state names for resettlement, straight from the reference data. */
export function PriorityRegionsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const query = usePriorityRegions();
  const items = query.data ? sortByName(query.data, (r) => regionName(r, format.language, t), format.language) : [];
  const first = items[0];

  return (
    <Container size="lg" py={{ base: 48, sm: 72 }} id="regions" component="section" aria-labelledby="regions-title">
      <Stack gap="xs" mb="xl" maw={720}>
        <Title order={2} id="regions-title" fz={{ base: 24, sm: 32 }}>
          {t('portal.regionsTitle')}
        </Title>
        <Text c="dimmed" fz="lg">
          {t('portal.regionsLead')}
        </Text>
      </Stack>
      {query.isPending ? (
        <Group justify="center" py="lg" role="status">
          <Loader aria-label={t('common.loading')} />
        </Group>
      ) : query.error ? (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {errorMessage(query.error, t)}
        </Alert>
      ) : items.length === 0 ? (
        <Text>{t('portal.regionsEmpty')}</Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((region) => (
              <Card key={region.regionCode} withBorder radius="md" padding="sm" component="li">
                <Group gap="sm" wrap="nowrap">
                  <ThemeIcon variant="light" radius="xl" size={36} aria-hidden>
                    <IconMapPin size={20} />
                  </ThemeIcon>
                  <Text fw={600}>{regionName(region, format.language, t)}</Text>
                </Group>
              </Card>
            ))}
          </SimpleGrid>
          <Text size="sm" c="dimmed" mt="lg">
            {t('portal.regionsCount', { count: items.length })}
            {first ? ` ${t('portal.regionsUpdated', { date: format.date(first.updatedAt) })}` : ''}
          </Text>
        </>
      )}
    </Container>
  );
}
