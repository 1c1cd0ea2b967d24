import { Alert, Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { dateTime } from '../../app/format';
import { almatyDay, almatyInstant } from '../../../server/modules/calendar/working-days';
import type { Language } from '../../../lib/i18n';
import { useDeadlineCheck } from './supportAdmin.api';

/** Lets the admin check the calendar: when does a deadline of N working days from a moment fall due? */
export function DeadlineCalculator() {
  const { t, i18n } = useTranslation();
  const check = useDeadlineCheck();
  const [day, setDay] = useState(() => almatyDay(new Date()));
  const [time, setTime] = useState('10:00');
  const [days, setDays] = useState<number>(15);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const [hours = 0, minutes = 0] = time.split(':').map(Number);
    // The moment is Almaty time whatever the admin's computer says, as deadlines are.
    const from = new Date(almatyInstant(day, hours).getTime() + minutes * 60_000);
    if (Number.isNaN(from.getTime())) return;
    check.mutate({ from: from.toISOString(), days });
  };

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="deadline-calculator-title">
      <Title order={2} size="h4" id="deadline-calculator-title" mb={4}>
        {t('calendarAdmin.calculatorTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('calendarAdmin.calculatorLead')}
      </Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Group align="flex-end" gap="md" wrap="wrap">
            <TextInput label={t('calendarAdmin.calculatorFrom')} type="date" required value={day} onChange={(e) => setDay(e.currentTarget.value)} />
            <TextInput label={t('calendarAdmin.calculatorTime')} type="time" required value={time} onChange={(e) => setTime(e.currentTarget.value)} w={160} />
            <NumberInput
              label={t('calendarAdmin.calculatorDays')}
              required
              min={0}
              max={365}
              allowDecimal={false}
              value={days}
              onChange={(value) => setDays(typeof value === 'number' ? value : Number(value) || 0)}
              w={160}
            />
            <Button type="submit" loading={check.isPending} disabled={!day}>
              {t('calendarAdmin.calculate')}
            </Button>
          </Group>
          <div role="status" aria-live="polite">
            {check.data ? (
              <Text fw={600}>{t('calendarAdmin.calculatorResult', { due: dateTime(check.data.dueAt, i18n.language as Language) })}</Text>
            ) : null}
          </div>
          {check.error ? (
            <Alert color="red" role="alert">
              {errorMessage(check.error, t)}
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}
