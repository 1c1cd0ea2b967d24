import { ActionIcon, Button, Card, Group, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKeyboard } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { regionBoundRoles } from '../../../lib/contracts/roles';
import { isForbidden } from '../../app/api';
import { errorMessage } from '../../app/errors';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { ForbiddenPage } from '../../app/StatusPages';
import { useSession } from '../../app/session';
import { BulkBar } from './BulkBar';
import { useCaseFilter } from './caseFilters';
import { caseRowId, CasesTable } from './CasesTable';
import { InboxFilters } from './InboxFilters';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useAssignCase, useCases } from './support.api';
import { useShortcuts } from './useShortcuts';

/**
 * The support center's inbox: appeals from every channel, filtered and
 * searched, worked one by one or in bulk, from the keyboard if one likes.
 */
export default function InboxPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const [filter, setFilter] = useCaseFilter();
  const cases = useCases(filter);
  const items = cases.data?.pages.flatMap((page) => page.items) ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [focused, setFocused] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const assign = useAssignCase();
  const regionBound = Boolean(user && regionBoundRoles.includes(user.role));

  // A new filter is a new list: the selection and the focused row start over.
  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    setSelected(new Set());
    setFocused(0);
  }, [filterKey]);

  const current = items[Math.min(focused, items.length - 1)];
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(items.length - 1, index));
    setFocused(next);
    const target = items[next];
    if (target) document.getElementById(caseRowId(target.id))?.scrollIntoView({ block: 'nearest' });
  };
  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const assignToMe = () => {
    if (!current || !user) return;
    assign.mutate(
      { caseId: current.id, assigneeId: user.id },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('cases.assignedToMeDone', { number: current.number }) }),
        onError: (error) => notifications.show({ color: 'red', title: t('common.actionFailed'), message: errorMessage(error, t) }),
      },
    );
  };
  const open = () => current && navigate(`/staff/cases/${current.id}`);

  useShortcuts({
    j: () => moveTo(focused + 1),
    k: () => moveTo(focused - 1),
    Enter: open,
    o: open,
    x: () => current && toggle(current.id),
    a: assignToMe,
    '/': () => searchRef.current?.focus(),
    'shift+?': () => setHelpOpen(true),
  });

  // A role without the inbox gets the "no access" page alone, not filters over it.
  if (isForbidden(cases.error)) return <ForbiddenPage />;

  return (
    <>
      <PageHeader
        title={t('cases.title')}
        description={t('cases.lead')}
        actions={
          <Tooltip label={t('cases.shortcuts.title')}>
            <ActionIcon variant="default" size="lg" aria-label={t('cases.shortcuts.show')} onClick={() => setHelpOpen(true)}>
              <IconKeyboard size={20} aria-hidden />
            </ActionIcon>
          </Tooltip>
        }
      />
      <InboxFilters filter={filter} onChange={setFilter} showRegion={!regionBound} searchRef={searchRef} />
      <BulkBar selected={items.filter((c) => selected.has(c.id))} onDone={() => setSelected(new Set())} />
      <Card withBorder radius="lg" padding={0}>
        <QueryState isPending={cases.isPending} error={cases.error} onRetry={() => void cases.refetch()}>
          <Text size="sm" c="dimmed" px="md" pt="md" pb="xs" role="status" aria-live="polite">
            {t('cases.shown', { count: items.length })}
          </Text>
          {items.length ? (
            <CasesTable
              cases={items}
              selected={selected}
              onToggle={toggle}
              onToggleAll={(select) => setSelected(select ? new Set(items.map((c) => c.id)) : new Set())}
              focusedIndex={focused}
              onFocusRow={setFocused}
            />
          ) : (
            <Text p="xl" ta="center" c="dimmed">
              {t('cases.empty')}
            </Text>
          )}
          {cases.hasNextPage ? (
            <Group justify="center" p="md">
              <Button variant="light" onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage}>
                {t('cases.loadMore')}
              </Button>
            </Group>
          ) : null}
        </QueryState>
      </Card>
      <ShortcutsHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
