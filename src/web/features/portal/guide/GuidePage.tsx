import { Alert, Anchor, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconInfoCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLanguage } from '../../../app/i18n';
import { PublicPageLayout } from '../PublicPageLayout';
import { useKbCategories, type KbCategoryArticle } from '../kb/kb.api';
import { nextStep } from './guide-progress';
import { guideSteps } from './guide-steps';
import { GuideStepCard } from './GuideStepCard';
import { GuideTools } from './GuideTools';
import { useGuideProgress } from './useGuideProgress';
import './guide.css';

/** The published articles by key, in the reading language; undefined while loading, empty when unavailable. */
function useArticlesByKey(): Map<string, KbCategoryArticle> | undefined {
  const lang = useLanguage();
  const categories = useKbCategories(lang);
  return useMemo(() => {
    if (categories.error) return new Map();
    if (!categories.data) return undefined;
    return new Map(categories.data.flatMap((category) => category.articles.map((article) => [article.key, article] as const)));
  }, [categories.data, categories.error]);
}

/**
 * /guide: the newcomer's journey as a checklist. Progress stays in this
 * browser and in the address (#done=…), with no account.
 */
export default function GuidePage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { done, toggle, reset } = useGuideProgress();
  const byKey = useArticlesByKey();
  const next = nextStep(done);

  const goToNext = () => {
    const target = next ? document.getElementById(`guide-step-${next}`) : null;
    target?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    target?.focus({ preventScroll: true });
  };

  return (
    <div className="guide-page">
      <PublicPageLayout size="md" title={t('guide.pageTitle')} lead={t('guide.lead')}>
        <Alert color="sun" variant="light" icon={<IconInfoCircle aria-hidden />} c="dark.9">
          {t('guide.disclaimer')}{' '}
          <Anchor component={Link} to="/kb" fw={600} className="guide-no-print">
            {t('guide.disclaimerLink')}
          </Anchor>
        </Alert>
        <Stack gap={6} component="section" aria-label={t('guide.progressLabel')}>
          <Text fw={600} role="status" aria-live="polite" data-testid="guide-progress">
            {t('guide.progress', { count: done.length, total: guideSteps.length })}
          </Text>
          <Progress value={(done.length / guideSteps.length) * 100} color="teal.7" size="lg" radius="xl" aria-hidden />
          <Group gap="sm" className="guide-no-print">
            {next ? (
              <>
                <Text>{t('guide.nextStep', { step: t(`guide.steps.${next}.title`) })}</Text>
                <Button variant="subtle" size="compact-md" onClick={goToNext} rightSection={<IconArrowDown size={16} aria-hidden />}>
                  {t('guide.goToNext')}
                </Button>
              </>
            ) : (
              <Text>{t('guide.allDone')}</Text>
            )}
          </Group>
        </Stack>
        <Stack gap="md" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {guideSteps.map((step, index) => (
            <GuideStepCard
              key={step.id}
              id={step.id}
              number={index + 1}
              done={done.includes(step.id)}
              next={next === step.id}
              lang={lang}
              articles={byKey && step.articles.flatMap((key) => byKey.get(key) ?? [])}
              onToggle={toggle}
            />
          ))}
        </Stack>
        <GuideTools done={done} onReset={reset} />
      </PublicPageLayout>
    </div>
  );
}
