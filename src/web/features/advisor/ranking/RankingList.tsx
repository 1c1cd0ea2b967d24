import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconStar, IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../app/i18n';
import { placeName, type RankedSettlementDto } from '../advisor.api';
import { districtAndRegion } from '../place-name';
import { roundPoints } from '../explanation';
import { useShortlistCodes } from '../shortlist/shortlist-store';
import { DemoBadge } from '../ui/IndicatorValue';

type Props = {
  items: RankedSettlementDto[];
  regionNames: Map<string, string>;
  /** The state's query string, carried to a settlement's page so it explains the same ranking. */
  search: string;
};

export const settlementPath = (kato: string, search: string) => `/advisor/settlements/${kato}${search}`;

/** The ranked settlements, best first: rank, name, where, score bar, badges, and the shortlist star. */
export function RankingList({ items, regionNames, search }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const shortlist = useShortlistCodes();
  return (
    <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('advisor.results.listLabel')} data-testid="advisor-results">
      {items.map((item) => {
        const name = placeName(item.name, format.language);
        const saved = shortlist.has(item.kato);
        const headingId = `advisor-item-${item.kato}`;
        return (
          <Paper key={item.kato} component="li" withBorder radius="md" p="sm" aria-labelledby={headingId} data-kato={item.kato}>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Text fw={800} fz="lg" miw={32} ta="right" aria-hidden>
                {item.rank}
              </Text>
              <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                <Text component="h3" id={headingId} fw={700} fz="md" m={0}>
                  <VisuallyHidden>{t('advisor.results.rank', { rank: item.rank })} </VisuallyHidden>
                  <Anchor component={Link} to={settlementPath(item.kato, search)}>
                    {name}
                  </Anchor>
                </Text>
                <Text fz="sm" c="dimmed">
                  {districtAndRegion(item, regionNames, format.language)}
                </Text>
                <Group gap="xs" wrap="nowrap">
                  <Progress value={Math.max(0, Math.min(100, item.score))} style={{ flex: 1 }} size="md" radius="xl" aria-hidden />
                  <Text fz="sm" fw={600} miw={48} ta="right">
                    {t('advisor.results.score', { score: format.number(roundPoints(item.score)) })}
                  </Text>
                </Group>
                <Group gap={6}>
                  {item.pareto ? (
                    <Badge color="teal" variant="light" c="dark.9" title={t('advisor.results.paretoHint')}>
                      {t('advisor.results.pareto')}
                    </Badge>
                  ) : null}
                  {item.demo.length ? <DemoBadge /> : null}
                  {item.unknown.length ? (
                    <Badge color="gray" variant="light" c="dark.9">
                      {t('advisor.results.unknownCount', { count: item.unknown.length })}
                    </Badge>
                  ) : null}
                </Group>
                {item.rankRange ? (
                  <Text fz="sm">
                    {item.rankRange[0] === item.rankRange[1]
                      ? t('advisor.results.rankStable', { rank: item.rankRange[0] })
                      : t('advisor.results.rankRange', { from: item.rankRange[0], to: item.rankRange[1] })}
                  </Text>
                ) : null}
              </Stack>
              <Button
                variant={saved ? 'light' : 'subtle'}
                size="compact-md"
                onClick={() => shortlist.toggle(item.kato)}
                aria-pressed={saved}
                leftSection={saved ? <IconStarFilled size={18} aria-hidden /> : <IconStar size={18} aria-hidden />}
              >
                <span className="advisor-hide-narrow">{saved ? t('advisor.shortlist.inList') : t('advisor.shortlist.add')}</span>
                <VisuallyHidden>: {name}</VisuallyHidden>
              </Button>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
