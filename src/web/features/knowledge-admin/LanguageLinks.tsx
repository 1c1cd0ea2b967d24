import { Button, Group } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { languages, type Language } from '../../../lib/i18n/core';
import { translationPath } from './ArticlesTable';
import { AddTranslationModal } from './AddTranslationModal';
import { missingLanguages } from './kb-workflow';
import type { KbStaffArticleDto } from './knowledgeAdmin.api';

type Props = { article: KbStaffArticleDto; currentId: string; canEdit: boolean };

/** The article's languages: a link to each translation's editor, and "add" for a missing one. */
export function LanguageLinks({ article, currentId, canEdit }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [adding, setAdding] = useState<Language | null>(null);
  const source = article.translations.find((x) => x.lang === article.sourceLang) ?? article.translations[0];
  const ordered = languages.flatMap((lang) => article.translations.filter((x) => x.lang === lang));
  return (
    <nav aria-label={t('kbAdmin.editor.languages')}>
      <Group gap="xs" wrap="wrap">
        {ordered.map((translation) => {
          const current = translation.id === currentId;
          return (
            <Button
              key={translation.id}
              component={Link}
              to={translationPath(translation.id)}
              size="xs"
              variant={current ? 'filled' : 'default'}
              aria-current={current ? 'page' : undefined}
              rightSection={translation.outdated ? <IconAlertTriangle size={14} aria-hidden /> : null}
            >
              {t(`topicsAdmin.languages.${translation.lang}`)}
              {translation.outdated ? <span className="visually-hidden">{` (${t('kbAdmin.outdated')})`}</span> : null}
            </Button>
          );
        })}
        {canEdit
          ? missingLanguages(article, languages).map((lang) => (
              <Button key={lang} size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAdding(lang)}>
                {t('kbAdmin.translate.add', { language: t(`topicsAdmin.languages.${lang}`) })}
              </Button>
            ))
          : null}
      </Group>
      <AddTranslationModal
        articleId={article.id}
        lang={adding}
        sourceId={source?.id}
        onClose={() => setAdding(null)}
        onAdded={(added) => {
          setAdding(null);
          navigate(translationPath(added.id));
        }}
      />
    </nav>
  );
}
