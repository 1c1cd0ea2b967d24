import { Alert, Box, Button, Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconSend } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api';
import { errorMessage, fieldErrors } from '../../../app/errors';
import { useLanguage } from '../../../app/i18n';
import { regionName, sortByName, usePriorityRegions, useRegions } from '../../reference/regions/regions.api';
import { localized, useAppealTopics, useFileAppeal, type AppealCreated } from './appeal.api';
import { encodeFile } from './appeal-files';
import { emptyAppealForm, formProblems, minMessageLength, newIdempotencyKey, toAppealRequest, type AppealFormValues } from './appeal-form';
import { AttachmentsField } from './AttachmentsField';
import { ConsentField } from './ConsentField';
import { TopicDetails } from './TopicDetails';
import { useProofOfWork } from './useProofOfWork';

function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} fz="lg" id={id} mb="md">
        {title}
      </Title>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}

/** The regions as a list with the priority ones first, since most kandas move to those. */
function useRegionOptions() {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = useRegions();
  const priority = usePriorityRegions();
  return useMemo(() => {
    const priorityCodes = new Set((priority.data ?? []).map((r) => r.regionCode));
    const sorted = sortByName(regions.data ?? [], (r) => regionName(r, language, t), language).map((r) => ({ value: r.code, label: regionName(r, language, t) }));
    const first = sorted.filter((r) => priorityCodes.has(r.value));
    const rest = sorted.filter((r) => !priorityCodes.has(r.value));
    return [
      { value: '', label: t('appeal.regionNone') },
      ...(first.length ? [{ group: t('appeal.regionPriority'), items: first }, { group: t('appeal.regionOther'), items: rest }] : rest),
    ];
  }, [regions.data, priority.data, language, t]);
}

