import { Alert, Button, Checkbox, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { regionBoundRoles, type Role } from '../../../lib/contracts/roles';
import { errorMessage, fieldErrors } from '../../app/errors';
import { useCreateStaffUser, type StaffUserDto } from './staff.api';
import { RegionSelect, RoleSelect } from './StaffFields';

type Props = {
  opened: boolean;
  onClose: () => void;
  onCreated: (user: StaffUserDto, generatedPassword: string | null) => void;
};

const empty = { email: '', displayName: '', role: 'operator' as Role | '', regionCode: null as string | null, ownPassword: false, password: '' };

export function CreateUserModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const create = useCreateStaffUser();
  const [form, setForm] = useState(empty);
  const set = <K extends keyof typeof empty>(key: K, value: (typeof empty)[K]) => setForm((f) => ({ ...f, [key]: value }));
  const needsRegion = form.role !== '' && regionBoundRoles.includes(form.role);

  const close = () => {
    setForm(empty);
    create.reset();
    onClose();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.role) return;
    try {
      const result = await create.mutateAsync({
        email: form.email.trim(),
        displayName: form.displayName.trim(),
        role: form.role,
        ...(needsRegion && form.regionCode ? { regionCode: form.regionCode } : {}),
        ...(form.ownPassword ? { password: form.password } : {}),
      });
      setForm(empty);
      create.reset();
      onCreated(result.user, result.generatedPassword);
    } catch {
      // Shown from create.error below.
    }
  };

  const fields = fieldErrors(create.error);
  const general = create.error && !Object.keys(fields).length;
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={close} title={t('staff.createTitle')} centered size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {general ? (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {errorMessage(create.error, t)}
            </Alert>
          ) : null}
          <TextInput
            label={t('staff.email')}
            type="email"
            required
            autoComplete="off"
            value={form.email}
            onChange={(e) => set('email', e.currentTarget.value)}
            error={fields.email}
            data-autofocus
          />
          <TextInput
            label={t('staff.displayName')}
            required
            value={form.displayName}
            onChange={(e) => set('displayName', e.currentTarget.value)}
            error={fields.displayName}
          />
          <RoleSelect value={form.role} onChange={(role) => set('role', role)} error={fields.role} />
          {needsRegion ? (
            <RegionSelect value={form.regionCode} onChange={(code) => set('regionCode', code)} error={fields.regionCode} />
          ) : null}
          <Checkbox
            label={t('staff.setOwnPassword')}
            description={t('staff.setOwnPasswordHint')}
            checked={form.ownPassword}
            onChange={(e) => set('ownPassword', e.currentTarget.checked)}
          />
          {form.ownPassword ? (
            <PasswordInput
              label={t('staff.initialPassword')}
              description={t('auth.passwordRule', { count: 10 })}
              autoComplete="new-password"
              required
              value={form.password}
              onChange={(e) => set('password', e.currentTarget.value)}
              error={fields.password}
              visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
            />
          ) : null}
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('staff.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
