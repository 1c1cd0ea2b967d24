import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconChartBar, IconScale, IconStar, IconStarFilled } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useFormat } from '../../../app/i18n';
import { QueryState } from '../../../app/QueryState';
import { placeName, rankedItem, useRanking, useSettlementCard, type SettlementCardDto } from '../advisor.api';
import { decodeAdvisorState, encodeAdvisorState, noWeights, toRankRequest, type AdvisorState } from '../advisor-url';
import { rankAmong, roundPoints } from '../explanation';
import { missingMustHaves } from '../indicators';
import { mapTopCount } from '../ranking/AdvisorMap';
import { comparePath } from '../shortlist/compare-choice';
import { useShortlistCodes } from '../shortlist/shortlist-store';
import { AdvisorLayout } from '../ui/AdvisorLayout';
import { DemoBadge } from '../ui/IndicatorValue';
import { ScoreExplanation } from './ScoreExplanation';
import { IndicatorTable, PageSection, regionIndicatorRows, settlementIndicatorRows, SettlementFacts } from './SettlementFacts';

/**
 * The score of one settlement explained. Scores are normalised over the whole
 * catalogue, so ranking its district alone, without the must-haves, gives the
 * same points as the full list; its place comes from the full list's scores.
 */
function ScoreSection({ card, state }: { card: SettlementCardDto; state: AdvisorState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const weighted = !noWeights(state.weights);
  const full = useRanking(weighted ? toRankRequest(state, { limit: mapTopCount, includeScores: true }) : null);
  const own = useRanking(
    weighted
      ? { ...toRankRequest({ ...state, mustHave: [], regions: [], maxKm: null, robustness: false }, { limit: 200 }), filters: { mustHave: [], districts: [card.districtKato] } }
      : null,
  );
  const item = rankedItem(own.data, card.kato);
  const listed = rankedItem(full.data, card.kato);
  const place = rankAmong(full.data?.scores, card.kato);
  const missing = missingMustHaves(card, state.mustHave);

  return (
    <PageSection id="advisor-score-title" title={t('advisor.settlement.scoreTitle')}>
      {!weighted ? (
        <Text>{t('advisor.results.noWeights')}</Text>
      ) : (
        <QueryState isPending={own.isPending || full.isPending} error={own.error ?? full.error}>
          <Stack gap="sm">
            {item ? (
              <Group gap="sm" align="baseline">
                <Text fz={32} fw={800} lh={1}>
                  {format.number(roundPoints(item.score))}
                </Text>
                <Text c="dimmed">{t('advisor.settlement.outOf100')}</Text>
                {listed?.pareto ? <Badge color="teal" variant="light" c="dark.9">{t('advisor.results.pareto')}</Badge> : null}
              </Group>
            ) : null}
            {place ? (
              <Text fw={600}>{t('advisor.settlement.place', { rank: place.rank, count: place.of, value: format.number(place.of) })}</Text>
            ) : (
              <Alert color="sun" c="dark.9">
                {missing.length
                  ? t('advisor.settlement.missing', { list: missing.map((key) => t(`advisor.mustHave.${key}`)).join(', ') })
                  : t('advisor.settlement.filteredOut')}
              </Alert>
            )}
            {listed?.rankRange ? (
              <Text fz="sm">{t('advisor.results.rankRange', { from: listed.rankRange[0], to: listed.rankRange[1] })}</Text>
            ) : null}
            {item && own.data ? <ScoreExplanation item={item} criterionWeights={own.data.criterionWeights} method={state.method} /> : null}
          </Stack>
        </QueryState>
      )}
    </PageSection>
  );
}

/** /advisor/settlements/{kato}: the settlement's score explained, its facts and indicators with sources, shortlist and compare. */
export default function SettlementPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { kato = '' } = useParams();
  const [params] = useSearchParams();
  const state = useMemo(() => decodeAdvisorState(params), [params]);
  const search = encodeAdvisorState(state);
  const card = useSettlementCard(kato);
  const shortlist = useShortlistCodes();
  const name = card.data ? placeName(card.data.name, format.language) : '';
  const saved = shortlist.has(kato);

  const compare = () => {
    shortlist.add(kato);
    const others = shortlist.codes.filter((code) => code !== kato);
    navigate(comparePath([kato, ...others], search));
  };

  return (
    <AdvisorLayout
      title={name || t('advisor.settlement.title')}
      lead={card.data ? `${placeName(card.data.districtName, format.language)}, ${placeName(card.data.regionName, format.language)}` : ''}
    >
      <Anchor component={Link} to={`/advisor${search}`} fw={600}>
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('advisor.settlement.back')}
        </Group>
      </Anchor>
      <QueryState isPending={card.isPending} error={card.error}>
        {card.data ? (
          <Stack gap="md">
            {card.data.hasDemoValues ? (
              <Alert color="orange" variant="light" c="dark.9" title={<DemoBadge />}>
                {t('advisor.settlement.hasDemo')}
              </Alert>
            ) : null}
            <Group gap="xs">
              <Button
                variant={saved ? 'light' : 'filled'}
                onClick={() => shortlist.toggle(kato)}
                aria-pressed={saved}
                leftSection={saved ? <IconStarFilled size={18} aria-hidden /> : <IconStar size={18} aria-hidden />}
              >
                {saved ? t('advisor.shortlist.remove') : t('advisor.shortlist.add')}
              </Button>
              <Button variant="light" onClick={compare} leftSection={<IconScale size={18} aria-hidden />} disabled={shortlist.codes.filter((c) => c !== kato).length === 0}>
                {t('advisor.settlement.compare')}
              </Button>
              <Button component={Link} to={`/advisor/regions/${card.data.regionKato}`} variant="subtle" leftSection={<IconChartBar size={18} aria-hidden />}>
                {t('advisor.settlement.regionOverview')}
              </Button>
            </Group>
            {shortlist.codes.filter((c) => c !== kato).length === 0 ? (
              <Text fz="sm" c="dimmed">
                {t('advisor.settlement.compareHint')}
              </Text>
            ) : null}
            <ScoreSection card={card.data} state={state} />
            <SettlementFacts card={card.data} />
            <IndicatorTable
              id="advisor-own-indicators"
              title={t('advisor.settlement.ownIndicators')}
              rows={settlementIndicatorRows}
              columns={[{ label: t('advisor.settlement.value'), values: card.data.indicators }]}
            />
            <IndicatorTable
              id="advisor-region-indicators"
              title={t('advisor.settlement.regionIndicators')}
              rows={regionIndicatorRows}
              columns={[{ label: placeName(card.data.regionName, format.language), values: card.data.regionIndicators }]}
            />
          </Stack>
        ) : null}
      </QueryState>
    </AdvisorLayout>
  );
}
