import { Alert, Divider, Modal, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../app/errors';
import { FormActions } from './FormActions';
import { LocalizedInputs, localizedErrors } from './LocalizedInputs';
import { emptyText, teamOptions, usePutTopic, type TopicDto, type TopicFieldInput, type TopicUpdateInput } from './supportAdmin.api';
import { DocumentsEditor, FieldsEditor } from './TopicListsEditor';

type Form = TopicUpdateInput & { code: string };

const topicCodePattern = /^[a-z][a-z0-9_]{1,39}$/;

function toForm(topic: TopicDto | null): Form {
  if (!topic) {
    return { code: '', name: emptyText(), description: emptyText(), team: 'front_office', deadlineWorkingDays: 15, fields: [], documents: [], keywords: '', active: true, sortOrder: 0 };
  }
  const { code, name, description, team, deadlineWorkingDays, documents, keywords, active, sortOrder } = topic;
  // The stored fields are the same objects the update accepts; the read contract only types them loosely.
  const fields = topic.fields as unknown as TopicFieldInput[];
  return { code, name, description, team, deadlineWorkingDays, fields, documents, keywords, active, sortOrder };
}

type Props = {
  /** The topic to edit, 'new' for a new one, null when closed. */
  topic: TopicDto | 'new' | null;
  onClose: () => void;
  onSaved: (topic: TopicDto) => void;
  /** Codes in use: PUT would overwrite such a topic, so a new one may not take them. */
  existingCodes: readonly string[];
};

/** Creates or edits a topic: names, deadline, team, documents checklist and extra form fields. */
export function TopicEditModal({ topic, onClose, onSaved, existingCodes }: Props) {
  const { t } = useTranslation();
  const small = useMediaQuery('(max-width: 48em)');
  const save = usePutTopic();
  const creating = topic === 'new';
  const [form, setForm] = useState<Form>(() => toForm(null));
  const [codeError, setCodeError] = useState<string | undefined>();
  useEffect(() => {
    if (topic) setForm(toForm(topic === 'new' ? null : topic));
    setCodeError(undefined);
  }, [topic]);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  const close = () => {
    save.reset();
    onClose();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const code = form.code.trim();
    // The code is the URL of the topic: an empty one names no route, a taken one would overwrite that topic.
    const codeProblem = !topicCodePattern.test(code) ? t('topicsAdmin.codeInvalid') : creating && existingCodes.includes(code) ? t('topicsAdmin.codeTaken') : undefined;
    setCodeError(codeProblem);
    if (codeProblem) return;
    const { code: _code, ...input } = form;
    try {
      const saved = await save.mutateAsync({ code, input: { ...input, keywords: input.keywords.trim() } });
      save.reset();
      onSaved(saved);
    } catch {
      // Shown from save.error below.
    }
  };

  const errors = fieldErrors(save.error);
  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={topic !== null}
      onClose={close}
      title={creating ? t('topicsAdmin.createTitle') : t('topicsAdmin.editTitle', { code: form.code })}
      size="xl"
      fullScreen={small}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {save.error ? (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {hasFieldErrors ? t('topicsAdmin.checkFields') : errorMessage(save.error, t)}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('topicsAdmin.code')}
              description={t('topicsAdmin.codeHint')}
              required
              maxLength={40}
              disabled={!creating}
              value={form.code}
              onChange={(e) => set('code', e.currentTarget.value)}
              error={codeError ?? errors.code}
              data-autofocus={creating || undefined}
            />
            <Select
              label={t('topicsAdmin.team')}
              required
              allowDeselect={false}
              data={teamOptions.map((value) => ({ value, label: t(`topicsAdmin.teams.${value}`) }))}
              value={form.team}
              onChange={(value) => value && set('team', value as Form['team'])}
              error={errors.team}
            />
          </SimpleGrid>
          <LocalizedInputs legend={t('topicsAdmin.name')} value={form.name} onChange={(v) => set('name', v)} errors={localizedErrors(errors, 'name')} />
          <LocalizedInputs legend={t('topicsAdmin.description')} value={form.description} onChange={(v) => set('description', v)} errors={localizedErrors(errors, 'description')} multiline maxLength={2000} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NumberInput
              label={t('topicsAdmin.deadline')}
              description={t('topicsAdmin.deadlineHint')}
              required
              min={1}
              max={90}
              allowDecimal={false}
              value={form.deadlineWorkingDays}
              onChange={(value) => set('deadlineWorkingDays', typeof value === 'number' ? value : Number(value) || 0)}
              error={errors.deadlineWorkingDays}
            />
            <NumberInput
              label={t('topicsAdmin.sortOrder')}
              min={0}
              max={1000}
              allowDecimal={false}
              value={form.sortOrder}
              onChange={(value) => set('sortOrder', typeof value === 'number' ? value : Number(value) || 0)}
              error={errors.sortOrder}
            />
            <Switch label={t('topicsAdmin.activeLabel')} checked={form.active} onChange={(e) => set('active', e.currentTarget.checked)} mt={{ sm: 32 }} />
          </SimpleGrid>
          <TextInput label={t('topicsAdmin.keywords')} description={t('topicsAdmin.keywordsHint')} maxLength={500} value={form.keywords} onChange={(e) => set('keywords', e.currentTarget.value)} error={errors.keywords} />
          <Divider />
          <DocumentsEditor items={form.documents} onChange={(v) => set('documents', v)} errors={errors} />
          <Divider />
          <FieldsEditor items={form.fields} onChange={(v) => set('fields', v)} errors={errors} />
          <FormActions onCancel={close} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
