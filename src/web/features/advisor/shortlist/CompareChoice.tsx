import { Button, Checkbox, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { comparePath, minCompare, type useCompareChoice } from './compare-choice';
import { maxCompare } from './shortlist-store';

type Compare = ReturnType<typeof useCompareChoice>;

/** A settlement's tick for the comparison; with four ticked, the others refuse and point to the hint that says why. */
export function CompareCheckbox({ compare, code, name }: { compare: Compare; code: string; name: string }) {
  const { t } = useTranslation();
  const checked = compare.choice.chosen.includes(code);
  const refuses = !checked && compare.choice.chosen.length >= maxCompare;
  return (
    <Checkbox
      checked={checked}
      onChange={() => compare.toggle(code)}
      aria-label={t('advisor.shortlist.compareNamed', { name })}
      aria-disabled={refuses || undefined}
      aria-describedby={compare.hint ? compare.hintId : undefined}
      style={refuses ? { opacity: 0.55 } : undefined}
    />
  );
}

/** "Compare (n)" for the ticked settlements, unavailable below two, and the hint that goes with the ticks. */
export function CompareAction({ compare, search }: { compare: Compare; search: string }) {
  const { t } = useTranslation();
  const { chosen } = compare.choice;
  const label = t('advisor.shortlist.compare', { n: chosen.length });
  const icon = <IconScale size={18} aria-hidden />;
  return chosen.length >= minCompare ? (
    <Button component={Link} to={comparePath(chosen, search)} variant="light" leftSection={icon}>
      {label}
    </Button>
  ) : (
    <Button variant="light" leftSection={icon} disabled aria-describedby={compare.hintId}>
      {label}
    </Button>
  );
}

/** Said under the list, and announced when it changes. */
export function CompareHint({ compare }: { compare: Compare }) {
  const { t } = useTranslation();
  return (
    <Text id={compare.hintId} role="status" fz="xs" c="dimmed">
      {compare.hint === 'needTwo' ? t('advisor.shortlist.compareNeedTwo') : null}
      {compare.hint === 'full' ? t('advisor.shortlist.compareFull', { count: maxCompare }) : null}
    </Text>
  );
}
