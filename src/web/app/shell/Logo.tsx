import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The emblem: a shanyrak, the crown of the yurt that a family passes on and
 * that stands for a home, under the gold of the sun.
 */
export function Emblem({ size = 34 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="20" fill="var(--mantine-color-otandas-7)" />
      <circle cx="20" cy="20" r="12.5" fill="none" stroke="var(--mantine-color-sun-5)" strokeWidth="2.6" />
      <path
        d="M9.5 16 Q20 13.5 30.5 16 M9.5 24 Q20 26.5 30.5 24 M16 9.5 Q13.5 20 16 30.5 M24 9.5 Q26.5 20 24 30.5"
        fill="none"
        stroke="var(--mantine-color-sun-5)"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}

export function Logo({ subtitle }: { subtitle?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={10} wrap="nowrap">
      <Emblem />
      <div style={{ lineHeight: 1.1, minWidth: 0 }}>
        <Text fw={800} fz={20} lh={1.1} c="otandas.9" style={{ letterSpacing: '0.01em' }}>
          {t('common.productName')}
        </Text>
        {subtitle ? (
          <Text fz={12} c="dimmed" lh={1.2} visibleFrom="xs" truncate>
            {subtitle}
          </Text>
        ) : null}
      </div>
    </Group>
  );
}
