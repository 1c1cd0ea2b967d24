import { Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListEditor } from './ListEditor';
import { LocalizedInputs, localizedErrors } from './LocalizedInputs';
import { emptyText, type TopicDocumentInput, type TopicFieldInput } from './supportAdmin.api';

type Errors = Record<string, string>;
type ListProps<T> = { items: T[]; onChange: (items: T[]) => void; errors: Errors };

const datatypes: readonly TopicFieldInput['datatype'][] = ['string', 'text', 'number', 'datetime', 'singlevaluelist', 'multivaluelist'];
const isList = (datatype: TopicFieldInput['datatype']) => datatype === 'singlevaluelist' || datatype === 'multivaluelist';

/** A row's code input and required flag; codes are what the portal form and the case record store. */
function CodeAndRequired({ code, required, onCode, onRequired, error }: { code: string; required: boolean; onCode: (v: string) => void; onRequired: (v: boolean) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <TextInput
        label={t('topicsAdmin.itemCode')}
        description={t('topicsAdmin.itemCodeHint')}
        required
        maxLength={60}
        value={code}
        onChange={(e) => onCode(e.currentTarget.value)}
        error={error}
        style={{ flex: '1 1 200px' }}
      />
      <Checkbox label={t('topicsAdmin.required')} checked={required} onChange={(e) => onRequired(e.currentTarget.checked)} pb={8} />
    </Group>
  );
}

/** The checklist of documents the front office sees for the topic. */
export function DocumentsEditor({ items, onChange, errors }: ListProps<TopicDocumentInput>) {
  const { t } = useTranslation();
  return (
    <ListEditor
      title={t('topicsAdmin.documentsTitle')}
      addLabel={t('topicsAdmin.addDocument')}
      emptyLabel={t('topicsAdmin.noDocuments')}
      items={items}
      onChange={onChange}
      newItem={() => ({ code: '', name: emptyText(), required: true })}
      itemName={(item, index) => item.name.kk || item.code || String(index + 1)}
      renderItem={(item, index, update) => (
        <Stack gap="xs">
          <CodeAndRequired
            code={item.code}
            required={item.required}
            onCode={(code) => update({ ...item, code })}
            onRequired={(required) => update({ ...item, required })}
            error={errors[`documents.${index}.code`]}
          />
          <LocalizedInputs legend={t('topicsAdmin.documentName')} value={item.name} onChange={(name) => update({ ...item, name })} errors={localizedErrors(errors, `documents.${index}.name`)} />
        </Stack>
      )}
    />
  );
}

function ValuesEditor({ items, onChange, errors, path }: ListProps<NonNullable<TopicFieldInput['values']>[number]> & { path: string }) {
  const { t } = useTranslation();
  return (
    <ListEditor
      title={t('topicsAdmin.valuesTitle')}
      addLabel={t('topicsAdmin.addValue')}
      emptyLabel={t('topicsAdmin.noValues')}
      items={items}
      onChange={onChange}
      newItem={() => ({ key: '', name: emptyText() })}
      itemName={(item, index) => item.name.kk || item.key || String(index + 1)}
      max={50}
      renderItem={(item, index, update) => (
        <Stack gap="xs">
          <TextInput label={t('topicsAdmin.valueKey')} required maxLength={60} value={item.key} onChange={(e) => update({ ...item, key: e.currentTarget.value })} error={errors[`${path}.${index}.key`]} />
          <LocalizedInputs legend={t('topicsAdmin.valueName')} value={item.name} onChange={(name) => update({ ...item, name })} errors={localizedErrors(errors, `${path}.${index}.name`)} />
        </Stack>
      )}
    />
  );
}

/** Extra questions of the appeal form for this topic. */
export function FieldsEditor({ items, onChange, errors }: ListProps<TopicFieldInput>) {
  const { t } = useTranslation();
  return (
    <ListEditor
      title={t('topicsAdmin.fieldsTitle')}
      addLabel={t('topicsAdmin.addField')}
      emptyLabel={t('topicsAdmin.noFields')}
      items={items}
      onChange={onChange}
      newItem={(): TopicFieldInput => ({ code: '', datatype: 'string', required: false, label: emptyText() })}
      itemName={(item, index) => item.label.kk || item.code || String(index + 1)}
      renderItem={(item, index, update) => (
        <Stack gap="xs">
          <CodeAndRequired
            code={item.code}
            required={item.required}
            onCode={(code) => update({ ...item, code })}
            onRequired={(required) => update({ ...item, required })}
            error={errors[`fields.${index}.code`]}
          />
          <Select
            label={t('topicsAdmin.fieldType')}
            required
            allowDeselect={false}
            data={datatypes.map((value) => ({ value, label: t(`topicsAdmin.datatypes.${value}`) }))}
            value={item.datatype}
            onChange={(value) => {
              const datatype = (value ?? 'string') as TopicFieldInput['datatype'];
              // Options belong to list fields only, so a change to another type drops them.
              update(isList(datatype) ? { ...item, datatype, values: item.values ?? [] } : { code: item.code, datatype, required: item.required, label: item.label });
            }}
            error={errors[`fields.${index}.datatype`]}
          />
          <LocalizedInputs legend={t('topicsAdmin.fieldLabel')} value={item.label} onChange={(label) => update({ ...item, label })} errors={localizedErrors(errors, `fields.${index}.label`)} />
          {isList(item.datatype) ? (
            <ValuesEditor items={item.values ?? []} onChange={(values) => update({ ...item, values })} errors={errors} path={`fields.${index}.values`} />
          ) : null}
        </Stack>
      )}
    />
  );
}
