import { Alert, Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../app/session';
import { AuthLayout } from './AuthLayout';
import { ChangePasswordForm } from './ChangePasswordForm';

/**
 * Whoever received a password from an administrator replaces it before
 * anything else; the console shows nothing until then.
 */
export function ForcedPasswordChangePage() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <AuthLayout title={t('auth.forcedTitle')} lead={t('auth.forcedLead', { name: user?.displayName ?? '' })}>
      <Alert color="otandas" variant="light" icon={<IconShieldLock aria-hidden />} mb="lg">
        {t('auth.forcedHint')}
      </Alert>
      <ChangePasswordForm
        submitLabel={t('auth.setPassword')}
        onDone={() => notifications.show({ color: 'teal', message: t('auth.passwordChanged') })}
        extraActions={
          <Button
            variant="subtle"
            color="gray.8"
            onClick={async () => {
              await signOut();
              navigate('/staff/login', { replace: true });
            }}
          >
            {t('auth.signOut')}
          </Button>
        }
      />
    </AuthLayout>
  );
}
