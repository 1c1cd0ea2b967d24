import { Autocomplete, Button, Group, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilter, IconX } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyAuditFilter, knownActions, knownEntityTypes, type AuditFilter } from './audit.api';

type Props = { applied: AuditFilter; onApply: (filter: AuditFilter) => void; errors: Record<string, string> };

/** A draft of the filters; the log reloads only on "Apply", not on every keystroke. */
export function AuditFilters({ applied, onApply, errors }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(applied);
  useEffect(() => setDraft(applied), [applied]);
  const set = (key: keyof AuditFilter) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const dirty = Object.values(applied).some(Boolean);

  return (
    <Paper withBorder radius="lg" p="md" mb="md" component="form" role="search" aria-label={t('audit.filtersLabel')} onSubmit={onSubmit}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm">
        <Autocomplete
          label={t('audit.action')}
          description={t('audit.actionHint')}
          placeholder="auth.login"
          data={knownActions}
          value={draft.action}
          onChange={set('action')}
          error={errors.action}
          comboboxProps={{ withinPortal: true }}
        />
        <Autocomplete
          label={t('audit.entityType')}
          placeholder="staff_user"
          data={knownEntityTypes}
          value={draft.entityType}
          onChange={set('entityType')}
          error={errors.entityType}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label={t('audit.entityId')}
          value={draft.entityId}
          onChange={(e) => set('entityId')(e.currentTarget.value)}
          error={errors.entityId}
        />
        <TextInput
          label={t('audit.actorId')}
          description={t('audit.actorIdHint')}
          value={draft.actorId}
          onChange={(e) => set('actorId')(e.currentTarget.value)}
          error={errors.actorId}
        />
        <TextInput label={t('audit.from')} type="date" value={draft.from} onChange={(e) => set('from')(e.currentTarget.value)} error={errors.from} />
        <TextInput label={t('audit.to')} type="date" value={draft.to} onChange={(e) => set('to')(e.currentTarget.value)} error={errors.to} />
      </SimpleGrid>
      <Group justify="flex-end" gap="sm" mt="md">
        {dirty ? (
          <Button variant="subtle" color="gray.8" leftSection={<IconX size={16} aria-hidden />} onClick={() => onApply(emptyAuditFilter)}>
            {t('common.resetFilters')}
          </Button>
        ) : null}
        <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
          {t('common.applyFilters')}
        </Button>
      </Group>
    </Paper>
  );
}
