import { Alert, Button, Paper, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { fieldErrors } from '../../../app/errors';
import { useAppealLookup, type AppealCredentials } from './appeal.api';
import { AppealLayout } from './AppealLayout';
import { appealErrorMessage, AppealStatusView } from './AppealStatusView';

/** /appeal/status: the number (perhaps from the link after filing) and the access code open the appeal. */
export default function AppealStatusPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [form, setForm] = useState({ number: params.get('number') ?? '', code: '' });
  // The code lives in memory only: never in the address, never in storage.
  const [opened, setOpened] = useState<AppealCredentials | null>(null);
  const lookup = useAppealLookup();
  // The value is read from the event now: the state update runs after the event is gone.
  const setField = (key: 'number' | 'code', value: string) => setForm((f) => ({ ...f, [key]: value }));
  const [tried, setTried] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const credentials = { number: form.number.trim(), code: form.code.trim().toUpperCase() };
    if (!credentials.number || !credentials.code) return;
    try {
      await lookup.mutateAsync(credentials);
      setOpened(credentials);
    } catch {
      // Shown below from lookup.error.
    }
  };
  const close = () => {
    setOpened(null);
    setForm((f) => ({ ...f, code: '' }));
    setTried(false);
    lookup.reset();
  };

  const fields = fieldErrors(lookup.error);
  return (
    <AppealLayout title={t('appeal.statusPageTitle')} lead={t('appeal.statusPageLead')}>
      {opened && lookup.data ? (
        <AppealStatusView credentials={opened} initial={lookup.data} onClose={close} />
      ) : (
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="md">
              <TextInput
                size="md"
                label={t('appeal.caseNumber')}
                placeholder="2026-000123"
                required
                autoComplete="off"
                inputMode="numeric"
                maxLength={20}
                value={form.number}
                onChange={(e) => setField('number', e.currentTarget.value)}
                error={fields.number ?? (tried && !form.number.trim() ? t('appeal.problem_required') : undefined)}
              />
              <TextInput
                size="md"
                label={t('appeal.accessCode')}
                description={t('appeal.accessCodeHint')}
                placeholder="ABCD-EFGH"
                required
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={20}
                value={form.code}
                onChange={(e) => setField('code', e.currentTarget.value)}
                error={fields.code ?? (tried && !form.code.trim() ? t('appeal.problem_required') : undefined)}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.05em' } }}
              />
              {lookup.error && !Object.keys(fields).length ? (
                <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
                  {appealErrorMessage(lookup.error, t)}
                </Alert>
              ) : null}
              <Button type="submit" size="lg" loading={lookup.isPending} leftSection={<IconSearch size={20} aria-hidden />}>
                {t('appeal.lookup')}
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
    </AppealLayout>
  );
}
