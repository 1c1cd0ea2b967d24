import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RankingMethod } from '../../../../lib/contracts/settlements';
import { useFormat } from '../../../app/i18n';
import type { RankedSettlementDto, RankResponseDto } from '../advisor.api';
import { explainScore, roundPoints, shareOfMax } from '../explanation';
import { DemoBadge } from '../ui/IndicatorValue';

type Props = {
  item: RankedSettlementDto;
  criterionWeights: RankResponseDto['criterionWeights'];
  method: RankingMethod;
  /** Heading level of the dimension titles, under the caller's own heading. */
  headingOrder?: 3 | 4;
};

/** "6.2 of 25 points for school", per criterion, grouped by dimension; unknown and demo values said in words. */
export function ScoreExplanation({ item, criterionWeights, method, headingOrder = 3 }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const points = (value: number) => format.number(roundPoints(value));
  const groups = explainScore(item, criterionWeights);
  return (
    <Stack gap="md" data-testid="score-explanation">
      {method !== 'weighted' ? (
        <Text fz="sm" c="dimmed">
          {t('advisor.explain.notAdditive')}
        </Text>
      ) : null}
      {groups.map((group) => (
        <Stack key={group.dimension} gap={6}>
          <Group justify="space-between" gap="xs">
            <Text component={headingOrder === 3 ? 'h3' : 'h4'} fw={700} fz="md" m={0}>
              {t(`advisor.dimensions.${group.dimension}`)}
            </Text>
            <Text fz="sm" fw={600}>
              {t('advisor.explain.ofMax', { points: points(group.points), max: points(group.max) })}
            </Text>
          </Group>
          <Stack component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
            {group.criteria.map((line) => (
              <li key={line.key}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text fz="sm">
                    {t('advisor.explain.line', { points: points(line.points), max: points(line.max), criterion: t(`advisor.indicators.${line.key}`) })}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    {line.unknown ? (
                      <Badge color="gray" variant="light" c="dark.9" size="sm" title={t('advisor.explain.unknownHint')}>
                        {t('advisor.explain.unknown')}
                      </Badge>
                    ) : null}
                    {line.demo ? <DemoBadge compact /> : null}
                  </Group>
                </Group>
                <Progress value={shareOfMax(line.points, line.max)} size="sm" radius="xl" color={line.demo ? 'orange.6' : undefined} aria-hidden />
              </li>
            ))}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}
