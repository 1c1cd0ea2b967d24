import { Alert, Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../app/errors';
import { useCreateLetter, type LetterDirection, type LetterDto } from './correspondence.api';

type Props = {
  /** The register to open the form on; null keeps the modal closed. */
  direction: LetterDirection | null;
  onClose: () => void;
  onCreated: (letter: LetterDto) => void;
};

/** Today on the Almaty calendar, as a date input wants it. */
export function todayInAlmaty(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

const emptyForm = (direction: LetterDirection) => ({
  direction,
  number: '',
  letterDate: todayInAlmaty(),
  counterparty: '',
  signatory: '',
  subject: '',
  replyDueDate: '',
});

/** Registers an outgoing or incoming letter. */
export function LetterFormModal({ direction, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  // On a phone the form takes the whole screen, so the keyboard leaves room for the fields.
  const small = useMediaQuery('(max-width: 36em)');
  const create = useCreateLetter();
  const [form, setForm] = useState(() => emptyForm(direction ?? 'outgoing'));
  useEffect(() => {
    if (direction) setForm(emptyForm(direction));
  }, [direction]);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const outgoing = form.direction === 'outgoing';

  const close = () => {
    create.reset();
    onClose();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const letter = await create.mutateAsync({
        direction: form.direction,
        number: form.number.trim(),
        letterDate: form.letterDate,
        counterparty: form.counterparty.trim(),
        signatory: form.signatory.trim(),
        subject: form.subject.trim(),
        ...(outgoing && form.replyDueDate ? { replyDueDate: form.replyDueDate } : {}),
      });
      create.reset();
      onCreated(letter);
    } catch {
      // Shown from create.error below.
    }
  };

  const fields = fieldErrors(create.error);
  const general = create.error && !Object.keys(fields).length;
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={direction !== null}
      onClose={close}
      title={t('correspondence.createTitle')}
      size="lg"
      fullScreen={small}
      centered
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {general ? (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {errorMessage(create.error, t)}
            </Alert>
          ) : null}
          <Stack gap={4}>
            <Text size="sm" fw={500} id="letter-direction-label">
              {t('correspondence.direction')}
            </Text>
            <SegmentedControl
              aria-labelledby="letter-direction-label"
              fullWidth
              value={form.direction}
              onChange={(value) => setForm((f) => ({ ...f, direction: value as LetterDirection, replyDueDate: '' }))}
              data={[
                { value: 'outgoing', label: t('correspondence.outgoing') },
                { value: 'incoming', label: t('correspondence.incoming') },
              ]}
            />
          </Stack>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="md">
            <TextInput
              label={t('correspondence.number')}
              description={outgoing ? t('correspondence.numberHintOutgoing') : t('correspondence.numberHintIncoming')}
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
              value={form.letterDate}
              onChange={(e) => set('letterDate')(e.currentTarget.value)}
              error={fields.letterDate}
            />
          </SimpleGrid>
          <TextInput
            label={outgoing ? t('correspondence.addressee') : t('correspondence.sender')}
            required
            maxLength={500}
            value={form.counterparty}
            onChange={(e) => set('counterparty')(e.currentTarget.value)}
            error={fields.counterparty}
          />
          <Textarea
            label={t('correspondence.subject')}
            required
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            value={form.subject}
            onChange={(e) => set('subject')(e.currentTarget.value)}
            error={fields.subject}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="md">
            <TextInput
              label={t('correspondence.signatory')}
              maxLength={200}
              value={form.signatory}
              onChange={(e) => set('signatory')(e.currentTarget.value)}
              error={fields.signatory}
            />
            {outgoing ? (
              <TextInput
                label={t('correspondence.replyDueDate')}
                description={t('correspondence.replyDueDateHint')}
                type="date"
                min={form.letterDate}
                value={form.replyDueDate}
                onChange={(e) => set('replyDueDate')(e.currentTarget.value)}
                error={fields.replyDueDate}
              />
            ) : null}
          </SimpleGrid>
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('correspondence.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
