import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';

/** Why an action failed, in the server's words (already in the user's language, 409s included). */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" title={t('common.actionFailed')}>
      {errorMessage(error, t)}
    </Alert>
  );
}
