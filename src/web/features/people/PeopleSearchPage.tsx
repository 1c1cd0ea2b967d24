import { Anchor, Button, Card, Paper, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconGitMerge, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useFormat } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { useSession } from '../../app/session';
import { RegionLabel } from '../reference/regions/RegionLabel';
import { RecordsTable } from './PersonSection';
import { canMergePeople, minSearchLength, usePeopleSearch, type PersonSummaryDto } from './people.api';

function ResultsTable({ people }: { people: PersonSummaryDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <RecordsTable label={t('people.resultsTable')} minWidth={640} columns={[t('people.name'), t('people.birthDate'), t('people.iin'), t('people.region')]}>
      {people.map((person) => (
        <Table.Tr key={person.id}>
          <Table.Th scope="row">
            <Anchor component={Link} to={`/staff/people/${person.id}`} fw={600} size="sm">
              {person.fullName}
            </Anchor>
          </Table.Th>
          <Table.Td className="nowrap">{person.birthDate ? format.date(person.birthDate) : '—'}</Table.Td>
          <Table.Td className="nowrap">{person.iin ?? '—'}</Table.Td>
          <Table.Td>
            <RegionLabel code={person.regionCode} />
          </Table.Td>
        </Table.Tr>
      ))}
    </RecordsTable>
  );
}

/** One registry of people across every channel: found by name in any script, IIN, phone or e-mail. */
export default function PeopleSearchPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  // The query lives in the address, so the back button returns to the same results.
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [q] = useDebouncedValue(search.trim(), 300);
  const results = usePeopleSearch(q);
  const ready = q.length >= minSearchLength;
  const items = results.data ?? [];

  return (
    <>
      <PageHeader
        title={t('people.searchTitle')}
        description={t('people.searchLead')}
        actions={
          canMergePeople(user?.role) ? (
            <Button component={Link} to="/staff/people/proposals" variant="default" leftSection={<IconGitMerge size={18} aria-hidden />}>
              {t('people.toProposals')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder radius="lg" p="md" mb="md" component="form" role="search" aria-label={t('people.searchLabel')} onSubmit={(e) => e.preventDefault()}>
        <TextInput
          label={t('people.search')}
          description={t('people.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          value={search}
          onChange={(e) => setParams(e.currentTarget.value ? { q: e.currentTarget.value } : {}, { replace: true })}
          data-autofocus
        />
      </Paper>
      <Card withBorder radius="lg" padding={0}>
        {ready ? (
          <QueryState isPending={results.isPending} error={results.error} onRetry={() => void results.refetch()}>
            <Text size="sm" c="dimmed" px="md" pt="md" pb="xs" role="status" aria-live="polite">
              {t('people.found', { count: items.length })}
            </Text>
            {items.length ? <ResultsTable people={items} /> : (
              <Text p="xl" ta="center" c="dimmed">
                {t('people.noResults')}
              </Text>
            )}
          </QueryState>
        ) : (
          <Text p="xl" ta="center" c="dimmed">
            {t('people.searchPrompt')}
          </Text>
        )}
      </Card>
    </>
  );
}
