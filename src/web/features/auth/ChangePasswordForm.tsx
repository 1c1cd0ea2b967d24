import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../app/errors';
import { useSession } from '../../app/session';

/** The server's rule (staff.schema.ts), checked here too for a quicker answer. */
export const minPasswordLength = 10;

type Props = { onDone: () => void; submitLabel: string; extraActions?: ReactNode };

export function ChangePasswordForm({ onDone, submitLabel, extraActions }: Props) {
  const { t } = useTranslation();
  const { changePassword } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!current) problems.currentPassword = t('auth.fieldRequired');
    if (next.length < minPasswordLength) problems.newPassword = t('auth.passwordTooShort', { count: minPasswordLength });
    if (confirm !== next) problems.confirm = t('auth.passwordsDiffer');
    setLocal(problems);
    setError(null);
    if (Object.keys(problems).length) return;
    setSubmitting(true);
    try {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      onDone();
    } catch (failure) {
      setError(failure);
    } finally {
      setSubmitting(false);
    }
  };

  const server = fieldErrors(error);
  const serverOnly = error && !Object.keys(server).length;
  const toggle = { 'aria-label': t('auth.togglePassword') };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('auth.changePasswordTitle')}>
      <Stack gap="md">
        {serverOnly ? (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {errorMessage(error, t)}
          </Alert>
        ) : null}
        <PasswordInput
          label={t('auth.currentPassword')}
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={local.currentPassword ?? server.currentPassword}
          visibilityToggleButtonProps={toggle}
        />
        <PasswordInput
          label={t('auth.newPassword')}
          description={t('auth.passwordRule', { count: minPasswordLength })}
          autoComplete="new-password"
          required
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={local.newPassword ?? server.newPassword}
          visibilityToggleButtonProps={toggle}
        />
        <PasswordInput
          label={t('auth.confirmPassword')}
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={local.confirm}
          visibilityToggleButtonProps={toggle}
        />
        <Group justify="space-between" mt="xs" gap="sm">
          {extraActions}
          <Button type="submit" loading={submitting} ml="auto">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