/** The public appeal form. The proof of work starts with the form; one key per filled form makes sending safe to repeat. */
export function AppealForm({ onFiled, initialMessage = '' }: { onFiled: (created: AppealCreated) => void; initialMessage?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const topics = useAppealTopics();
  const regionOptions = useRegionOptions();
  const proof = useProofOfWork();
  const fileAppeal = useFileAppeal();
  const [values, setValues] = useState<AppealFormValues>(() => ({ ...emptyAppealForm(), message: initialMessage }));
  const [files, setFiles] = useState<File[]>([]);
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());
  const formRef = useRef<HTMLFormElement>(null);

  const topic = topics.data?.find((item) => item.code === values.topic);
  const set = <K extends keyof AppealFormValues>(key: K) => (value: AppealFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setField = (code: string, value: string | string[]) => setValues((v) => ({ ...v, fields: { ...v.fields, [code]: value } }));

  const local = tried ? formProblems(values, topic) : {};
  const server = fieldErrors(fileAppeal.error);
  const errors: Record<string, string | undefined> = { ...Object.fromEntries(Object.entries(local).map(([k, problem]) => [k, t(`appeal.problem_${problem}`, { min: minMessageLength })])), ...server };
  const general = fileAppeal.error && !Object.keys(server).length ? fileAppeal.error : null;

  // After a refused send, the first field with a problem gets the focus.
  const [focusTick, setFocusTick] = useState(0);
  useEffect(() => {
    const target = focusTick ? formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]') : null;
    // Centred rather than at the top, where the sticky header would cover it.
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [focusTick]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setTried(true);
    fileAppeal.reset();
    if (Object.keys(formProblems(values, topic)).length) {
      setFocusTick((n) => n + 1);
      return;
    }
    setSending(true);
    try {
      const [solved, attachments] = await Promise.all([proof.fresh(), Promise.all(files.map(encodeFile))]);
      const input = toAppealRequest(values, topic, { language, proof: solved, attachments });
      onFiled(await fileAppeal.mutateAsync({ input, idempotencyKey: idempotencyKey.current }));
    } catch (error) {
      // A refusal (422) filed nothing, so the corrected form may go with a new key;
      // after a network failure or a server error the key stays, and a retry cannot file twice.
      if (error instanceof ApiError && error.status === 422) {
        idempotencyKey.current = newIdempotencyKey();
        if ('proof' in error.fieldErrors) proof.renew();
      }
      setFocusTick((n) => n + 1);
    } finally {
      setSending(false);
    }
  };

  const waitingForProof = sending && proof.phase === 'preparing';
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-describedby="appeal-required-note">
      <Stack gap="lg">
        <Text fz="sm" c="dimmed" id="appeal-required-note">
          {t('appeal.requiredNote')}
        </Text>
        <FormSection id="appeal-section-question" title={t('appeal.sectionQuestion')}>
          <NativeSelect
            size="md"
            label={t('appeal.topic')}
            required
            value={values.topic}
            onChange={(e) => {
              const code = e.currentTarget.value;
              // A topic's own answers do not carry over to another topic.
              setValues((v) => ({ ...v, topic: code, fields: {} }));
            }}
            error={errors.topic}
            disabled={!topics.data}
            data={[{ value: '', label: topics.isPending ? t('common.loading') : t('appeal.choose') }, ...(topics.data ?? []).map((item) => ({ value: item.code, label: localized(item.name, language) }))]}
            description={topic ? localized(topic.description, language) : undefined}
          />
          {topics.error ? (
            <Alert color="red" role="alert" icon={<IconAlertTriangle aria-hidden />}>
              {errorMessage(topics.error, t)}
            </Alert>
          ) : null}
          {topic ? <TopicDetails topic={topic} values={values.fields} errors={errors} onChange={setField} /> : null}
          <Textarea
            size="md"
            label={t('appeal.message')}
            description={t('appeal.messageHint', { min: minMessageLength })}
            required
            autosize
            minRows={5}
            maxLength={10_000}
            value={values.message}
            onChange={(e) => set('message')(e.currentTarget.value)}
            error={errors.message}
          />
        </FormSection>

        <FormSection id="appeal-section-contacts" title={t('appeal.sectionContacts')}>
          <Text fz="sm" c="dimmed" mt={-8}>
            {t('appeal.contactsHint')}
          </Text>
          <TextInput size="md" label={t('appeal.name')} required autoComplete="name" maxLength={200} value={values.name} onChange={(e) => set('name')(e.currentTarget.value)} error={errors['person.name']} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput size="md" label={t('appeal.iin')} description={t('appeal.iinHint')} inputMode="numeric" autoComplete="off" maxLength={14} value={values.iin} onChange={(e) => set('iin')(e.currentTarget.value)} error={errors['person.iin']} />
            <TextInput size="md" label={t('appeal.birthDate')} type="date" max={new Date().toISOString().slice(0, 10)} min="1900-01-01" autoComplete="bday" value={values.birthDate} onChange={(e) => set('birthDate')(e.currentTarget.value)} error={errors['person.birthDate']} />
            <TextInput size="md" label={t('appeal.phone')} description={t('appeal.phoneHint')} type="tel" autoComplete="tel" maxLength={40} value={values.phone} onChange={(e) => set('phone')(e.currentTarget.value)} error={errors['person.phone']} />
            <TextInput size="md" label={t('appeal.email')} type="email" autoComplete="email" maxLength={254} value={values.email} onChange={(e) => set('email')(e.currentTarget.value)} error={errors['person.email']} />
            <TextInput size="md" label={t('appeal.telegram')} description={t('appeal.telegramHint')} autoComplete="off" autoCapitalize="none" maxLength={60} value={values.telegram} onChange={(e) => set('telegram')(e.currentTarget.value)} error={errors['person.telegram']} />
            <NativeSelect size="md" label={t('appeal.region')} description={t('appeal.regionHint')} data={regionOptions} value={values.region} onChange={(e) => set('region')(e.currentTarget.value)} error={errors.region} />
          </SimpleGrid>
        </FormSection>

        <FormSection id="appeal-section-files" title={t('appeal.sectionFiles')}>
          <AttachmentsField files={files} onChange={setFiles} errors={errors} />
        </FormSection>

        <ConsentField checked={values.consent} onChange={set('consent')} error={errors.consent} />

        {/* Kept off screen and out of the accessibility tree: only a bot fills it. */}
        <Box aria-hidden style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}>
          <label htmlFor="appeal-website">{t('appeal.websiteLabel')}</label>
          <input id="appeal-website" name="website" type="text" tabIndex={-1} autoComplete="off" value={values.website} onChange={(e) => set('website')(e.currentTarget.value)} />
        </Box>

        {general ? (
          <Alert color="red" role="alert" tabIndex={-1} icon={<IconAlertTriangle aria-hidden />}>
            {general instanceof ApiError && general.status === 413 ? t('appeal.filesTooLargeTogether') : errorMessage(general, t)}
          </Alert>
        ) : tried && Object.keys(errors).some((k) => errors[k]) ? (
          <Alert color="red" role="alert" tabIndex={-1} icon={<IconAlertTriangle aria-hidden />}>
            {t('appeal.fixFields')}
          </Alert>
        ) : null}

        <Stack gap="xs">
          <Button type="submit" size="lg" fullWidth loading={sending} leftSection={<IconSend size={20} aria-hidden />}>
            {t('appeal.submit')}
          </Button>
          <ProofStatus phase={proof.phase} waiting={waitingForProof} onRetry={proof.renew} />
        </Stack>
      </Stack>
    </form>
  );
}

/** The anti-bot check, said plainly: people see that the form is getting ready, not why. */
function ProofStatus({ phase, waiting, onRetry }: { phase: 'preparing' | 'ready' | 'failed'; waiting: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  if (phase === 'failed') {
    return (
      <Alert color="orange" role="alert" p="xs">
        <Group gap="xs" justify="space-between">
          <Text fz="sm">{t('appeal.proofFailed')}</Text>
          <Button size="sm" variant="white" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      </Alert>
    );
  }
  return (
    <Group gap={6} justify="center" role="status" aria-live="polite">
      {phase === 'ready' ? <IconCircleCheck size={18} color="var(--mantine-color-teal-8)" aria-hidden /> : <Loader size={14} aria-hidden />}
      <Text fz="sm">{phase === 'ready' ? t('appeal.proofReady') : waiting ? t('appeal.proofWaiting') : t('appeal.proofPreparing')}</Text>
    </Group>
  );
}
