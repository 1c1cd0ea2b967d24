import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconPrinter, IconRotate } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hashFor } from './guide-progress';
import type { GuideStepId } from './guide-steps';

/** The progress as a link to send, printing, and starting over. */
export function GuideTools({ done, onReset }: { done: readonly GuideStepId[]; onReset: () => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const link = `${window.location.origin}/guide${hashFor(done)}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      // No clipboard on a plain-http address: the link is selected for the reader to copy.
      input.current?.select();
      if (!document.execCommand?.('copy')) return;
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2500);
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} className="guide-no-print" component="section" aria-labelledby="guide-tools-title">
      <Stack gap="sm">
        <Text fw={700} id="guide-tools-title" component="h2" fz="md" m={0}>
          {t('guide.toolsTitle')}
        </Text>
        <TextInput ref={input} readOnly label={t('guide.shareLink')} description={t('guide.shareHint')} value={link} onFocus={(e) => e.currentTarget.select()} data-testid="guide-share-link" />
        <Group gap="xs">
          <Button variant="light" onClick={() => void copy()} leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}>
            {copied ? t('guide.copied') : t('guide.copyLink')}
          </Button>
          <Button variant="light" onClick={() => window.print()} leftSection={<IconPrinter size={18} aria-hidden />}>
            {t('guide.print')}
          </Button>
          <Button variant="subtle" color="gray.8" onClick={onReset} disabled={!done.length} leftSection={<IconRotate size={18} aria-hidden />}>
            {t('guide.reset')}
          </Button>
        </Group>
        <Text role="status" aria-live="polite" fz="sm" c="teal.9" mih={0}>
          {copied ? t('guide.copiedStatus') : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
