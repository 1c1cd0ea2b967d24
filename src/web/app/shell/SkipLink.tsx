import { useTranslation } from 'react-i18next';

export const mainContentId = 'main-content';

/** The first stop of the Tab key: straight to the page content, past header and menu. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${mainContentId}`}
      onClick={(event) => {
        // Focus moves without a hash in the URL, which the router would treat as navigation.
        const target = document.getElementById(mainContentId);
        if (!target) return;
        event.preventDefault();
        target.focus();
        target.scrollIntoView();
      }}
    >
      {t('a11y.skipToContent')}
    </a>
  );
}
