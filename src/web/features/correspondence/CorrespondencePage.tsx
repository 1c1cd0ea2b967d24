import { Button, Card, Checkbox, Group, Paper, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconInbox, IconMailPlus, IconSearch, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { useSession } from '../../app/session';
import { canManageLetters, lettersCsvUrl, useLetters, type LetterDirection, type LetterDto } from './correspondence.api';
import { LetterFormModal } from './LetterFormModal';
import { LettersTable } from './LettersTable';
import { ReplyModal } from './ReplyModal';

/**
 * The registers of official letters: outgoing ones to ministries and akimats
 * with the replies they await, and incoming ones.
 */
export default function CorrespondencePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const manage = canManageLetters(user?.role);
  const [direction, setDirection] = useState<LetterDirection>('outgoing');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [awaitingReply, setAwaitingReply] = useState(false);
  const [overdue, setOverdue] = useState(false);
  const [registering, setRegistering] = useState<LetterDirection | null>(null);
  const [replyTo, setReplyTo] = useState<LetterDto | null>(null);
  const filter = { direction, q, awaitingReply, overdue };
  const letters = useLetters(filter);
  const items = letters.data?.pages.flatMap((page) => page.items) ?? [];
  const outgoing = direction === 'outgoing';
  const dirty = Boolean(search || (outgoing && (awaitingReply || overdue)));

  return (
    <>
      <PageHeader
        title={t('correspondence.title')}
        description={t('correspondence.lead')}
        actions={
          <>
            {/* A plain link: the browser downloads with the session cookie. */}
            <Button component="a" href={lettersCsvUrl(filter)} download variant="default" leftSection={<IconDownload size={18} aria-hidden />}>
              {t('correspondence.exportCsv')}
            </Button>
            {manage ? (
              <Button leftSection={<IconMailPlus size={18} aria-hidden />} onClick={() => setRegistering(direction)}>
                {t('correspondence.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Tabs value={direction} onChange={(value) => value && setDirection(value as LetterDirection)} mb="md" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="outgoing" leftSection={<IconSend size={16} aria-hidden />}>
            {t('correspondence.outgoingTab')}
          </Tabs.Tab>
          <Tabs.Tab value="incoming" leftSection={<IconInbox size={16} aria-hidden />}>
            {t('correspondence.incomingTab')}
          </Tabs.Tab>
        </Tabs.List>
        {/* One panel, for the tab in view: both registers share the filters and the table. */}
        <Tabs.Panel value={direction} pt="md">
          <Paper withBorder radius="lg" p="md" mb="md" component="form" role="search" aria-label={t('correspondence.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
            <Group gap="md" align="flex-end" wrap="wrap">
              <TextInput
                label={t('correspondence.search')}
                placeholder={t('correspondence.searchPlaceholder')}
                leftSection={<IconSearch size={16} aria-hidden />}
                type="search"
                value={search}
                onChange={(e) => setSearch(e.currentTarget.value)}
                style={{ flex: '1 1 240px' }}
              />
              {outgoing ? (
                <Group gap="md" wrap="wrap" pb={8}>
                  <Checkbox label={t('correspondence.awaitingFilter')} checked={awaitingReply} onChange={(e) => setAwaitingReply(e.currentTarget.checked)} />
                  <Checkbox label={t('correspondence.overdueFilter')} checked={overdue} onChange={(e) => setOverdue(e.currentTarget.checked)} />
                </Group>
              ) : null}
              {dirty ? (
                <Button
                  variant="subtle"
                  color="gray.8"
                  onClick={() => {
                    setSearch('');
                    setAwaitingReply(false);
                    setOverdue(false);
                  }}
                >
                  {t('common.resetFilters')}
                </Button>
              ) : null}
            </Group>
          </Paper>
          <Card withBorder radius="lg" padding={0}>
            <QueryState isPending={letters.isPending} error={letters.error} onRetry={() => void letters.refetch()}>
              <Text size="sm" c="dimmed" px="md" pt="md" pb="xs" role="status" aria-live="polite">
                {t('correspondence.shown', { count: items.length })}
              </Text>
              {items.length ? (
                <LettersTable direction={direction} letters={items} onReply={manage ? setReplyTo : undefined} />
              ) : (
                <Text p="xl" ta="center" c="dimmed">
                  {t('correspondence.empty')}
                </Text>
              )}
              {letters.hasNextPage ? (
                <Group justify="center" p="md">
                  <Button variant="light" onClick={() => void letters.fetchNextPage()} loading={letters.isFetchingNextPage}>
                    {t('correspondence.loadMore')}
                  </Button>
                </Group>
              ) : null}
            </QueryState>
          </Card>
        </Tabs.Panel>
      </Tabs>

      <LetterFormModal
        direction={registering}
        onClose={() => setRegistering(null)}
        onCreated={(letter) => {
          setRegistering(null);
          setDirection(letter.direction);
          notifications.show({ color: 'teal', message: t('correspondence.created', { number: letter.number }) });
        }}
      />
      <ReplyModal
        letter={replyTo}
        onClose={() => setReplyTo(null)}
        onRegistered={(reply) => {
          setReplyTo(null);
          notifications.show({ color: 'teal', message: t('correspondence.replyRegistered', { number: reply.number }) });
        }}
      />
    </>
  );
}
