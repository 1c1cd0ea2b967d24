import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../app/errors';
import { useFormat } from '../../app/i18n';
import { useRegisterReply, type LetterDto } from './correspondence.api';
import { todayInAlmaty } from './LetterFormModal';

type Props = { letter: LetterDto | null; onClose: () => void; onRegistered: (reply: LetterDto) => void };

const emptyForm = () => ({ number: '', letterDate: todayInAlmaty(), counterparty: '', subject: '' });

/** Registers the incoming answer to an outgoing letter; sender and subject default to the letter's. */
export function ReplyModal({ letter, onClose, onRegistered }: Props) {
  const { t } = useTranslation();
  // On a phone the form takes the whole screen, so the keyboard leaves room for the fields.
  const small = useMediaQuery('(max-width: 36em)');
  const format = useFormat();
  const register = useRegisterReply();
  const [form, setForm] = useState(emptyForm);
  useEffect(() => {
    if (letter) setForm(emptyForm());
  }, [letter]);
  const set = (key: keyof ReturnType<typeof emptyForm>) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const close = () => {
    register.reset();
    onClose();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!letter) return;
    try {
      const result = await register.mutateAsync({
        id: letter.id,
        input: {
          number: form.number.trim(),
          letterDate: form.letterDate,
          ...(form.counterparty.trim() ? { counterparty: form.counterparty.trim() } : {}),
          ...(form.subject.trim() ? { subject: form.subject.trim() } : {}),
        },
      });
      register.reset();
      onRegistered(result.reply);
    } catch {
      // Shown from register.error below.
    }
  };

  const fields = fieldErrors(register.error);
  const general = register.error && !Object.keys(fields).length;
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={letter !== null} onClose={close} title={t('correspondence.replyTitle')} size="lg" fullScreen={small} centered>
      {letter ? (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('correspondence.replyTo', { number: letter.number, date: format.date(letter.letterDate), counterparty: letter.counterparty })}
            </Text>
            {general ? (
              <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
                {errorMessage(register.error, t)}
              </Alert>
            ) : null}
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="md">
              <TextInput
                label={t('correspondence.number')}
                description={t('correspondence.numberHintIncoming')}
                required
                maxLength={60}
                value={form.number}
                onChange={(e) => set('number')(e.currentTarget.value)}
                error={fields.number}
                data-autofocus
              />
              <TextInput
                label={t('correspondence.letterDate')}
                type="date"
                required
                min={letter.letterDate}
                value={form.letterDate}
                onChange={(e) => set('letterDate')(e.currentTarget.value)}
                error={fields.letterDate}
              />
            </SimpleGrid>
            <TextInput
              label={t('correspondence.sender')}
              description={t('correspondence.defaultsToLetter')}
              placeholder={letter.counterparty}
              maxLength={500}
              value={form.counterparty}
              onChange={(e) => set('counterparty')(e.currentTarget.value)}
              error={fields.counterparty}
            />
            <Textarea
              label={t('correspondence.subject')}
              description={t('correspondence.defaultsToLetter')}
              placeholder={letter.subject}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={2000}
              value={form.subject}
              onChange={(e) => set('subject')(e.currentTarget.value)}
              error={fields.subject}
            />
            <Group justify="flex-end" gap="sm" mt="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={register.isPending}>
                {t('correspondence.replySubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
