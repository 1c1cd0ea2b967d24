import { Button, Card, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isForbidden } from '../../app/api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { errorMessage } from '../../app/errors';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { useSession } from '../../app/session';
import { ForbiddenPage } from '../../app/StatusPages';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { PasswordRevealModal } from './PasswordRevealModal';
import { useResetStaffPassword, useStaffUsers, useUpdateStaffUser, type StaffFilter, type StaffUserDto } from './staff.api';
import { UserFilters } from './UserFilters';
import { UsersTable, type UserAction } from './UsersTable';

type Pending = { action: 'reset' | 'disable'; user: StaffUserDto } | null;

export default function UsersPage() {
  const { t } = useTranslation();
  const { user: me } = useSession();
  const [filter, setFilter] = useState<StaffFilter>({ role: '', active: '', q: '' });
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const users = useStaffUsers({ ...filter, q });
  const update = useUpdateStaffUser();
  const reset = useResetStaffPassword();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<StaffUserDto | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [reveal, setReveal] = useState<{ email: string; password: string } | null>(null);

  if (isForbidden(users.error)) return <ForbiddenPage />;

  const failed = (error: unknown) => notifications.show({ color: 'red', title: t('common.actionFailed'), message: errorMessage(error, t) });
  const onAction = (action: UserAction, user: StaffUserDto) => {
    if (action === 'edit') setEditing(user);
    else if (action === 'enable') {
      update.mutate(
        { id: user.id, input: { active: true } },
        { onSuccess: () => notifications.show({ color: 'teal', message: t('staff.enabled', { name: user.displayName }) }), onError: failed },
      );
    } else setPending({ action, user });
  };

  const confirm = async () => {
    if (!pending) return;
    const { action, user } = pending;
    try {
      if (action === 'disable') {
        await update.mutateAsync({ id: user.id, input: { active: false } });
        notifications.show({ color: 'teal', message: t('staff.disabledDone', { name: user.displayName }) });
      } else {
        const { generatedPassword } = await reset.mutateAsync(user.id);
        setReveal({ email: user.email, password: generatedPassword });
      }
    } catch (error) {
      failed(error);
    }
    setPending(null);
  };

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        description={t('staff.lead')}
        actions={
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
            {t('staff.create')}
          </Button>
        }
      />
      <UserFilters filter={filter} search={search} onSearch={setSearch} onChange={setFilter} />
      <Card withBorder radius="lg" padding={0}>
        <QueryState isPending={users.isPending} error={users.error} onRetry={() => void users.refetch()}>
          <Text size="sm" c="dimmed" px="md" pt="md" pb="xs" role="status" aria-live="polite">
            {t('staff.count', { count: users.data?.length ?? 0 })}
          </Text>
          {users.data?.length ? (
            <UsersTable users={users.data} currentUserId={me?.id ?? ''} onAction={onAction} />
          ) : (
            <Text p="xl" ta="center" c="dimmed">
              {t('staff.empty')}
            </Text>
          )}
        </QueryState>
      </Card>

      <CreateUserModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(user, password) => {
          setCreating(false);
          notifications.show({ color: 'teal', message: t('staff.created', { name: user.displayName }) });
          if (password) setReveal({ email: user.email, password });
        }}
      />
      <EditUserModal
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={(user) => {
          setEditing(null);
          notifications.show({ color: 'teal', message: t('staff.saved', { name: user.displayName }) });
        }}
      />
      <ConfirmDialog
        opened={pending !== null}
        title={pending?.action === 'disable' ? t('staff.disableTitle') : t('staff.resetTitle')}
        message={
          pending?.action === 'disable'
            ? t('staff.disableMessage', { name: pending.user.displayName })
            : t('staff.resetMessage', { name: pending?.user.displayName ?? '' })
        }
        confirmLabel={pending?.action === 'disable' ? t('staff.disable') : t('staff.resetPassword')}
        danger={pending?.action === 'disable'}
        loading={update.isPending || reset.isPending}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      />
      <PasswordRevealModal reveal={reveal} onClose={() => setReveal(null)} />
    </>
  );
}
