import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../lib/contracts/roles';
import { useLanguage } from '../../app/i18n';
import { regionName, sortByName, useRegions } from '../reference/regions/regions.api';

type RoleSelectProps = { value: Role | ''; onChange: (role: Role) => void; error?: string | undefined };

export function RoleSelect({ value, onChange, error }: RoleSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('staff.role')}
      required
      data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      value={value || null}
      onChange={(next) => next && onChange(next as Role)}
      allowDeselect={false}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

type RegionSelectProps = { value: string | null; onChange: (code: string | null) => void; error?: string | undefined };

/** Regions from the KATO reference, sorted in the interface language. */
export function RegionSelect({ value, onChange, error }: RegionSelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = useRegions();
  const data = sortByName(regions.data ?? [], (r) => regionName(r, language, t), language).map((region) => ({
    value: region.code,
    label: regionName(region, language, t),
  }));
  return (
    <Select
      label={t('staff.region')}
      description={t('staff.regionHint')}
      placeholder={regions.isPending ? t('common.loading') : t('staff.regionPlaceholder')}
      required
      searchable
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      nothingFoundMessage={t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
