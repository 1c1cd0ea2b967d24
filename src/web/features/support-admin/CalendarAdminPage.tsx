import { ActionIcon, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronLeft, IconChevronRight, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { errorMessage } from '../../app/errors';
import { date } from '../../app/format';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { TableFrame } from '../../app/TableFrame';
import { almatyDay } from '../../../server/modules/calendar/working-days';
import type { Language } from '../../../lib/i18n';
import { CalendarDayModal } from './CalendarDayModal';
import { DeadlineCalculator } from './DeadlineCalculator';
import { useCalendarYear, useDeleteCalendarDay, type CalendarDayDto } from './supportAdmin.api';

const kindColor: Record<CalendarDayDto['kind'], string> = { holiday: 'red', day_off: 'orange', working_day: 'blue' };

// Browsers with a trimmed ICU have no Kazakh weekday names, so they are spelled out here.
const kazakhWeekdays = ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'];

/** The weekday of a calendar day in the UI language; a calendar day has no time zone. */
function weekday(day: string, language: Language): string {
  const noon = new Date(`${day}T12:00:00Z`);
  if (language === 'kk') return kazakhWeekdays[noon.getUTCDay()]!;
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(noon);
}

/** The working-day calendar: holidays, moved days off and working weekend days, year by year. */
export default function CalendarAdminPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [year, setYear] = useState(() => Number(almatyDay(new Date()).slice(0, 4)));
  const days = useCalendarYear(year);
  const remove = useDeleteCalendarDay();
  const [editing, setEditing] = useState<CalendarDayDto | { newIn: number } | null>(null);
  const [removing, setRemoving] = useState<CalendarDayDto | null>(null);
  const items = days.data?.items ?? [];

  const confirmRemove = async () => {
    if (!removing) return;
    try {
      await remove.mutateAsync(removing.day);
      notifications.show({ color: 'teal', message: t('calendarAdmin.removed', { day: date(removing.day, language) }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.actionFailed'), message: errorMessage(error, t) });
    }
    setRemoving(null);
  };

  return (
    <>
      <PageHeader
        title={t('calendarAdmin.title')}
        description={t('calendarAdmin.lead')}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing({ newIn: year })}>
            {t('calendarAdmin.create')}
          </Button>
        }
      />
      <Stack gap="lg">
        <Card withBorder radius="lg" padding={0}>
          <Group justify="space-between" p="md" wrap="wrap">
            <Group gap="xs">
              <ActionIcon variant="default" onClick={() => setYear((y) => y - 1)} aria-label={t('calendarAdmin.previousYear')} disabled={year <= 2000}>
                <IconChevronLeft size={18} aria-hidden />
              </ActionIcon>
              <Text component="h2" fw={700} size="lg" aria-live="polite" miw={60} ta="center">
                {year}
              </Text>
              <ActionIcon variant="default" onClick={() => setYear((y) => y + 1)} aria-label={t('calendarAdmin.nextYear')} disabled={year >= 2100}>
                <IconChevronRight size={18} aria-hidden />
              </ActionIcon>
            </Group>
            <Text size="sm" c="dimmed">
              {t('calendarAdmin.shown', { count: items.length })}
            </Text>
          </Group>
          <QueryState isPending={days.isPending} error={days.error} onRetry={() => void days.refetch()}>
            {items.length ? (
              <TableFrame label={t('calendarAdmin.tableLabel', { year })} minWidth={760}>
                <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('calendarAdmin.day')}</Table.Th>
                      <Table.Th scope="col">{t('calendarAdmin.kind')}</Table.Th>
                      <Table.Th scope="col">{t('calendarAdmin.name')}</Table.Th>
                      <Table.Th scope="col">{t('calendarAdmin.basis')}</Table.Th>
                      <Table.Th scope="col">
                        <span className="visually-hidden">{t('calendarAdmin.actions')}</span>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((item) => {
                      const shown = date(item.day, language);
                      return (
                        <Table.Tr key={item.day}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            <Text size="sm" fw={600}>
                              {shown}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {weekday(item.day, language)}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Badge variant="light" radius="sm" color={kindColor[item.kind]}>
                              {t(`calendarAdmin.kinds.${item.kind}`)}
                            </Badge>
                          </Table.Td>
                          <Table.Td>{item.name[language] ?? item.name.kk}</Table.Td>
                          <Table.Td>
                            <Text size="sm" c="dimmed">
                              {item.basis}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Group gap={4} wrap="nowrap">
                              <ActionIcon variant="subtle" onClick={() => setEditing(item)} aria-label={t('calendarAdmin.edit', { day: shown })}>
                                <IconPencil size={18} aria-hidden />
                              </ActionIcon>
                              <ActionIcon variant="subtle" color="red.8" onClick={() => setRemoving(item)} aria-label={t('calendarAdmin.remove', { day: shown })}>
                                <IconTrash size={18} aria-hidden />
                              </ActionIcon>
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </TableFrame>
            ) : (
              <Text p="xl" ta="center" c="dimmed">
                {t('calendarAdmin.empty')}
              </Text>
            )}
          </QueryState>
        </Card>
        <DeadlineCalculator />
      </Stack>
      <CalendarDayModal
        target={editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          setYear(Number(saved.day.slice(0, 4)));
          notifications.show({ color: 'teal', message: t('calendarAdmin.saved', { day: date(saved.day, language) }) });
        }}
      />
      <ConfirmDialog
        opened={removing !== null}
        title={t('calendarAdmin.removeTitle')}
        message={removing ? t('calendarAdmin.removeMessage', { day: date(removing.day, language) }) : ''}
        confirmLabel={t('calendarAdmin.removeConfirm')}
        danger
        loading={remove.isPending}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
