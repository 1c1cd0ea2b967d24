import { Badge, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { IndicatorKind } from '../../../../lib/contracts/settlements';
import { useFormat } from '../../../app/i18n';

type Format = ReturnType<typeof useFormat>;

/** One decimal at most: 4.8 %, 12.3 km, 312.5 per 100,000. */
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** A value in words and the interface's number format; levels (internet, road) by name. */
export function formatIndicator(key: string, kind: IndicatorKind, value: number, t: TFunction, format: Format): string {
  switch (kind) {
    case 'boolean':
      return value ? t('advisor.value.yes') : t('advisor.value.no');
    case 'level': {
      const scale = key === 'road' ? 'road' : 'internet';
      return t(`advisor.levels.${scale}.${Math.round(value)}`);
    }
    case 'km':
      return t('advisor.value.km', { value: format.number(oneDecimal(value)) });
    case 'kzt':
      return t('advisor.value.kzt', { value: format.number(Math.round(value)) });
    case 'percent':
      return t('advisor.value.percent', { value: format.number(oneDecimal(value)) });
    case 'rate':
      return format.number(oneDecimal(value));
    default:
      return format.number(value);
  }
}

/** Says "demo" in words, so a stand-in value is never read as real, by eye or by a screen reader. */
export function DemoBadge({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color="orange" variant="light" c="dark.9" size={compact ? 'xs' : 'sm'} title={t('advisor.demoTitle')}>
      {t('advisor.demo')}
    </Badge>
  );
}

type Props = { indicatorKey: string; kind: IndicatorKind; value: number | null; demo: boolean };

/** A value with its demo mark, or "not known". */
export function IndicatorValue({ indicatorKey, kind, value, demo }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  if (value === null) {
    return (
      <Text span c="dimmed" fz="inherit">
        {t('advisor.value.unknown')}
      </Text>
    );
  }
  return (
    <Group gap={6} component="span" wrap="nowrap" display="inline-flex">
      <Text span fz="inherit" fs={demo ? 'italic' : undefined}>
        {formatIndicator(indicatorKey, kind, value, t, format)}
      </Text>
      {demo ? <DemoBadge compact /> : null}
    </Group>
  );
}
