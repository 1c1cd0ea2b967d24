import { Alert, Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isForbidden } from '../../../app/api';
import { errorMessage, fieldErrors } from '../../../app/errors';
import { useFormat } from '../../../app/i18n';
import { PageHeader } from '../../../app/PageHeader';
import { QueryState } from '../../../app/QueryState';
import { ForbiddenPage } from '../../../app/StatusPages';
import { regionName, sortByName, usePriorityRegions, useRegions, useSavePriorityRegions } from './regions.api';

/** Which regions the state names for resettlement, and on what legal basis; the portal shows the list. */
export default function PriorityRegionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const regions = useRegions();
  const priorities = usePriorityRegions();
  const save = useSavePriorityRegions();
  const [selected, setSelected] = useState<string[]>([]);
  const [basis, setBasis] = useState('');

  // Start from the saved list whenever it (re)loads.
  useEffect(() => {
    if (!priorities.data) return;
    setSelected(priorities.data.map((r) => r.regionCode));
    setBasis(priorities.data[0]?.basis ?? '');
  }, [priorities.data]);

  if (isForbidden(save.error)) return <ForbiddenPage />;

  const all = sortByName(regions.data ?? [], (r) => regionName(r, format.language, t), format.language);
  const saved = priorities.data ?? [];
  const changed =
    basis !== (saved[0]?.basis ?? '') ||
    selected.length !== saved.length ||
    selected.some((code) => !saved.some((r) => r.regionCode === code));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save.mutateAsync({ codes: selected, basis: basis.trim() });
      notifications.show({ color: 'teal', message: t('regions.saved', { count: selected.length }) });
    } catch {
      // Shown below from save.error.
    }
  };

  const fields = fieldErrors(save.error);
  const general = save.error && !Object.keys(fields).length;
  return (
    <>
      <PageHeader title={t('regions.title')} description={t('regions.lead')} />
      <QueryState isPending={regions.isPending || priorities.isPending} error={regions.error ?? priorities.error}>
        <form onSubmit={onSubmit} noValidate>
          <Card withBorder radius="lg" padding="lg" mb="lg">
            <Checkbox.Group
              label={t('regions.listLabel')}
              description={t('regions.selectedCount', { count: selected.length, total: all.length })}
              value={selected}
              onChange={setSelected}
              error={fields.codes}
            >
              <Group gap="xs" mt="sm" mb="md">
                <Button size="xs" variant="light" onClick={() => setSelected(all.map((r) => r.code))}>
                  {t('regions.selectAll')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setSelected([])}>
                  {t('regions.clear')}
                </Button>
              </Group>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="sm">
                {all.map((region) => (
                  <Checkbox key={region.code} value={region.code} label={regionName(region, format.language, t)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Card>
          <Card withBorder radius="lg" padding="lg">
            <Stack gap="md">
              {general ? (
                <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
                  {errorMessage(save.error, t)}
                </Alert>
              ) : null}
              <Textarea
                label={t('regions.basis')}
                description={t('regions.basisHint')}
                required
                autosize
                minRows={2}
                maxRows={6}
                maxLength={500}
                value={basis}
                onChange={(e) => setBasis(e.currentTarget.value)}
                error={fields.basis}
              />
              <Group justify="space-between" gap="sm">
                <Text size="sm" c="dimmed">
                  {saved[0] ? t('regions.lastUpdated', { date: format.dateTime(saved[0].updatedAt) }) : null}
                </Text>
                <Button type="submit" leftSection={<IconDeviceFloppy size={18} aria-hidden />} loading={save.isPending} disabled={!changed}>
                  {t('common.save')}
                </Button>
              </Group>
            </Stack>
          </Card>
        </form>
      </QueryState>
    </>
  );
}
