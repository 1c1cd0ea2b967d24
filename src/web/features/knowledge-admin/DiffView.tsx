import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { diffCounts, foldUnchanged, hasChanges } from './kb-diff';
import type { KbDiffPart } from './knowledgeAdmin.api';

// Additions underlined on green, removals struck through on red: the marks carry the meaning, the colours help.
// The text stays dark on the light tints for contrast; the lines take the colour.
const addedStyle = { background: 'var(--mantine-color-green-1)', color: 'var(--mantine-color-black)', textDecoration: 'underline', textDecorationColor: 'var(--mantine-color-green-9)', textDecorationThickness: 2 };
const removedStyle = { background: 'var(--mantine-color-red-1)', color: 'var(--mantine-color-black)', textDecoration: 'line-through', textDecorationColor: 'var(--mantine-color-red-9)', textDecorationThickness: 2 };

/** One field's word differences, with the counts in words above them. */
export function DiffView({ label, parts, lang }: { label: string; parts: KbDiffPart[]; lang: string }) {
  const { t } = useTranslation();
  const counts = diffCounts(parts);
  return (
    <Stack gap={4}>
      <Text component="h3" fw={700} size="sm">
        {label}
      </Text>
      {hasChanges(parts) ? (
        <>
          <Text size="xs" c="dimmed">
            {t('kbAdmin.diff.counts', { added: t('kbAdmin.diff.words', { count: counts.added }), removed: t('kbAdmin.diff.words', { count: counts.removed }) })}
          </Text>
          <Paper withBorder radius="md" p="sm" lang={lang} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 14, lineHeight: 1.6 }}>
            {foldUnchanged(parts).map((segment, index) => {
              if (segment.change === 'gap') {
                return (
                  <Text key={index} component="span" c="dimmed" fs="italic">
                    {` [${t('kbAdmin.diff.unchanged', { count: segment.hiddenChars })}] `}
                  </Text>
                );
              }
              if (segment.change === 'added') {
                return (
                  <ins key={index} style={addedStyle}>
                    <span className="visually-hidden">{`[${t('kbAdmin.diff.added')}: `}</span>
                    {segment.value}
                    <span className="visually-hidden">]</span>
                  </ins>
                );
              }
              if (segment.change === 'removed') {
                return (
                  <del key={index} style={removedStyle}>
                    <span className="visually-hidden">{`[${t('kbAdmin.diff.removed')}: `}</span>
                    {segment.value}
                    <span className="visually-hidden">]</span>
                  </del>
                );
              }
              return <span key={index}>{segment.value}</span>;
            })}
          </Paper>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('kbAdmin.diff.noChanges')}
        </Text>
      )}
    </Stack>
  );
}
