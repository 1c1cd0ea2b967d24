import { Checkbox, FileInput, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/i18n';
import type { IntakeForm } from './intake-form';
import { acceptedFileTypes, maxFiles } from '../portal/appeal/appeal-files';
import { callOutcomes, localized, type TopicDto } from './support-intake.api';

type Errors = Record<string, string>;

/** The documents the front office saw in the original, ticked off the topic's checklist. */
export function DocumentsSeen({ topic, value, onChange, errors }: { topic: TopicDto | undefined; value: string[]; onChange: (codes: string[]) => void; errors: Errors }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!topic?.documents.length) return null;
  return (
    <Checkbox.Group label={t('intake.documentsSeen')} description={t('intake.documentsSeenHint')} value={value} onChange={onChange} error={errors['walkIn.documentsSeen']}>
      <Stack gap="xs" mt="xs">
        {topic.documents.map((doc) => (
          <Checkbox
            key={doc.code}
            value={doc.code}
            label={doc.required ? localized(doc.name, language) : t('intake.optionalDocument', { name: localized(doc.name, language) })}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

type CallProps = { value: IntakeForm['call']; onChange: (patch: Partial<IntakeForm['call']>) => void; errors: Errors };

/** How the call went; a callback becomes a task on the operator's list. */
export function CallDetails({ value, onChange, errors }: CallProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" verticalSpacing="md">
        <NumberInput
          label={t('intake.durationMinutes')}
          min={0}
          max={360}
          allowDecimal={false}
          allowNegative={false}
          value={value.minutes}
          onChange={(next) => onChange({ minutes: typeof next === 'number' ? next : '' })}
          error={errors['call.durationSeconds']}
        />
        <NumberInput
          label={t('intake.durationSeconds')}
          min={0}
          max={59}
          allowDecimal={false}
          allowNegative={false}
          value={value.seconds}
          onChange={(next) => onChange({ seconds: typeof next === 'number' ? next : '' })}
        />
        <Select
          label={t('intake.outcome')}
          required
          allowDeselect={false}
          data={callOutcomes.map((outcome) => ({ value: outcome, label: t(`cases.outcome.${outcome}`) }))}
          value={value.outcome}
          onChange={(next) => next && onChange({ outcome: next as IntakeForm['call']['outcome'] })}
          error={errors['call.outcome']}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <Checkbox label={t('intake.callbackNeeded')} checked={value.callbackNeeded} onChange={(e) => onChange({ callbackNeeded: e.currentTarget.checked })} />
      {value.callbackNeeded ? (
        <TextInput
          label={t('intake.callbackAt')}
          description={t('intake.callbackAtHint')}
          type="datetime-local"
          value={value.callbackAt}
          onChange={(e) => onChange({ callbackAt: e.currentTarget.value })}
          error={errors['call.callbackDueAt']}
          maw={320}
        />
      ) : null}
    </Stack>
  );
}

type LetterProps = {
  value: IntakeForm['letter'];
  files: File[];
  onChange: (patch: Partial<IntakeForm['letter']>) => void;
  onFiles: (files: File[]) => void;
  errors: Errors;
};

/** The incoming letter's registration and its scans. */
export function LetterDetails({ value, files, onChange, onFiles, errors }: LetterProps) {
  const { t } = useTranslation();
  const fileErrors = Object.entries(errors)
    .filter(([key]) => key.startsWith('attachments'))
    .map(([key, message]) => {
      const index = Number(key.split('.')[1]);
      const name = files[index]?.name;
      return name ? `${name}: ${message}` : message;
    });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
        <TextInput
          label={t('intake.registrationNumber')}
          description={t('intake.registrationNumberHint')}
          required
          maxLength={60}
          value={value.registrationNumber}
          onChange={(e) => onChange({ registrationNumber: e.currentTarget.value })}
          error={errors['letter.registrationNumber']}
        />
        <TextInput
          label={t('intake.registrationDate')}
          type="date"
          required
          value={value.registrationDate}
          onChange={(e) => onChange({ registrationDate: e.currentTarget.value })}
          error={errors['letter.registrationDate']}
        />
      </SimpleGrid>
      <FileInput
        label={t('intake.scans')}
        description={t('intake.scansHint', { max: maxFiles })}
        placeholder={t('intake.scansPlaceholder')}
        leftSection={<IconPaperclip size={16} aria-hidden />}
        multiple
        clearable
        accept={acceptedFileTypes}
        value={files}
        onChange={(next) => onFiles(next.slice(0, maxFiles))}
        error={fileErrors.length ? fileErrors.join(' ') : undefined}
        clearButtonProps={{ 'aria-label': t('intake.clearScans') }}
      />
      {files.length ? (
        <Text size="xs" c="dimmed">
          {t('intake.scansChosen', { count: files.length })}
        </Text>
      ) : null}
    </Stack>
  );
}
