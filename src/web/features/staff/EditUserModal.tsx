import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { regionBoundRoles, type Role } from '../../../lib/contracts/roles';
import type { UpdateStaffUserInput } from '../../../server/modules/staff/staff.schema';
import { errorMessage, fieldErrors } from '../../app/errors';
import { useUpdateStaffUser, type StaffUserDto } from './staff.api';
import { RegionSelect, RoleSelect } from './StaffFields';

type Props = { user: StaffUserDto | null; onClose: () => void; onSaved: (user: StaffUserDto) => void };

/** Name, role and region. Only what changed is sent, so the audit log records just that. */
export function EditUserModal({ user, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const update = useUpdateStaffUser();
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [regionCode, setRegionCode] = useState<string | null>(null);

  useEffect(() => {
    if (!user) return;
    setDisplayName(user.displayName);
    setRole(user.role);
    setRegionCode(user.regionCode);
    update.reset();
    // Reset only when another user is opened.
  }, [user?.id]);

  const needsRegion = role !== '' && regionBoundRoles.includes(role);
  const close = () => {
    update.reset();
    onClose();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!user || !role) return;
    const input: UpdateStaffUserInput = {};
    if (displayName.trim() !== user.displayName) input.displayName = displayName.trim();
    if (role !== user.role) input.role = role;
    if (needsRegion && regionCode !== user.regionCode) input.regionCode = regionCode;
    if (!Object.keys(input).length) return close();
    try {
      onSaved(await update.mutateAsync({ id: user.id, input }));
    } catch {
      // Shown from update.error below.
    }
  };

  const fields = fieldErrors(update.error);
  const general = update.error && !Object.keys(fields).length;
  const roleChanges = user !== null && role !== '' && role !== user.role;
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={user !== null} onClose={close} title={t('staff.editTitle')} centered size="lg">
      {user ? (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {user.email}
            </Text>
            {general ? (
              <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
                {errorMessage(update.error, t)}
              </Alert>
            ) : null}
            <TextInput
              label={t('staff.displayName')}
              required
              value={displayName}
              onChange={(e) => setDisplayName(e.currentTarget.value)}
              error={fields.displayName}
              data-autofocus
            />
            <RoleSelect value={role} onChange={setRole} error={fields.role} />
            {needsRegion ? <RegionSelect value={regionCode} onChange={setRegionCode} error={fields.regionCode} /> : null}
            {roleChanges ? (
              <Alert color="otandas" variant="light" icon={<IconInfoCircle aria-hidden />}>
                {t('staff.roleChangeHint')}
              </Alert>
            ) : null}
            <Group justify="flex-end" gap="sm" mt="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={update.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
