import { Checkbox, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { consentVersion, retentionYears } from './appeal.api';

type Props = { checked: boolean; onChange: (checked: boolean) => void; error: string | undefined };

/**
 * Consent to the processing of personal data as the law asks for it
 * (Law No. 94-V of 21 May 2013, articles 7–8): what, why, how long, and how
 * to withdraw it. The version shown is the one the server records.
 */
export function ConsentField({ checked, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="appeal-consent-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="appeal-consent-title">
          {t('appeal.consentTitle')}
        </Title>
        <Text fz="sm">{t('appeal.consentBasis')}</Text>
        <List fz="sm" spacing={4}>
          <List.Item>{t('appeal.consentWhat')}</List.Item>
          <List.Item>{t('appeal.consentWhy')}</List.Item>
          <List.Item>{t('appeal.consentHowLong', { count: retentionYears })}</List.Item>
          <List.Item>{t('appeal.consentWithdraw')}</List.Item>
        </List>
        <Text fz="xs" c="dimmed">
          {t('appeal.consentVersion', { version: consentVersion })}
        </Text>
        <Checkbox
          size="md"
          required
          checked={checked}
          onChange={(e) => onChange(e.currentTarget.checked)}
          label={t('appeal.consentCheckbox')}
          error={error}
          styles={{ label: { fontWeight: 600 } }}
        />
      </Stack>
    </Paper>
  );
}
