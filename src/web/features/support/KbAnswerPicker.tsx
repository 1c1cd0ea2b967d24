import { Button, Group, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBook, IconLink, IconTextPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from './ActionError';
import { useKbAnswers } from './support.api';

type Props = { lang: 'kk' | 'ru' | 'en'; disabled?: boolean; onInsert: (text: string) => void };

/**
 * A knowledge-base article as a canned answer: found in the case's
 * language, put into the reply as its link or as its text.
 */
export function KbAnswerPicker({ lang, disabled, onInsert }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const answers = useKbAnswers(debounced, lang);
  const insert = (text: string) => {
    onInsert(text);
    setOpened(false);
  };
  return (
    <>
      <Button variant="default" size="xs" leftSection={<IconBook size={14} aria-hidden />} onClick={() => setOpened(true)} disabled={disabled}>
        {t('cases.kbAnswer.open')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('cases.kbAnswer.title', { language: t(`cases.language.${lang}`) })} size="lg">
        <Stack gap="sm">
          <TextInput label={t('cases.kbAnswer.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} data-autofocus />
          {answers.isFetching ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
          <ActionError error={answers.error} />
          {answers.data && !answers.data.length ? <Text c="dimmed">{t('cases.kbAnswer.none')}</Text> : null}
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {(answers.data ?? []).map((answer) => (
              <li key={answer.slug}>
                <Stack gap={4}>
                  <Text fw={600}>{answer.title}</Text>
                  {answer.summary ? (
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {answer.summary}
                    </Text>
                  ) : null}
                  <Group gap="xs">
                    <Button size="xs" variant="light" leftSection={<IconLink size={14} aria-hidden />} onClick={() => insert(`${answer.title}: ${answer.url}`)} aria-label={t('cases.kbAnswer.insertLinkOf', { title: answer.title })}>
                      {t('cases.kbAnswer.insertLink')}
                    </Button>
                    <Button size="xs" variant="light" leftSection={<IconTextPlus size={14} aria-hidden />} onClick={() => insert(answer.text)} aria-label={t('cases.kbAnswer.insertTextOf', { title: answer.title })}>
                      {t('cases.kbAnswer.insertText')}
                    </Button>
                  </Group>
                </Stack>
              </li>
            ))}
          </Stack>
        </Stack>
      </Modal>
    </>
  );
}
