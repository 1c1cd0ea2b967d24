import { Alert, Anchor, Badge, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useFormat } from '../../../app/i18n';
import { QueryState } from '../../../app/QueryState';
import { placeName, useRanking, useSettlementCards, type SettlementCardDto } from '../advisor.api';
import { decodeAdvisorState, encodeAdvisorState, noWeights, toRankRequest } from '../advisor-url';
import { bestColumns, rankAmong, roundPoints } from '../explanation';
import { compareRows } from '../indicators';
import { mapTopCount } from '../ranking/AdvisorMap';
import { settlementPath } from '../ranking/RankingList';
import { compareCodes } from '../shortlist/shortlist-store';
import { AdvisorLayout } from '../ui/AdvisorLayout';
import { IndicatorValue } from '../ui/IndicatorValue';
import './compare.css';

function BestMark() {
  const { t } = useTranslation();
  return (
    <Badge color="teal" variant="light" c="dark.9" size="xs" ml={4}>
      {t('advisor.compare.best')}
    </Badge>
  );
}

/** The table itself: a row per criterion, a column per settlement, the first column sticks while the rest scroll on a phone. */
function CompareTable({ cards, scores, search }: { cards: SettlementCardDto[]; scores: Readonly<Record<string, number>> | undefined; search: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useMemo(() => compareRows(cards), [cards]);
  const scoreValues = cards.map((card) => scores?.[card.kato] ?? null);
  const bestScore = new Set(bestColumns(scoreValues, 'higher'));
  return (
    <div className="advisor-compare" role="region" aria-labelledby="advisor-compare-caption" tabIndex={0}>
      <Table className="advisor-compare__table" verticalSpacing="xs" withColumnBorders>
        <caption id="advisor-compare-caption">
          <VisuallyHidden>{t('advisor.compare.caption', { n: cards.length })}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('advisor.compare.criterion')}</Table.Th>
            {cards.map((card) => (
              <Table.Th scope="col" key={card.kato}>
                <Anchor component={Link} to={settlementPath(card.kato, search)} fw={700}>
                  {placeName(card.name, format.language)}
                </Anchor>
                <Text fz="xs" c="dimmed" fw={400}>
                  {placeName(card.districtName, format.language)}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t('advisor.compare.score')}</Table.Th>
            {cards.map((card, index) => {
              const score = scoreValues[index];
              const place = rankAmong(scores, card.kato);
              return (
                <Table.Td key={card.kato}>
                  {score === null || score === undefined ? t('advisor.compare.notRanked') : format.number(roundPoints(score))}
                  {place ? (
                    <Text span fz="xs" c="dimmed" display="block">
                      {t('advisor.compare.place', { rank: place.rank })}
                    </Text>
                  ) : null}
                  {bestScore.has(index) ? <BestMark /> : null}
                </Table.Td>
              );
            })}
          </Table.Tr>
          {rows.map((row) => {
            const best = new Set(bestColumns(row.cells.map((cell) => cell.value), row.direction));
            return (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={500}>
                  {t(`advisor.indicators.${row.key}`)}
                </Table.Th>
                {row.cells.map((cell, index) => (
                  <Table.Td key={cards[index]!.kato}>
                    <IndicatorValue indicatorKey={row.key} kind={row.kind} value={cell.value} demo={cell.demo} />
                    {best.has(index) ? <BestMark /> : null}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** /advisor/compare?k=kato.kato: two to four settlements side by side, the best value of each row marked. */
export default function ComparePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const codes = useMemo(() => compareCodes(params.get('k')), [params]);
  const state = useMemo(() => decodeAdvisorState(params), [params]);
  const search = encodeAdvisorState(state);
  const cards = useSettlementCards(codes);
  const ranking = useRanking(noWeights(state.weights) ? null : toRankRequest(state, { limit: mapTopCount, includeScores: true }));
  const loaded = cards.map((c) => c.data).filter((c): c is SettlementCardDto => Boolean(c));
  const error = cards.find((c) => c.error)?.error ?? null;

  return (
    <AdvisorLayout title={t('advisor.compare.title')} lead={t('advisor.compare.lead')}>
      <Anchor component={Link} to={`/advisor${search}`} fw={600}>
        {t('advisor.settlement.back')}
      </Anchor>
      {codes.length < 2 ? (
        <Alert color="sun" c="dark.9">
          {t('advisor.compare.needTwo')}
        </Alert>
      ) : (
        <QueryState isPending={cards.some((c) => c.isPending)} error={error}>
          <Stack gap="sm">
            <CompareTable cards={loaded} scores={ranking.data?.scores} search={search} />
            <Text fz="sm" c="dimmed">
              {t('advisor.compare.note')}
            </Text>
          </Stack>
        </QueryState>
      )}
    </AdvisorLayout>
  );
}
