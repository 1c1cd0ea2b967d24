import { ActionIcon, Button, Checkbox, Group, NativeSelect, NumberInput, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n';
import { placeName, useRegionSummaries } from '../advisor.api';
import { type AdvisorState } from '../advisor-url';
import { AdvisorLayout } from '../ui/AdvisorLayout';
import { emptyWizardAnswers, maxChildAge, PROFESSIONS, SCHOOL_LANGUAGES, WIZARD_NEEDS, wizardToState, type WizardAnswers, type WizardNeed } from '../wizard-answers';
import { WizardResults } from './WizardResults';

const maxChildren = 10;
const ageOptions = Array.from({ length: maxChildAge + 1 }, (_, age) => String(age));

function Step({ id, number, title, children }: { id: string; number: number; title: string; children: ReactNode }) {
  return (
    <Paper component="fieldset" withBorder radius="md" p="md" m={0} aria-labelledby={id} style={{ minWidth: 0 }}>
      <Text component="legend" id={id} fw={700} fz="md" px={4}>
        {number}. {title}
      </Text>
      {children}
    </Paper>
  );
}

/** /advisor/wizard: a family answers a few questions and gets settlements that fit, each explained. */
export default function WizardPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = useRegionSummaries();
  const priority = (regions.data ?? []).filter((r) => r.priority);
  const [answers, setAnswers] = useState<WizardAnswers>(emptyWizardAnswers);
  const [result, setResult] = useState<AdvisorState | null>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const set = (patch: Partial<WizardAnswers>) => setAnswers((a) => ({ ...a, ...patch }));
  const setAge = (index: number, age: number) => set({ childrenAges: answers.childrenAges.map((a, i) => (i === index ? age : a)) });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setResult(wizardToState(answers));
    // The results replace nothing on screen, so the focus goes to them.
    window.setTimeout(() => resultsRef.current?.focus(), 0);
  };

  return (
    <AdvisorLayout title={t('advisor.wizard.title')} lead={t('advisor.wizard.lead')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Step id="wizard-profession" number={1} title={t('advisor.wizard.profession')}>
            <Radio.Group value={answers.profession} onChange={(value) => set({ profession: PROFESSIONS.find((p) => p === value) ?? 'other' })} aria-labelledby="wizard-profession">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
                {PROFESSIONS.map((profession) => (
                  <Radio key={profession} value={profession} label={t(`advisor.professions.${profession}`)} />
                ))}
              </SimpleGrid>
            </Radio.Group>
          </Step>

          <Step id="wizard-family" number={2} title={t('advisor.wizard.family')}>
            <Stack gap="sm">
              <NumberInput
                label={t('advisor.wizard.familySize')}
                min={1}
                max={20}
                value={answers.familySize}
                onChange={(value) => set({ familySize: Math.max(1, Math.min(20, Number(value) || 1)) })}
                maw={200}
              />
              <Text fw={600} fz="sm" id="wizard-children">
                {t('advisor.wizard.children')}
              </Text>
              {answers.childrenAges.length === 0 ? (
                <Text fz="sm" c="dimmed">
                  {t('advisor.wizard.noChildren')}
                </Text>
              ) : null}
              {answers.childrenAges.map((age, index) => (
                <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
                  <NativeSelect
                    label={t('advisor.wizard.childAge', { number: index + 1 })}
                    value={String(age)}
                    onChange={(e) => setAge(index, Number(e.currentTarget.value))}
                    data={ageOptions.map((value) => ({ value, label: t('advisor.wizard.years', { count: Number(value) }) }))}
                    w={180}
                  />
                  <ActionIcon
                    size="lg"
                    variant="subtle"
                    color="gray.8"
                    onClick={() => set({ childrenAges: answers.childrenAges.filter((_, i) => i !== index) })}
                    aria-label={t('advisor.wizard.removeChild', { number: index + 1 })}
                  >
                    <IconX size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              {answers.childrenAges.length < maxChildren ? (
                <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => set({ childrenAges: [...answers.childrenAges, 7] })} style={{ alignSelf: 'flex-start' }}>
                  {t('advisor.wizard.addChild')}
                </Button>
              ) : null}
            </Stack>
          </Step>

          <Step id="wizard-language" number={3} title={t('advisor.wizard.schoolLanguage')}>
            <Radio.Group value={answers.schoolLanguage} onChange={(value) => set({ schoolLanguage: SCHOOL_LANGUAGES.find((l) => l === value) ?? 'any' })} aria-labelledby="wizard-language">
              <Group gap="lg" mt="xs">
                {SCHOOL_LANGUAGES.map((lang) => (
                  <Radio key={lang} value={lang} label={t(`advisor.schoolLanguages.${lang}`)} />
                ))}
              </Group>
            </Radio.Group>
          </Step>

          <Step id="wizard-regions" number={4} title={t('advisor.wizard.regions')}>
            <Checkbox.Group value={answers.regions} onChange={(values) => set({ regions: values })} aria-labelledby="wizard-regions" description={t('advisor.controls.regionsHint')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
                {priority.map((region) => (
                  <Checkbox key={region.kato} value={region.kato} label={placeName(region.name, language)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Step>

          <Step id="wizard-needs" number={5} title={t('advisor.wizard.needs')}>
            <Checkbox.Group value={answers.needs} onChange={(values) => set({ needs: WIZARD_NEEDS.filter((n: WizardNeed) => values.includes(n)) })} aria-labelledby="wizard-needs">
              <Stack gap="xs" mt="xs">
                {WIZARD_NEEDS.map((need) => (
                  <Checkbox key={need} value={need} label={t(`advisor.wizardNeeds.${need}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
          </Step>

          <Button type="submit" size="lg">
            {t('advisor.wizard.submit')}
          </Button>
        </Stack>
      </form>
      <div ref={resultsRef} tabIndex={-1}>
        {result ? <WizardResults state={result} /> : null}
      </div>
    </AdvisorLayout>
  );
}
