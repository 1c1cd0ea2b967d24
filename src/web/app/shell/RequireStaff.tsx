import { Center, Loader } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ForcedPasswordChangePage } from '../../features/auth/ForcedPasswordChangePage';
import { isAdmin, useSession } from '../session';
import { ForbiddenPage } from '../StatusPages';
import { StaffShell } from './StaffShell';

export type LoginState = { from?: string; expired?: boolean };

/**
 * The gate of the console: sign-in first, then a forced password change for
 * accounts whose password someone else set, then the shell.
 */
export function RequireStaff() {
  const { t } = useTranslation();
  const { user, loading, expired, signedOut } = useSession();
  const location = useLocation();
  if (loading) {
    return (
      <Center mih="100vh" role="status">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (!user) {
    const state: LoginState = signedOut ? {} : { from: location.pathname + location.search, expired };
    return <Navigate to="/staff/login" replace state={state} />;
  }
  // Only console pages raise notifications, so their container (and its
  // transitions) comes with the console's chunk, not with the public portal.
  return (
    <>
      <Notifications position="top-right" zIndex={1000} />
      {user.mustChangePassword ? (
        <ForcedPasswordChangePage />
      ) : (
        <StaffShell>
          <Outlet />
        </StaffShell>
      )}
    </>
  );
}

/** Admin pages: other roles get the 403 page inside the shell; the API refuses them too. */
export function RequireAdmin() {
  const { user } = useSession();
  return isAdmin(user) ? <Outlet /> : <ForbiddenPage />;
}
