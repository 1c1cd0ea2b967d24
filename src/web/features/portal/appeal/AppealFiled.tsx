import { Alert, Button, CopyButton, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconSearch } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AppealCreated } from './appeal.api';

/** A value to write down: large, selectable in one tap, with a copy button. */
function Credential({ label, value, copyLabel }: { label: string; value: string; copyLabel: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <Text fz="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Group justify="space-between" align="center" gap="sm" mt={4}>
        <Text ff="monospace" fz={{ base: 28, sm: 34 }} fw={800} lh={1.2} style={{ userSelect: 'all', letterSpacing: '0.04em', overflowWrap: 'anywhere' }}>
          {value}
        </Text>
        <CopyButton value={value} timeout={2500}>
          {({ copied, copy }) => (
            <Button size="md" variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy} aria-label={copied ? t('common.copied') : copyLabel} leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}>
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Paper>
  );
}

/**
 * The appeal is filed. The access code is shown this once (the server keeps
 * only its hash), so the page says so; the status link carries the number only.
 */
export function AppealFiled({ created, onAnother }: { created: AppealCreated; onAnother: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon color="teal" size={44} radius="xl" aria-hidden>
            <IconCheck size={26} />
          </ThemeIcon>
          <Title order={2} ref={heading} tabIndex={-1} fz={{ base: 22, sm: 28 }}>
            {t('appeal.filedTitle')}
          </Title>
        </Group>
        <Text>{t('appeal.filedLead')}</Text>
        <Credential label={t('appeal.caseNumber')} value={created.number} copyLabel={t('appeal.copyNumber')} />
        <Credential label={t('appeal.accessCode')} value={created.accessCode} copyLabel={t('appeal.copyCode')} />
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('appeal.keepCodeTitle')} styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}>
          {t('appeal.keepCodeText')}
        </Alert>
        <Button component={Link} to={`/appeal/status?number=${encodeURIComponent(created.number)}`} size="lg" leftSection={<IconSearch size={20} aria-hidden />}>
          {t('appeal.toStatus')}
        </Button>
        <Button variant="subtle" size="md" onClick={onAnother}>
          {t('appeal.another')}
        </Button>
      </Stack>
    </Paper>
  );
}
