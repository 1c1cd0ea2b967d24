import { Alert, Button, Card, Fieldset, Group, Stack, Tabs, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconBuildingStore, IconMail, IconPhoneCall } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../app/errors';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { useSession, type SessionUser } from '../../app/session';
import { todayInAlmaty } from '../correspondence/LetterFormModal';
import { CaseRegisteredPanel } from './CaseRegisteredPanel';
import { CallDetails, DocumentsSeen, LetterDetails } from './ChannelDetails';
import { ConsentCheckbox, RegionAndLanguage, TopicSelect } from './IntakeCommonFields';
import { IntakePersonFields } from './IntakePersonFields';
import { encodeFile } from '../portal/appeal/appeal-files';
import { emptyIntakeForm, personFieldsByChannel, toStaffCaseRequest, type IntakeForm } from './intake-form';
import { topicFields, useRegisterCase, useTopics, type CaseRegistered, type StaffChannel } from './support-intake.api';
import { TopicFieldInputs } from './TopicFieldInputs';

/** Each team starts on its own channel; anyone may switch. */
function defaultChannel(user: SessionUser | null): StaffChannel {
  if (user?.role === 'operator') return 'call';
  if (user?.role === 'back_office') return 'back_office';
  return 'front_office';
}

const channelTabs = [
  { value: 'front_office', icon: IconBuildingStore },
  { value: 'call', icon: IconPhoneCall },
  { value: 'back_office', icon: IconMail },
] as const;

/**
 * Registers an appeal that came in person, by phone or by post. The server
 * checks every field; its translated messages appear beside the inputs.
 */
export default function StaffIntakePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const fixedRegion = user?.role === 'front_office';
  const initialForm = () => emptyIntakeForm(fixedRegion ? (user?.regionCode ?? null) : null, todayInAlmaty());
  const [channel, setChannel] = useState<StaffChannel>(() => defaultChannel(user));
  const [form, setForm] = useState<IntakeForm>(initialForm);
  const [missingTopic, setMissingTopic] = useState(false);
  const [registered, setRegistered] = useState<CaseRegistered | null>(null);
  const topics = useTopics();
  const register = useRegisterCase();
  const topic = topics.data?.find((item) => item.code === form.topic);
  const definitions = topicFields(topic);

  const formRef = useRef<HTMLFormElement>(null);
  // After a refused submit, the keyboard lands on the first field to correct.
  useEffect(() => {
    if (register.error || missingTopic) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [register.error, missingTopic]);

  const patch = (next: Partial<IntakeForm>) => setForm((f) => ({ ...f, ...next }));
  const serverErrors = fieldErrors(register.error);
  const errors: Record<string, string> = {
    ...serverErrors,
    // A call's number is one input for the caller's phone and the call record.
    ...(serverErrors['call.phoneNumber'] ? { 'person.phone': serverErrors['person.phone'] ?? serverErrors['call.phoneNumber'] } : {}),
    ...(missingTopic ? { topic: t('intake.topicRequired') } : {}),
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setMissingTopic(!form.topic);
    if (!form.topic) return;
    try {
      const attachments = channel === 'back_office' && form.files.length ? await Promise.all(form.files.map(encodeFile)) : undefined;
      setRegistered(await register.mutateAsync(toStaffCaseRequest(channel, form, definitions, attachments)));
    } catch {
      // Shown from register.error.
    }
  };

  const startOver = () => {
    register.reset();
    setForm(initialForm());
    setRegistered(null);
  };

  const nameLabel = channel === 'call' ? t('intake.callerName') : channel === 'back_office' ? t('intake.senderName') : t('intake.applicantName');
  const messageLabel = channel === 'call' ? t('intake.callSummary') : channel === 'back_office' ? t('intake.letterSummary') : t('intake.request');
  const hasFieldErrors = Object.keys(errors).length > 0;

  return (
    <>
      <PageHeader title={t('intake.title')} description={t('intake.lead')} />
      {registered ? (
        <CaseRegisteredPanel registered={registered} onAnother={startOver} />
      ) : (
        <QueryState isPending={topics.isPending} error={topics.error} onRetry={() => void topics.refetch()}>
          <Tabs
            value={channel}
            onChange={(value) => {
              if (!value) return;
              register.reset();
              setChannel(value as StaffChannel);
            }}
            keepMounted={false}
          >
            <Tabs.List aria-label={t('intake.channel')}>
              {channelTabs.map(({ value, icon: Icon }) => (
                <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} aria-hidden />}>
                  {t(`intake.channels.${value}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value={channel} pt="md">
              <Card withBorder radius="lg" padding="lg" component="form" ref={formRef} onSubmit={onSubmit} noValidate aria-label={t(`intake.formLabel.${channel}`)}>
                <Stack gap="lg">
                  {register.error ? (
                    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
                      {hasFieldErrors ? t('intake.fixErrors') : errorMessage(register.error, t)}
                    </Alert>
                  ) : null}
                  <Fieldset legend={t('intake.appeal')} radius="md">
                    <Stack gap="md">
                      <TopicSelect
                        topics={topics.data ?? []}
                        value={form.topic}
                        loading={topics.isPending}
                        errors={errors}
                        onChange={(code) => {
                          setMissingTopic(false);
                          // Another topic asks other questions and another checklist.
                          patch({ topic: code, fields: {}, documentsSeen: [] });
                        }}
                      />
                      <TopicFieldInputs definitions={definitions} values={form.fields} errors={errors} onChange={(code, value) => patch({ fields: { ...form.fields, [code]: value } })} />
                      {channel === 'front_office' ? <DocumentsSeen topic={topic} value={form.documentsSeen} errors={errors} onChange={(documentsSeen) => patch({ documentsSeen })} /> : null}
                      <Textarea
                        label={messageLabel}
                        required
                        autosize
                        minRows={3}
                        maxRows={10}
                        maxLength={10_000}
                        value={form.message}
                        onChange={(e) => patch({ message: e.currentTarget.value })}
                        error={errors.message}
                      />
                      <RegionAndLanguage value={form} fixedRegion={fixedRegion} errors={errors} onChange={patch} />
                    </Stack>
                  </Fieldset>
                  <Fieldset legend={t(`intake.personLegend.${channel}`)} radius="md">
                    <IntakePersonFields
                      fields={personFieldsByChannel[channel]}
                      value={form.person}
                      nameLabel={nameLabel}
                      errors={errors}
                      onChange={(field, value) => patch({ person: { ...form.person, [field]: value } })}
                    />
                  </Fieldset>
                  {channel === 'call' ? (
                    <Fieldset legend={t('intake.callLegend')} radius="md">
                      <CallDetails value={form.call} errors={errors} onChange={(next) => patch({ call: { ...form.call, ...next } })} />
                    </Fieldset>
                  ) : null}
                  {channel === 'back_office' ? (
                    <Fieldset legend={t('intake.letterLegend')} radius="md">
                      <LetterDetails
                        value={form.letter}
                        files={form.files}
                        errors={errors}
                        onChange={(next) => patch({ letter: { ...form.letter, ...next } })}
                        onFiles={(files) => patch({ files })}
                      />
                    </Fieldset>
                  ) : null}
                  <ConsentCheckbox checked={form.consent} errors={errors} onChange={(consent) => patch({ consent })} />
                  <Group justify="flex-end">
                    <Button type="submit" loading={register.isPending}>
                      {t('intake.submit')}
                    </Button>
                  </Group>
                </Stack>
              </Card>
            </Tabs.Panel>
          </Tabs>
        </QueryState>
      )}
    </>
  );
}
