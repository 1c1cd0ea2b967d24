import { Anchor, List, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryState } from '../../../app/QueryState';
import type { Language } from '../../../app/i18n';
import { articleHref, useKbCategories } from './kb.api';

type Props = {
  lang: Language;
  /** On the portal's home a few articles per step, with the way to the rest; all of them on the search page. */
  perCategory?: number;
};

/** The knowledge base along the journey: its steps, each with its articles. */
export function KbCategories({ lang, perCategory }: Props) {
  const { t } = useTranslation();
  const categories = useKbCategories(lang);
  const shown = (categories.data ?? []).filter((category) => category.articles.length > 0);
  return (
    <QueryState isPending={categories.isPending} error={categories.error} onRetry={() => void categories.refetch()}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xl" verticalSpacing="xl">
        {shown.map((category, index) => {
          const articles = perCategory ? category.articles.slice(0, perCategory) : category.articles;
          const more = category.articles.length - articles.length;
          return (
            <Stack key={category.code} gap="xs" component="section" aria-labelledby={`kb-category-${category.code}`}>
              <Title order={3} fz="lg" id={`kb-category-${category.code}`}>
                {index + 1}. {category.name}
              </Title>
              <List spacing={6} size="md" listStyleType="disc">
                {articles.map((article) => (
                  <List.Item key={article.slug}>
                    <Anchor href={articleHref(lang, article.slug)}>{article.title}</Anchor>
                  </List.Item>
                ))}
              </List>
              {more > 0 ? (
                <Anchor component={Link} to="/kb" fz="sm" fw={600}>
                  {t('kbSearch.moreInCategory', { count: more })}
                </Anchor>
              ) : null}
            </Stack>
          );
        })}
      </SimpleGrid>
    </QueryState>
  );
}
