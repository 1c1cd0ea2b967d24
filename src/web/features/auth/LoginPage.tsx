import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconClockHour4 } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { errorMessage, fieldErrors } from '../../app/errors';
import { useSession } from '../../app/session';
import type { LoginState } from '../../app/shell/RequireStaff';
import { AuthLayout } from './AuthLayout';

/** Where to go after sign-in: back to the page that asked, but never off-site. */
function safeTarget(from: string | undefined): string {
  return from && from.startsWith('/staff') && !from.startsWith('/staff/login') ? from : '/staff';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { user, signIn, expired: sessionExpired } = useSession();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginState;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  if (user && !submitting) return <Navigate to={safeTarget(state.from)} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      navigate(safeTarget(state.from), { replace: true });
    } catch (failure) {
      setError(failure);
      setSubmitting(false);
    }
  };

  const fields = fieldErrors(error);
  const showExpired = (state.expired || sessionExpired) && !error;
  return (
    <AuthLayout
      title={t('auth.signInTitle')}
      lead={t('auth.signInLead')}
      footer={
        <Anchor component={Link} to="/" size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <IconArrowLeft size={14} aria-hidden />
          {t('auth.backToPortal')}
        </Anchor>
      }
    >
      <form onSubmit={onSubmit} noValidate aria-label={t('auth.signInTitle')}>
        <Stack gap="md">
          {showExpired ? (
            <Alert color="yellow" icon={<IconClockHour4 aria-hidden />} role="status" c="dark">
              {t('auth.sessionExpired')}
            </Alert>
          ) : null}
          {error && !Object.keys(fields).length ? (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {errorMessage(error, t)}
            </Alert>
          ) : null}
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fields.email}
            data-autofocus
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fields.password}
            visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
          />
          <Button type="submit" size="md" loading={submitting} fullWidth mt="xs">
            {t('auth.signIn')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
