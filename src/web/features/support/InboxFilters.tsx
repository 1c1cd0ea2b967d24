import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/i18n';
import { regionName, sortByName, useRegions } from '../reference/regions/regions.api';
import { isFiltered } from './caseFilters';
import { caseStatuses, channels, useAssignees, useTopics, type CaseFilter } from './support.api';

type Props = {
  filter: CaseFilter;
  onChange: (patch: Partial<CaseFilter> | null) => void;
  /** Hidden for a front office: it sees its own region only. */
  showRegion: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
};

type Option = { value: string; label: string };

/** A filter select whose first choice, "any", stands for no filter. */
function FilterSelect({ label, any, options, value, onChange, width = 170 }: { label: string; any: string; options: Option[]; value: string | undefined; onChange: (value: string | undefined) => void; width?: number }) {
  return (
    <Select
      label={label}
      data={[{ value: '', label: any }, ...options]}
      value={value ?? ''}
      onChange={(next) => onChange(next || undefined)}
      allowDeselect={false}
      searchable={options.length > 10}
      style={{ flex: `1 1 ${width}px` }}
    />
  );
}

export function InboxFilters({ filter, onChange, showRegion, searchRef }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const topics = useTopics();
  const regions = useRegions();
  const assignees = useAssignees(filter.region);
  const [search, setSearch] = useState(filter.q ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);

  // The URL is the truth: a reset or a followed link replaces what is typed.
  useEffect(() => setSearch(filter.q ?? ''), [filter.q]);
  useEffect(() => {
    if (debounced !== (filter.q ?? '')) onChange({ q: debounced || undefined });
    // Only a settled change of the typed text pushes to the URL, not a change of the URL itself.
  }, [debounced]);

  const regionOptions = sortByName(regions.data ?? [], (r) => regionName(r, language, t), language).map((r) => ({ value: r.code, label: regionName(r, language, t) }));
  const set = (key: keyof CaseFilter) => (value: string | undefined) => onChange({ [key]: value });

  return (
    <Paper withBorder radius="lg" p="md" mb="md" component="form" role="search" aria-label={t('cases.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          ref={searchRef}
          label={t('cases.search')}
          placeholder={t('cases.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ flex: '2 1 260px' }}
        />
        <FilterSelect
          label={t('cases.statusFilter')}
          any={t('cases.anyStatus')}
          options={[{ value: 'open', label: t('cases.openStatuses') }, ...caseStatuses.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))]}
          value={filter.status}
          onChange={set('status')}
        />
        <FilterSelect
          label={t('cases.topicFilter')}
          any={t('cases.anyTopic')}
          options={(topics.data ?? []).map((topic) => ({ value: topic.code, label: topic.name[language] }))}
          value={filter.topic}
          onChange={set('topic')}
          width={220}
        />
        <FilterSelect
          label={t('cases.channelFilter')}
          any={t('cases.anyChannel')}
          options={channels.map((c) => ({ value: c, label: t(`cases.channel.${c}`) }))}
          value={filter.channel}
          onChange={set('channel')}
        />
        {showRegion ? (
          <FilterSelect label={t('cases.regionFilter')} any={t('cases.anyRegion')} options={regionOptions} value={filter.region} onChange={set('region')} width={200} />
        ) : null}
        <FilterSelect
          label={t('cases.assigneeFilter')}
          any={t('cases.anyAssignee')}
          options={[
            { value: 'me', label: t('cases.assignedToMe') },
            { value: 'none', label: t('cases.unassigned') },
            ...(assignees.data ?? []).map((a) => ({ value: a.id, label: a.displayName })),
          ]}
          value={filter.assignee}
          onChange={set('assignee')}
          width={200}
        />
        <FilterSelect
          label={t('cases.dueFilter')}
          any={t('cases.anyDue')}
          options={[
            { value: 'overdue', label: t('cases.dueOverdue') },
            { value: 'today', label: t('cases.dueToday') },
            { value: 'week', label: t('cases.dueWeek') },
          ]}
          value={filter.due}
          onChange={set('due')}
        />
        <Select
          label={t('cases.sort')}
          data={[
            { value: 'newest', label: t('cases.sortNewest') },
            { value: 'due', label: t('cases.sortDue') },
          ]}
          value={filter.sort}
          onChange={(value) => onChange({ sort: value === 'due' ? 'due' : 'newest' })}
          allowDeselect={false}
          style={{ flex: '1 1 170px' }}
        />
        {isFiltered(filter) ? (
          <Button variant="subtle" color="gray.8" c="gray.8" leftSection={<IconX size={16} aria-hidden />} onClick={() => onChange(null)}>
            {t('common.resetFilters')}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}
