import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n';
import { regionName, useRegions } from './regions.api';

/** A region's name for its KATO code, in the interface language; the code while the list loads. */
export function RegionLabel({ code }: { code: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = useRegions();
  if (!code) return <>{t('regions.none')}</>;
  const region = regions.data?.find((r) => r.code === code);
  return <>{region ? regionName(region, language, t) : code}</>;
}
