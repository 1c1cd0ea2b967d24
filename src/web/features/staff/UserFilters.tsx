import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../lib/contracts/roles';
import type { StaffFilter } from './staff.api';

type Props = { filter: StaffFilter; search: string; onSearch: (q: string) => void; onChange: (filter: StaffFilter) => void };

export function UserFilters({ filter, search, onSearch, onChange }: Props) {
  const { t } = useTranslation();
  const dirty = Boolean(search || filter.role || filter.active);
  return (
    <Paper withBorder radius="lg" p="md" mb="md" component="form" role="search" aria-label={t('staff.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
      <Group gap="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('staff.search')}
          placeholder={t('staff.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => onSearch(e.currentTarget.value)}
          style={{ flex: '1 1 220px' }}
          type="search"
        />
        <Select
          label={t('staff.role')}
          data={[{ value: '', label: t('staff.allRoles') }, ...roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))]}
          value={filter.role}
          onChange={(value) => onChange({ ...filter, role: (value ?? '') as Role | '' })}
          allowDeselect={false}
          style={{ flex: '1 1 180px' }}
        />
        <Select
          label={t('staff.status')}
          data={[
            { value: '', label: t('staff.allStatuses') },
            { value: 'true', label: t('staff.active') },
            { value: 'false', label: t('staff.disabled') },
          ]}
          value={filter.active}
          onChange={(value) => onChange({ ...filter, active: (value ?? '') as StaffFilter['active'] })}
          allowDeselect={false}
          style={{ flex: '1 1 160px' }}
        />
        {dirty ? (
          <Button
            variant="subtle"
            color="gray.8"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={() => {
              onSearch('');
              onChange({ role: '', active: '', q: '' });
            }}
          >
            {t('common.resetFilters')}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}
