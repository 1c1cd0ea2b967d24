import { Button, Card, Group, Select, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconSend } from '@tabler/icons-react';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../lib/i18n/core';
import { useLanguage } from '../../app/i18n';
import { ActionError } from './ActionError';
import { KbAnswerPicker } from './KbAnswerPicker';
import { replyStatuses, useCannedAnswers, useNote, useReply, type CaseDetailDto, type ReplyStatus } from './support.api';

type Props = { item: CaseDetailDto; replyRef: RefObject<HTMLTextAreaElement | null>; noteRef: RefObject<HTMLTextAreaElement | null> };

/** Puts text where the cursor is, or at the end, with a blank line between paragraphs. */
function insertAt(current: string, insert: string, textarea: HTMLTextAreaElement | null): string {
  const at = textarea && document.activeElement === textarea ? textarea.selectionStart : current.length;
  const before = current.slice(0, at).replace(/\s*$/, '');
  const after = current.slice(at);
  return `${before}${before ? '\n\n' : ''}${insert}${after}`;
}

function ReplyForm({ item, replyRef }: Pick<Props, 'item' | 'replyRef'>) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const caseLanguage = isLanguage(item.language) ? item.language : uiLanguage;
  const canned = useCannedAnswers(item.topicCode);
  const reply = useReply(item.id);
  const [body, setBody] = useState('');
  const [status, setStatus] = useState<ReplyStatus>('answered');

  const send = () =>
    reply.mutate(
      { body: body.trim(), status },
      {
        onSuccess: () => {
          setBody('');
          notifications.show({ color: 'teal', message: t('cases.replySent') });
        },
      },
    );

  return (
    <Card withBorder radius="lg" component="form" aria-labelledby="reply-heading" onSubmit={(e) => (e.preventDefault(), body.trim() && send())}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="reply-heading">
          {t('cases.replyTitle')}
        </Title>
        <Select
          label={t('cases.cannedAnswer')}
          description={t('cases.cannedHint', { language: t(`cases.language.${caseLanguage}`) })}
          placeholder={t('cases.chooseCanned')}
          data={(canned.data ?? []).filter((a) => a.active).map((a) => ({ value: a.id, label: a.title[uiLanguage] }))}
          value={null}
          onChange={(id) => {
            const answer = canned.data?.find((a) => a.id === id);
            if (answer) setBody((current) => insertAt(current, answer.body[caseLanguage], replyRef.current));
          }}
          searchable
          disabled={item.anonymized}
        />
        <Group>
          <KbAnswerPicker lang={caseLanguage} disabled={item.anonymized} onInsert={(text) => setBody((current) => insertAt(current, text, replyRef.current))} />
        </Group>
        <Textarea
          ref={replyRef}
          label={t('cases.replyBody')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          autosize
          minRows={4}
          maxRows={16}
          maxLength={10_000}
          disabled={item.anonymized}
        />
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('cases.statusAfterReply')}
            data={replyStatuses.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))}
            value={status}
            onChange={(value) => value && setStatus(value as ReplyStatus)}
            allowDeselect={false}
            style={{ flex: '0 1 240px' }}
          />
          <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} loading={reply.isPending} disabled={!body.trim() || item.anonymized}>
            {t('cases.sendReply')}
          </Button>
        </Group>
        <ActionError error={reply.error} />
      </Stack>
    </Card>
  );
}

function NoteForm({ item, noteRef }: Pick<Props, 'item' | 'noteRef'>) {
  const { t } = useTranslation();
  const note = useNote(item.id);
  const [body, setBody] = useState('');
  const save = () =>
    note.mutate(
      { body: body.trim() },
      {
        onSuccess: () => {
          setBody('');
          notifications.show({ color: 'teal', message: t('cases.noteAdded') });
        },
      },
    );
  return (
    <Card withBorder radius="lg" bg="yellow.0" component="form" aria-labelledby="note-heading" onSubmit={(e) => (e.preventDefault(), body.trim() && save())}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="note-heading">
          {t('cases.noteTitle')}
        </Title>
        <Textarea
          ref={noteRef}
          label={t('cases.noteBody')}
          description={t('cases.noteHint')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={10}
          maxLength={10_000}
        />
        <Group>
          <Button type="submit" variant="default" leftSection={<IconLock size={16} aria-hidden />} loading={note.isPending} disabled={!body.trim()}>
            {t('cases.addNote')}
          </Button>
        </Group>
        <ActionError error={note.error} />
      </Stack>
    </Card>
  );
}

/** Where staff write: the public reply, and the internal note beside it. */
export function CaseComposer({ item, replyRef, noteRef }: Props) {
  return (
    <Stack gap="md">
      <ReplyForm item={item} replyRef={replyRef} />
      <NoteForm item={item} noteRef={noteRef} />
    </Stack>
  );
}
