import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../app/i18n';
import { useSession } from '../../app/session';
import { QueryState } from '../../app/QueryState';
import { DemoBadge, StatusBadge, useTopicName } from '../support/caseLabels';
import { usePersonCases } from './people.api';
import { PersonSection, RecordsTable } from './PersonSection';

/** The person's appeals in every channel, their merged records' included. */
export function PersonCases({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cases = usePersonCases(personId);
  const topicName = useTopicName();
  // A front office sees its own region's appeals only: an empty list says so, not that there are none.
  const regionBound = useSession().user?.role === 'front_office';
  const items = cases.data?.items ?? [];
  return (
    <PersonSection id="person-cases" title={t('people.cases')} flush>
      <QueryState isPending={cases.isPending} error={cases.error} onRetry={() => void cases.refetch()}>
        {items.length ? (
          <RecordsTable label={t('people.casesTable')} minWidth={760} columns={[t('cases.number'), t('cases.topic'), t('cases.channelColumn'), t('cases.statusColumn'), t('people.caseOpened')]}>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Th scope="row">
                  <Group gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={`/staff/cases/${item.id}`} fw={600} size="sm" className="nowrap">
                      {item.number}
                    </Anchor>
                    <DemoBadge demo={item.demo} />
                  </Group>
                </Table.Th>
                <Table.Td maw={320}>
                  <Text size="sm">{topicName(item.topicCode)}</Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {item.subject}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`cases.channel.${item.channel}`)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={item.status} />
                </Table.Td>
                <Table.Td className="nowrap">
                  <time dateTime={item.createdAt}>{format.date(item.createdAt)}</time>
                </Table.Td>
              </Table.Tr>
            ))}
          </RecordsTable>
        ) : (
          <Text px="lg" pb="lg" c="dimmed">
            {regionBound ? t('people.noCasesInRegion') : t('people.noCases')}
          </Text>
        )}
      </QueryState>
    </PersonSection>
  );
}
