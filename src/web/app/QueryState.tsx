import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isForbidden } from './api';
import { errorMessage } from './errors';
import { ForbiddenPage } from './StatusPages';

type Props = { isPending: boolean; error: unknown; onRetry?: () => void; children: ReactNode };

/**
 * Loading, failure and the data, in one place. A 403 from the API renders the
 * same "no access" page as the console's own role check.
 */
export function QueryState({ isPending, error, onRetry, children }: Props) {
  const { t } = useTranslation();
  if (error && isForbidden(error)) return <ForbiddenPage />;
  if (error) {
    return (
      <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('common.loadFailed')} role="alert">
        <Stack gap="sm" align="flex-start">
          {errorMessage(error, t)}
          {onRetry ? (
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          ) : null}
        </Stack>
      </Alert>
    );
  }
  if (isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  return <>{children}</>;
}
