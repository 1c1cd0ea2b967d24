import { Button, Checkbox, Group, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/i18n';
import { regionName, sortByName, useRegions } from '../reference/regions/regions.api';
import { defaultStatsFilter, periodIsValid, type Channel, type StatsFilter, type StatsReportDto } from './stats.api';

type Props = {
  filter: StatsFilter;
  onChange: (filter: StatsFilter) => void;
  /** From the last answer: the topics and channels to choose from. */
  report: StatsReportDto | undefined;
  /** A front office's own region: the region cannot be changed. */
  ownRegion: string | null;
};

export function StatsFilters({ filter, onChange, report, ownRegion }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = useRegions();
  const set = <K extends keyof StatsFilter>(key: K) => (value: StatsFilter[K]) => onChange({ ...filter, [key]: value });
  const regionOptions = sortByName(regions.data ?? [], (r) => regionName(r, language, t), language).map((r) => ({ value: r.code, label: regionName(r, language, t) }));
  const topicOptions = (report?.topics ?? []).map((topic) => ({ value: topic.code, label: topic.name[language] }));
  const channelOptions = (report?.byChannel ?? []).map((c) => ({ value: c.key, label: t(`stats.channels.${c.key}`) }));
  const initial = defaultStatsFilter();
  const dirty = (Object.keys(initial) as Array<keyof StatsFilter>).some((key) => filter[key] !== initial[key]);

  return (
    <Paper withBorder radius="lg" p="md" mb="md" component="form" role="search" aria-label={t('stats.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="md" verticalSpacing="sm">
        <TextInput label={t('stats.from')} type="date" value={filter.from} onChange={(e) => set('from')(e.currentTarget.value)} />
        <TextInput
          label={t('stats.to')}
          type="date"
          value={filter.to}
          onChange={(e) => set('to')(e.currentTarget.value)}
          error={periodIsValid(filter) ? undefined : t('validation.custom')}
        />
        <Select
          label={t('stats.region')}
          placeholder={t('stats.allRegions')}
          data={regionOptions}
          value={ownRegion ?? (filter.region || null)}
          onChange={(value) => set('region')(value ?? '')}
          disabled={ownRegion !== null}
          searchable
          clearable
        />
        <Select label={t('stats.topic')} placeholder={t('stats.allTopics')} data={topicOptions} value={filter.topic || null} onChange={(value) => set('topic')(value ?? '')} searchable clearable />
        <Select
          label={t('stats.channel')}
          placeholder={t('stats.allChannels')}
          data={channelOptions}
          value={filter.channel || null}
          onChange={(value) => set('channel')((value ?? '') as '' | Channel)}
          clearable
        />
      </SimpleGrid>
      <Group mt="sm" gap="md" justify="space-between">
        <Checkbox label={t('stats.includeDemo')} checked={filter.includeDemo} onChange={(e) => set('includeDemo')(e.currentTarget.checked)} />
        {dirty ? (
          <Button variant="subtle" color="gray.8" c="gray.8" onClick={() => onChange(initial)}>
            {t('common.resetFilters')}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}
