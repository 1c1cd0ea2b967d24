import { Alert, Button, Card, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconExternalLink, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CaseRegistered } from './support-intake.api';

type Props = { registered: CaseRegistered; onAnother: () => void };

/** The case number and access code: with both, the person follows the appeal on the portal. */
export function CaseRegisteredPanel({ registered, onAnother }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone; screen reader and keyboard users land on the result.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Card withBorder radius="lg" padding="xl" component="section" aria-labelledby="case-registered">
      <Stack gap="md">
        <Title order={2} size="h3" id="case-registered" ref={heading} tabIndex={-1}>
          {t('intake.registeredTitle')}
        </Title>
        <Group gap="xl" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('intake.caseNumber')}
            </Text>
            <Code fz="xl" px="md" py="xs" data-testid="case-number">
              {registered.number}
            </Code>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('intake.accessCode')}
            </Text>
            <Group gap="sm" wrap="nowrap">
              <Code fz="xl" px="md" py="xs" data-testid="access-code">
                {registered.accessCode}
              </Code>
              <CopyButton value={registered.accessCode}>
                {({ copied, copy }) => (
                  <Button
                    onClick={copy}
                    variant={copied ? 'light' : 'default'}
                    color={copied ? 'teal' : undefined}
                    leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                    aria-label={t('intake.copyAccessCode')}
                  >
                    {copied ? t('common.copied') : t('common.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Group>
        <Alert color="yellow" variant="light" c="dark" icon={<IconInfoCircle aria-hidden />}>
          {t('intake.handOverCode')}
        </Alert>
        <Group gap="sm">
          <Button component={Link} to={`/staff/cases/${registered.id}`} leftSection={<IconExternalLink size={18} aria-hidden />}>
            {t('intake.openCase')}
          </Button>
          <Button variant="default" onClick={onAnother} leftSection={<IconPlus size={18} aria-hidden />}>
            {t('intake.registerAnother')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
