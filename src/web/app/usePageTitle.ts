import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every route names itself in the browser tab and for screen readers. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const product = t('common.productName');
  useEffect(() => {
    document.title = title ? `${title} · ${product}` : product;
  }, [title, product]);
}
