import { ActionIcon, Badge, Group, Menu, Table, Text } from '@mantine/core';
import { IconDots, IconKey, IconLock, IconLockOpen, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n';
import { TableFrame } from '../../app/TableFrame';
import { DemoBadge } from '../../app/shell/UserMenu';
import { RegionLabel } from '../reference/regions/RegionLabel';
import { RoleBadge } from './RoleBadge';
import type { StaffUserDto } from './staff.api';

export type UserAction = 'edit' | 'reset' | 'disable' | 'enable';
type Props = { users: StaffUserDto[]; currentUserId: string; onAction: (action: UserAction, user: StaffUserDto) => void };

function StatusBadges({ user }: { user: StaffUserDto }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {user.active ? (
        <Badge color="teal" variant="light" radius="sm">
          {t('staff.active')}
        </Badge>
      ) : (
        <Badge color="gray" variant="light" radius="sm">
          {t('staff.disabled')}
        </Badge>
      )}
      {user.lockedUntil ? (
        <Badge color="red" variant="light" radius="sm">
          {t('staff.locked')}
        </Badge>
      ) : null}
      {user.mustChangePassword ? (
        <Badge color="gray" variant="outline" radius="sm" c="dark">
          {t('staff.mustChangePassword')}
        </Badge>
      ) : null}
    </Group>
  );
}

function ActionsMenu({ user, self, onAction }: { user: StaffUserDto; self: boolean; onAction: Props['onAction'] }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray.8" aria-label={t('staff.actionsFor', { name: user.displayName })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onAction('edit', user)}>
          {t('staff.edit')}
        </Menu.Item>
        {/* One's own password is changed under "My account", knowing the current one. */}
        {self ? null : (
          <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={() => onAction('reset', user)}>
            {t('staff.resetPassword')}
          </Menu.Item>
        )}
        {self ? null : user.active ? (
          <Menu.Item color="red.9" leftSection={<IconLock size={16} aria-hidden />} onClick={() => onAction('disable', user)}>
            {t('staff.disable')}
          </Menu.Item>
        ) : (
          <Menu.Item leftSection={<IconLockOpen size={16} aria-hidden />} onClick={() => onAction('enable', user)}>
            {t('staff.enable')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

/** Staff accounts; on a phone the table scrolls inside its frame, not the page. */
export function UsersTable({ users, currentUserId, onAction }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableFrame label={t('staff.tableCaption')} minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('staff.name')}</Table.Th>
            <Table.Th scope="col">{t('staff.role')}</Table.Th>
            <Table.Th scope="col">{t('staff.region')}</Table.Th>
            <Table.Th scope="col">{t('staff.status')}</Table.Th>
            <Table.Th scope="col">{t('staff.lastLogin')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t('staff.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Group gap={6} wrap="wrap">
                  <Text fw={600} size="sm">
                    {user.displayName}
                  </Text>
                  <DemoBadge email={user.email} size="xs" />
                  {user.id === currentUserId ? (
                    <Badge size="xs" variant="outline" color="gray" c="dark">
                      {t('staff.you')}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="sm" c="dimmed">
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <RoleBadge role={user.role} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{user.regionCode ? <RegionLabel code={user.regionCode} /> : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <StatusBadges user={user} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" className="nowrap">
                  {user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('staff.never')}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <ActionsMenu user={user} self={user.id === currentUserId} onAction={onAction} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}
