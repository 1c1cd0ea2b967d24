import { Anchor, Checkbox, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TableFrame } from '../../app/TableFrame';
import { RegionLabel } from '../reference/regions/RegionLabel';
import { DemoBadge, DueLabel, StatusBadge, useTopicName } from './caseLabels';
import type { CaseSummaryDto } from './support.api';

type Props = {
  cases: CaseSummaryDto[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (select: boolean) => void;
  /** The row the keyboard shortcuts act on. */
  focusedIndex: number;
  onFocusRow: (index: number) => void;
};

export const caseRowId = (id: string) => `case-row-${id}`;

export function CasesTable({ cases, selected, onToggle, onToggleAll, focusedIndex, onFocusRow }: Props) {
  const { t } = useTranslation();
  const topicName = useTopicName();
  const selectedCount = cases.filter((c) => selected.has(c.id)).length;
  return (
    <TableFrame label={t('cases.tableLabel')} minWidth={1080}>
      <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={40}>
              <Checkbox
                aria-label={t('cases.selectAll')}
                checked={selectedCount > 0 && selectedCount === cases.length}
                indeterminate={selectedCount > 0 && selectedCount < cases.length}
                onChange={(e) => onToggleAll(e.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th scope="col">{t('cases.number')}</Table.Th>
            <Table.Th scope="col">{t('cases.applicant')}</Table.Th>
            <Table.Th scope="col">{t('cases.topic')}</Table.Th>
            <Table.Th scope="col">{t('cases.channelColumn')}</Table.Th>
            <Table.Th scope="col">{t('cases.statusColumn')}</Table.Th>
            <Table.Th scope="col">{t('cases.region')}</Table.Th>
            <Table.Th scope="col">{t('cases.assignee')}</Table.Th>
            <Table.Th scope="col">{t('cases.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((item, index) => {
            const focused = index === focusedIndex;
            return (
              <Table.Tr
                key={item.id}
                id={caseRowId(item.id)}
                data-case-id={item.id}
                aria-current={focused ? 'true' : undefined}
                onClick={() => onFocusRow(index)}
                bg={selected.has(item.id) ? 'otandas.0' : undefined}
                style={focused ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-otandas-6)' } : undefined}
              >
                <Table.Td>
                  <Checkbox aria-label={t('cases.selectCase', { number: item.number })} checked={selected.has(item.id)} onChange={() => onToggle(item.id)} />
                </Table.Td>
                <Table.Th scope="row">
                  <Group gap={6} wrap="nowrap">
                    <Anchor component={Link} to={`/staff/cases/${item.id}`} fw={600} size="sm" className="nowrap" onFocus={() => onFocusRow(index)}>
                      {item.number}
                    </Anchor>
                    <DemoBadge demo={item.demo} />
                  </Group>
                </Table.Th>
                <Table.Td maw={220}>
                  <Text size="sm">{item.applicantName}</Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {item.subject}
                  </Text>
                </Table.Td>
                <Table.Td maw={220}>
                  <Text size="sm">{topicName(item.topicCode)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" className="nowrap">
                    {t(`cases.channel.${item.channel}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={item.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <RegionLabel code={item.regionCode} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={item.assigneeName ? undefined : 'dimmed'}>
                    {item.assigneeName ?? t('cases.unassigned')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DueLabel item={item} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}
