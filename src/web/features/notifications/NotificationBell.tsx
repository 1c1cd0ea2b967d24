import { ActionIcon, Box, Button, Divider, Group, Indicator, NavLink, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../app/errors';
import { dateTime } from '../../app/format';
import { useSession } from '../../app/session';
import type { Language } from '../../../lib/i18n';
import { receivesNotifications, useMarkRead, useNotifications, type StaffNotificationDto } from './notifications.api';
import { notificationText } from './notificationText';

function NoticeItem({ notice, now, onOpen }: { notice: StaffNotificationDto; now: number; onOpen: (notice: StaffNotificationDto) => void }) {
  const { t, i18n } = useTranslation();
  const unread = notice.readAt === null;
  const dot = (
    <Box w={8} h={8} style={{ borderRadius: 999, background: unread ? 'var(--mantine-color-otandas-6)' : 'transparent' }} aria-hidden />
  );
  const label = (
    <Text size="sm" fw={unread ? 600 : 400}>
      {unread ? <span className="visually-hidden">{t('notifications.unreadMark')} </span> : null}
      {notificationText(notice, t, now)}
    </Text>
  );
  const description = (
    <>
      {notice.caseSubject ? <Text size="xs" c="dimmed" lineClamp={1} component="span" display="block">{notice.caseSubject}</Text> : null}
      <Text size="xs" c="dimmed" component="span" display="block">
        {dateTime(notice.createdAt, i18n.language as Language)}
      </Text>
    </>
  );
  const common = { label, description, leftSection: dot, styles: { root: { borderRadius: 'var(--mantine-radius-sm)', alignItems: 'flex-start' } } };
  if (!notice.caseId) return <NavLink component="div" {...common} />;
  return <NavLink component={Link} to={`/staff/cases/${notice.caseId}`} onClick={() => onOpen(notice)} {...common} />;
}

/** The header's bell: unread count, the latest notices, each a link to its case. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { user } = useSession();
  const enabled = receivesNotifications(user?.role);
  const [opened, { toggle, close }] = useDisclosure(false);
  const notices = useNotifications(enabled);
  const markRead = useMarkRead();
  if (!enabled) return null;

  const unread = notices.data?.unread ?? 0;
  const items = notices.data?.items ?? [];
  const now = Date.now();
  const open = (notice: StaffNotificationDto) => {
    close();
    if (notice.readAt === null) markRead.mutate({ ids: [notice.id] });
  };

  return (
    // The indicator wraps the whole popover: Popover.Target puts aria-expanded
    // and aria-haspopup on its child, which must be the button, not a div.
    <Indicator label={unread > 99 ? '99+' : unread} size={18} disabled={!unread} color="red.8" offset={6} inline>
      <Popover position="bottom-end" width={380} shadow="md" withinPortal opened={opened} onChange={(value) => !value && close()} trapFocus returnFocus>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray.8"
            size="lg"
            radius="xl"
            onClick={toggle}
            aria-label={unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} role="dialog" aria-label={t('notifications.title')}>
          <Group justify="space-between" px="md" py="sm" gap="xs">
            <Text component="h2" fw={700} size="sm">
              {t('notifications.title')}
            </Text>
            <Button size="compact-sm" variant="subtle" disabled={!unread} loading={markRead.isPending} onClick={() => markRead.mutate({ all: true })}>
              {t('notifications.markAllRead')}
            </Button>
          </Group>
          <Divider />
          <ScrollArea.Autosize mah={420} type="auto">
            {notices.error ? (
              <Text size="sm" c="red.8" p="md" role="alert">
                {errorMessage(notices.error, t)}
              </Text>
            ) : items.length ? (
              <Stack gap={2} p={4} component="ul" style={{ listStyle: 'none', margin: 0 }}>
                {items.map((notice) => (
                  <li key={notice.id}>
                    <NoticeItem notice={notice} now={now} onOpen={open} />
                  </li>
                ))}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed" p="md" ta="center">
                {notices.isPending ? t('common.loading') : t('notifications.empty')}
              </Text>
            )}
          </ScrollArea.Autosize>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
