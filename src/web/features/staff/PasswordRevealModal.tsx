import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Props = { reveal: { email: string; password: string } | null; onClose: () => void };

/**
 * A generated password is shown once: the server keeps only its hash. The
 * administrator copies it now and hands it over by a safe channel.
 */
export function PasswordRevealModal({ reveal, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={reveal !== null} onClose={onClose} title={t('staff.passwordRevealTitle')} centered size="md">
      {reveal ? (
        <Stack gap="md">
          <Text>{t('staff.passwordRevealFor', { email: reveal.email })}</Text>
          <Group gap="sm" wrap="nowrap" align="stretch">
            <Code
              block
              fz="lg"
              px="md"
              py="sm"
              style={{ flex: 1, overflowWrap: 'anywhere', whiteSpace: 'normal' }}
              data-testid="generated-password"
            >
              {reveal.password}
            </Code>
            <CopyButton value={reveal.password}>
              {({ copied, copy }) => (
                <Button
                  onClick={copy}
                  variant={copied ? 'light' : 'filled'}
                  color={copied ? 'teal' : undefined}
                  leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                  style={{ height: 'auto' }}
                >
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} c="dark">
            {t('staff.passwordRevealWarning')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('staff.passwordRevealDone')}</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
