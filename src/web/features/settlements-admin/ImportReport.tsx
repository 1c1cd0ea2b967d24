import { Badge, Button, Code, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../app/Fact';
import { useFormat } from '../../app/i18n';
import { TableFrame } from '../../app/TableFrame';
import { importProblemsCsv, importProblemsFileName } from './import-problems-csv';
import { isYesNo, type ImportChangeDto, type ImportPreviewDto, type ImportProblemDto } from './settlementsAdmin.api';

const statusColor: Record<ImportPreviewDto['status'], string> = { previewed: 'blue', committed: 'teal', discarded: 'gray' };

export function ImportStatusBadge({ status }: { status: ImportPreviewDto['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" radius="sm" color={statusColor[status]}>
      {t(`settlementsAdmin.status.${status}`)}
    </Badge>
  );
}

/** The counts of a preview: what the file holds and what committing it does. */
export function ImportSummary({ summary }: { summary: ImportPreviewDto['summary'] }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const facts = [
    ['lines', summary.lines],
    ['goodRows', summary.goodRows],
    ['badLines', summary.badLines],
    ['newValues', summary.newValues],
    ['changedValues', summary.changedValues],
    ['replacesDemo', summary.replacesDemo],
    ['unchangedValues', summary.unchangedValues],
  ] as const;
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 4, lg: 7 }} spacing="md" m={0}>
      {facts.map(([key, value]) => (
        <Fact key={key} label={t(`settlementsAdmin.summary.${key}`)}>
          {number(value)}
        </Fact>
      ))}
    </SimpleGrid>
  );
}

/** An indicator's name; the key itself as the file writes it, below. */
function IndicatorName({ indicator }: { indicator: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">{t(`settlementsAdmin.indicators.${indicator}`, { defaultValue: indicator })}</Text>
      <Code>{indicator}</Code>
    </>
  );
}

const step = 100;

/** Saves text as a file from the browser: the report is already here, so no second request to the server. */
function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Every problem of the file, by line; a long report opens a hundred lines at a time, the CSV holds them all. */
export function ProblemsTable({ problems, fileName }: { problems: ImportProblemDto[]; fileName: string }) {
  const { t } = useTranslation();
  const [shownCount, setShownCount] = useState(step);
  if (!problems.length) return <Text c="dimmed">{t('settlementsAdmin.noProblems')}</Text>;
  const shown = problems.slice(0, shownCount);
  return (
    <Stack gap="sm" align="flex-start">
      <Button
        variant="default"
        size="xs"
        leftSection={<IconDownload size={16} aria-hidden />}
        onClick={() => downloadText(importProblemsCsv(problems, t), importProblemsFileName(fileName), 'text/csv;charset=utf-8')}
      >
        {t('settlementsAdmin.downloadProblems', { count: problems.length })}
      </Button>
      <TableFrame label={t('settlementsAdmin.problemsTitle')} minWidth={640}>
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('settlementsAdmin.line')}</Table.Th>
              <Table.Th scope="col">{t('settlementsAdmin.column')}</Table.Th>
              <Table.Th scope="col">{t('settlementsAdmin.problem')}</Table.Th>
              <Table.Th scope="col">{t('settlementsAdmin.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((p, i) => (
              <Table.Tr key={`${p.line}-${p.column ?? ''}-${i}`}>
                <Table.Td>{p.line}</Table.Td>
                <Table.Td>{p.column ? <Code>{p.column}</Code> : '—'}</Table.Td>
                <Table.Td>{t(`settlementsAdmin.problemCodes.${p.code}`)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{p.value ? <Code>{p.value}</Code> : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableFrame>
      {problems.length > shownCount ? (
        <Button variant="default" size="xs" onClick={() => setShownCount((n) => n + step)}>
          {t('settlementsAdmin.showMoreProblems', { count: problems.length - shownCount })}
        </Button>
      ) : null}
    </Stack>
  );
}

function ShownValue({ indicator, value }: { indicator: string; value: NonNullable<ImportChangeDto['before']> }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  return (
    <Stack gap={2}>
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {isYesNo(indicator) ? t(value.value ? 'settlementsAdmin.yes' : 'settlementsAdmin.no') : number(value.value)}
        </Text>
        {value.demo ? (
          <Badge size="sm" color="orange" variant="light" c="dark.9">
            {t('common.demo')}
          </Badge>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {value.year ? `${value.year} · ${value.source}` : value.source}
      </Text>
    </Stack>
  );
}

/** The first changes as they will be written: before (a demo value marked) and after. */
export function ChangesTable({ changes }: { changes: ImportChangeDto[] }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  return (
    <TableFrame label={t('settlementsAdmin.changesTitle')} minWidth={760}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('settlementsAdmin.settlement')}</Table.Th>
            <Table.Th scope="col">{t('settlementsAdmin.indicator')}</Table.Th>
            <Table.Th scope="col">{t('settlementsAdmin.before')}</Table.Th>
            <Table.Th scope="col">{t('settlementsAdmin.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={`${change.kato}:${change.key}`}>
              <Table.Td>
                <Text size="sm">{change.name[language]}</Text>
                <Code>{change.kato}</Code>
              </Table.Td>
              <Table.Td>
                <IndicatorName indicator={change.key} />
              </Table.Td>
              <Table.Td>
                {change.before ? (
                  <ShownValue indicator={change.key} value={change.before} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('settlementsAdmin.noValueYet')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ShownValue indicator={change.key} value={change.after} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}
