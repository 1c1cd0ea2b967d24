import { Accordion, Checkbox, Group, NativeSelect, Paper, Radio, SimpleGrid, Slider, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, MAX_WEIGHT, MUST_HAVES, NORMALISATIONS, PRESETS, RANKING_METHODS, type Dimension, type MustHave } from '../../../../lib/contracts/settlements';
import { useLanguage } from '../../../app/i18n';
import { placeName, useRegionSummaries } from '../advisor.api';
import { normaliseMustHave, presetOf, PRESET_KEYS, type AdvisorState } from '../advisor-url';

type Props = { state: AdvisorState; onChange: (next: AdvisorState) => void };

const kmChoices = [10, 25, 50, 100] as const;
const marks = Array.from({ length: MAX_WEIGHT + 1 }, (_, value) => ({ value, label: String(value) }));

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder radius="md" p="md">
      <Text component="h2" id={id} fw={700} fz="md" m={0} mb="sm">
        {title}
      </Text>
      {children}
    </Paper>
  );
}

/** One dimension's weight. The slider moves freely; the ranking follows when it is let go. */
function WeightSlider({ dimension, value, onCommit }: { dimension: Dimension; value: number; onCommit: (value: number) => void }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  const labelId = `advisor-weight-${dimension}`;
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text id={labelId} fw={600} fz="sm">
          {t(`advisor.dimensions.${dimension}`)}
        </Text>
        <Text fz="sm" c="dimmed" aria-hidden>
          {shown} / {MAX_WEIGHT}
        </Text>
      </Group>
      <Slider
        min={0}
        max={MAX_WEIGHT}
        step={1}
        marks={marks}
        value={shown}
        onChange={setShown}
        onChangeEnd={onCommit}
        thumbLabel={t('advisor.controls.weightOf', { dimension: t(`advisor.dimensions.${dimension}`) })}
        label={null}
        mb="xl"
      />
    </Stack>
  );
}

/** The family's settings: a preset, six weights, must-haves, distance, regions, and the method in an advanced part. */
export function AdvisorControls({ state, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = useRegionSummaries();
  const priority = (regions.data ?? []).filter((r) => r.priority);
  const set = (patch: Partial<AdvisorState>) => onChange({ ...state, ...patch });
  const setWeight = (dimension: Dimension, value: number) => {
    const weights = { ...state.weights, [dimension]: value };
    set({ weights, preset: presetOf(weights) });
  };

  return (
    <Stack gap="md">
      <Section id="advisor-presets-title" title={t('advisor.controls.presets')}>
        <Radio.Group
          value={state.preset ?? ''}
          onChange={(value) => {
            const key = PRESET_KEYS.find((preset) => preset === value);
            if (key) set({ preset: key, weights: { ...PRESETS[key] } });
          }}
          aria-labelledby="advisor-presets-title"
        >
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
            {PRESET_KEYS.map((key) => (
              <Radio key={key} value={key} label={t(`advisor.presets.${key}`)} size="md" />
            ))}
          </SimpleGrid>
        </Radio.Group>
        {state.preset === null ? (
          <Text fz="sm" c="dimmed" mt="xs">
            {t('advisor.controls.custom')}
          </Text>
        ) : null}
      </Section>

      <Section id="advisor-weights-title" title={t('advisor.controls.weights')}>
        <Text fz="sm" c="dimmed" mb="sm">
          {t('advisor.controls.weightsHint')}
        </Text>
        {DIMENSIONS.map((dimension) => (
          <WeightSlider key={dimension} dimension={dimension} value={state.weights[dimension]} onCommit={(value) => setWeight(dimension, value)} />
        ))}
      </Section>

      <Section id="advisor-musthave-title" title={t('advisor.controls.mustHave')}>
        <Checkbox.Group value={state.mustHave} onChange={(values) => set({ mustHave: normaliseMustHave(values) })} aria-labelledby="advisor-musthave-title">
          <Stack gap="xs">
            {MUST_HAVES.map((key: MustHave) => (
              <Checkbox key={key} value={key} label={t(`advisor.mustHave.${key}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <NativeSelect
          mt="md"
          label={t('advisor.controls.maxKm')}
          value={state.maxKm === null ? '' : String(state.maxKm)}
          onChange={(e) => set({ maxKm: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
          data={[
            { value: '', label: t('advisor.controls.anyDistance') },
            ...(state.maxKm !== null && !(kmChoices as readonly number[]).includes(state.maxKm) ? [state.maxKm] : []).concat(kmChoices).map((km) => ({ value: String(km), label: t('advisor.controls.upToKm', { km }) })),
          ]}
        />
      </Section>

      <Section id="advisor-regions-title" title={t('advisor.controls.regions')}>
        <Checkbox.Group value={state.regions} onChange={(values) => set({ regions: values })} aria-labelledby="advisor-regions-title" description={t('advisor.controls.regionsHint')}>
          <Stack gap="xs" mt="xs">
            {priority.map((region) => (
              <Checkbox key={region.kato} value={region.kato} label={placeName(region.name, language)} />
            ))}
          </Stack>
        </Checkbox.Group>
      </Section>

      <Switch
        size="md"
        checked={state.robustness}
        onChange={(e) => set({ robustness: e.currentTarget.checked })}
        label={t('advisor.controls.robustness')}
        description={t('advisor.controls.robustnessHint')}
      />

      <Accordion variant="contained" radius="md" chevronPosition="left">
        <Accordion.Item value="advanced">
          <Accordion.Control>{t('advisor.controls.advanced')}</Accordion.Control>
          <Accordion.Panel>
            <Stack gap="md">
              <Radio.Group label={t('advisor.controls.method')} value={state.method} onChange={(value) => set({ method: RANKING_METHODS.find((m) => m === value) ?? 'weighted' })}>
                <Stack gap="xs" mt="xs">
                  {RANKING_METHODS.map((method) => (
                    <Radio key={method} value={method} label={t(`advisor.methods.${method}`)} description={t(`advisor.methodHints.${method}`)} />
                  ))}
                </Stack>
              </Radio.Group>
              <Radio.Group label={t('advisor.controls.normalisation')} value={state.normalisation} onChange={(value) => set({ normalisation: NORMALISATIONS.find((n) => n === value) ?? 'minmax' })}>
                <Stack gap="xs" mt="xs">
                  {NORMALISATIONS.map((n) => (
                    <Radio key={n} value={n} label={t(`advisor.normalisations.${n}`)} />
                  ))}
                </Stack>
              </Radio.Group>
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
