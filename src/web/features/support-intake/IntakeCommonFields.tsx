import { Checkbox, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languageNames, languages, useLanguage } from '../../app/i18n';
import { regionName, sortByName, useRegions } from '../reference/regions/regions.api';
import type { IntakeForm } from './intake-form';
import { localized, type TopicDto } from './support-intake.api';

type Errors = Record<string, string>;

type TopicProps = { topics: TopicDto[]; value: string | null; onChange: (code: string | null) => void; errors: Errors; loading: boolean };

export function TopicSelect({ topics, value, onChange, errors, loading }: TopicProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const active = topics.filter((topic) => topic.active).sort((a, b) => a.sortOrder - b.sortOrder);
  const chosen = active.find((topic) => topic.code === value);
  return (
    <Select
      label={t('intake.topic')}
      description={chosen ? localized(chosen.description, language) : undefined}
      placeholder={loading ? t('common.loading') : t('intake.topicPlaceholder')}
      required
      searchable
      data={active.map((topic) => ({ value: topic.code, label: localized(topic.name, language) }))}
      value={value}
      onChange={onChange}
      error={errors.topic}
      nothingFoundMessage={t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

type PlaceProps = {
  value: Pick<IntakeForm, 'region' | 'language'>;
  onChange: (patch: Partial<Pick<IntakeForm, 'region' | 'language'>>) => void;
  /** A front office registers for its own region only. */
  fixedRegion: boolean;
  errors: Errors;
};

/** Where the appeal is handled and the language the applicant is answered in. */
export function RegionAndLanguage({ value, onChange, fixedRegion, errors }: PlaceProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = useRegions();
  const data = sortByName(regions.data ?? [], (r) => regionName(r, language, t), language).map((region) => ({ value: region.code, label: regionName(region, language, t) }));
  const ownRegion = data.find((region) => region.value === value.region)?.label ?? value.region ?? '';
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
      {fixedRegion ? (
        <TextInput label={t('intake.region')} description={t('intake.regionFixed')} value={ownRegion} readOnly />
      ) : (
        <Select
          label={t('intake.region')}
          description={t('intake.regionHint')}
          placeholder={regions.isPending ? t('common.loading') : t('intake.regionPlaceholder')}
          searchable
          clearable
          data={data}
          value={value.region}
          onChange={(region) => onChange({ region })}
          error={errors.region}
          nothingFoundMessage={t('common.nothingFound')}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      <Select
        label={t('intake.language')}
        description={t('intake.languageHint')}
        allowDeselect={false}
        data={languages.map((code) => ({ value: code, label: languageNames[code] }))}
        value={value.language}
        onChange={(next) => next && onChange({ language: next as IntakeForm['language'] })}
        error={errors.language}
        comboboxProps={{ withinPortal: true }}
      />
    </SimpleGrid>
  );
}

/** Consent is recorded with the case; the operator ticks it only after the person agreed. */
export function ConsentCheckbox({ checked, onChange, errors }: { checked: boolean; onChange: (checked: boolean) => void; errors: Errors }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      label={t('intake.consent')}
      description={<Text span size="xs">{t('intake.consentBasis')}</Text>}
      checked={checked}
      onChange={(e) => onChange(e.currentTarget.checked)}
      error={errors.consent}
      required
    />
  );
}
