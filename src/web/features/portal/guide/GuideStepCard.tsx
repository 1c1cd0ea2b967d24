import { Anchor, Badge, Box, Checkbox, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../app/i18n';
import { articleHref, type KbCategoryArticle } from '../kb/kb.api';
import { stepParts, type GuideStepId } from './guide-steps';

type Props = {
  id: GuideStepId;
  number: number;
  done: boolean;
  next: boolean;
  lang: Language;
  /** The step's articles in the reading language; undefined while they load. */
  articles: KbCategoryArticle[] | undefined;
  onToggle: (id: GuideStepId, checked: boolean) => void;
};

/** One step of the journey: what it is, papers, office, usual deadline, the articles to read, and "done". */
export function GuideStepCard({ id, number, done, next, lang, articles, onToggle }: Props) {
  const { t } = useTranslation();
  const title = t(`guide.steps.${id}.title`);
  const headingId = `guide-step-${id}-title`;
  return (
    <Paper
      component="li"
      id={`guide-step-${id}`}
      className="guide-step"
      data-done={done || undefined}
      data-next={next || undefined}
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      aria-labelledby={headingId}
      tabIndex={-1}
      style={{
        borderWidth: next ? 2 : 1,
        borderColor: next ? 'var(--mantine-color-otandas-6)' : done ? 'var(--mantine-color-teal-6)' : undefined,
        scrollMarginTop: 80,
      }}
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon size={36} radius="xl" color={done ? 'teal.8' : next ? 'otandas.7' : 'gray.7'} aria-hidden style={{ flexShrink: 0 }}>
            {done ? <IconCheck size={20} /> : <Text fw={800} c="white">{number}</Text>}
          </ThemeIcon>
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={2} fz={{ base: 'lg', sm: 'xl' }} id={headingId}>
              <Text span className="guide-print-number">{number}. </Text>
              {title}
            </Title>
            {next ? (
              <Badge color="otandas.7" variant="filled">
                {t('guide.nextBadge')}
              </Badge>
            ) : done ? (
              <Badge color="teal.8" variant="light">
                {t('guide.doneBadge')}
              </Badge>
            ) : null}
          </Stack>
        </Group>
        <Box component="dl" m={0}>
          {stepParts.map((part) => (
            <Box key={part} mb="xs">
              <Text component="dt" fw={700} fz="sm" c="dark.7">
                {t(`guide.part_${part}`)}
              </Text>
              <Text component="dd" m={0}>
                {t(`guide.steps.${id}.${part}`)}
              </Text>
            </Box>
          ))}
        </Box>
        {articles === undefined || articles.length ? (
          <Stack gap={4}>
            <Text fw={700} fz="sm" c="dark.7">
              {t('guide.articles')}
            </Text>
            {articles === undefined ? (
              <Text fz="sm" c="dimmed">
                {t('common.loading')}
              </Text>
            ) : (
              <List spacing={4} size="sm">
                {articles.map((article) => (
                  <List.Item key={article.slug}>
                    <Anchor href={articleHref(lang, article.slug)}>{article.title}</Anchor>
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        ) : null}
        <Checkbox
          size="md"
          className="guide-check"
          checked={done}
          onChange={(event) => onToggle(id, event.currentTarget.checked)}
          label={t('guide.stepDone')}
          aria-label={t('guide.stepDoneFor', { step: title })}
        />
      </Stack>
    </Paper>
  );
}
