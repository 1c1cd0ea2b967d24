import { Alert, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../app/errors';
import { FormActions } from './FormActions';
import { LocalizedInputs, localizedErrors } from './LocalizedInputs';
import { emptyText, usePutCalendarDay, type CalendarDayDto, type PutCalendarDayInput } from './supportAdmin.api';

export const dayKinds: readonly PutCalendarDayInput['kind'][] = ['holiday', 'day_off', 'working_day'];

type Form = PutCalendarDayInput & { day: string };

type Props = {
  /** The day to edit, or `{ newIn: year }` for a new one; null when closed. */
  target: CalendarDayDto | { newIn: number } | null;
  onClose: () => void;
  onSaved: (day: CalendarDayDto) => void;
};

function toForm(target: Props['target']): Form {
  if (target && 'day' in target) return { day: target.day, kind: target.kind, name: target.name, basis: target.basis };
  return { day: target ? `${target.newIn}-01-01` : '', kind: 'holiday', name: emptyText(), basis: '' };
}

/** Adds or changes one exception of the working-day calendar. */
export function CalendarDayModal({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const save = usePutCalendarDay();
  const editing = Boolean(target && 'day' in target);
  const [form, setForm] = useState<Form>(() => toForm(null));
  const [dayError, setDayError] = useState<string | undefined>();
  useEffect(() => {
    if (target) setForm(toForm(target));
    setDayError(undefined);
  }, [target]);

  const close = () => {
    save.reset();
    onClose();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // The day is the URL: without one there is nothing to send.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.day)) {
      setDayError(t('calendarAdmin.dayRequired'));
      return;
    }
    setDayError(undefined);
    const { day, ...input } = form;
    try {
      const saved = await save.mutateAsync({ day, input: { ...input, basis: input.basis.trim() } });
      save.reset();
      onSaved(saved);
    } catch {
      // Shown from save.error below.
    }
  };

  const errors = fieldErrors(save.error);
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={target !== null}
      onClose={close}
      title={editing ? t('calendarAdmin.editTitle', { day: form.day }) : t('calendarAdmin.createTitle')}
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {save.error && !Object.keys(errors).length ? (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {errorMessage(save.error, t)}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('calendarAdmin.day')}
              type="date"
              required
              disabled={editing}
              value={form.day}
              onChange={(e) => setForm((f) => ({ ...f, day: e.currentTarget.value }))}
              error={dayError ?? errors.day}
              data-autofocus={!editing || undefined}
            />
            <Select
              label={t('calendarAdmin.kind')}
              required
              allowDeselect={false}
              data={dayKinds.map((value) => ({ value, label: t(`calendarAdmin.kinds.${value}`) }))}
              value={form.kind}
              onChange={(value) => value && setForm((f) => ({ ...f, kind: value as Form['kind'] }))}
              error={errors.kind}
            />
          </SimpleGrid>
          <LocalizedInputs legend={t('calendarAdmin.name')} value={form.name} onChange={(name) => setForm((f) => ({ ...f, name }))} errors={localizedErrors(errors, 'name')} />
          <TextInput
            label={t('calendarAdmin.basis')}
            description={t('calendarAdmin.basisHint')}
            required
            maxLength={500}
            value={form.basis}
            onChange={(e) => setForm((f) => ({ ...f, basis: e.currentTarget.value }))}
            error={errors.basis}
          />
          <FormActions onCancel={close} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
