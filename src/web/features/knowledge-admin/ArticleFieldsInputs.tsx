import { NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListEditor } from '../support-admin/ListEditor';
import { LocalizedInputs, localizedErrors } from '../support-admin/LocalizedInputs';
import type { ArticleFieldsForm } from './kb-workflow';
import type { KbCategory } from './knowledgeAdmin.api';

type Props = {
  value: ArticleFieldsForm;
  onChange: (value: ArticleFieldsForm) => void;
  categories: readonly KbCategory[];
  /** Flat field errors of the 422 answer, keyed like `legalActs.0.number`. */
  errors: Record<string, string>;
};

const newLegalAct = (): ArticleFieldsForm['legalActs'][number] => ({ title: { kk: '', ru: '', en: '' }, number: '', date: '', article: '' });

/** The fields every translation of an article shares: category, order, tags, legal basis, dates. */
export function ArticleFieldsInputs({ value, onChange, categories, errors }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ArticleFieldsForm>(key: K, next: ArticleFieldsForm[K]) => onChange({ ...value, [key]: next });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t('kbAdmin.fields.category')}
          required
          allowDeselect={false}
          data={categories.map((c) => ({ value: c.code, label: c.name }))}
          value={value.categoryCode || null}
          onChange={(code) => code && set('categoryCode', code)}
          error={errors.categoryCode}
        />
        <NumberInput
          label={t('kbAdmin.fields.position')}
          description={t('kbAdmin.fields.positionHint')}
          min={0}
          max={100_000}
          allowDecimal={false}
          value={value.position}
          onChange={(n) => set('position', typeof n === 'number' ? n : Number(n) || 0)}
          error={errors.position}
        />
      </SimpleGrid>
      <TextInput
        label={t('kbAdmin.fields.tags')}
        description={t('kbAdmin.fields.tagsHint')}
        value={value.tags}
        onChange={(e) => set('tags', e.currentTarget.value)}
        error={Object.entries(errors).find(([path]) => path.startsWith('tags'))?.[1]}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput type="date" label={t('kbAdmin.fields.validFrom')} value={value.validFrom} onChange={(e) => set('validFrom', e.currentTarget.value)} error={errors.validFrom} />
        <TextInput type="date" label={t('kbAdmin.fields.validUntil')} value={value.validUntil} onChange={(e) => set('validUntil', e.currentTarget.value)} error={errors.validUntil} />
        <TextInput
          type="date"
          label={t('kbAdmin.fields.reviewDue')}
          description={t('kbAdmin.fields.reviewDueHint')}
          value={value.reviewDue}
          onChange={(e) => set('reviewDue', e.currentTarget.value)}
          error={errors.reviewDue}
        />
      </SimpleGrid>
      <ListEditor
        title={t('kbAdmin.fields.legalActs')}
        addLabel={t('kbAdmin.fields.addLegalAct')}
        emptyLabel={t('kbAdmin.fields.noLegalActs')}
        items={value.legalActs}
        onChange={(legalActs) => set('legalActs', legalActs)}
        newItem={newLegalAct}
        itemName={(act, index) => act.number || act.title.kk || String(index + 1)}
        renderItem={(act, index, update) => (
          <Stack gap="xs">
            <LocalizedInputs legend={t('kbAdmin.fields.legalActTitle')} value={act.title} onChange={(title) => update({ ...act, title })} errors={localizedErrors(errors, `legalActs.${index}.title`)} maxLength={2000} />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <TextInput label={t('kbAdmin.fields.legalActNumber')} required maxLength={40} value={act.number} onChange={(e) => update({ ...act, number: e.currentTarget.value })} error={errors[`legalActs.${index}.number`]} />
              <TextInput type="date" label={t('kbAdmin.fields.legalActDate')} required value={act.date} onChange={(e) => update({ ...act, date: e.currentTarget.value })} error={errors[`legalActs.${index}.date`]} />
              <TextInput
                label={t('kbAdmin.fields.legalActArticle')}
                description={t('kbAdmin.fields.legalActArticleHint')}
                maxLength={40}
                value={act.article}
                onChange={(e) => update({ ...act, article: e.currentTarget.value })}
                error={errors[`legalActs.${index}.article`]}
              />
            </SimpleGrid>
          </Stack>
        )}
      />
    </Stack>
  );
}
