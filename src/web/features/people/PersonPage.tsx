import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { IconArrowLeft, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../app/api';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { useSession } from '../../app/session';
import { NotFoundPage } from '../../app/StatusPages';
import { MergedRecords } from './MergedRecords';
import { canManagePrivacy, canMergePeople, usePerson } from './people.api';
import { PersonCases } from './PersonCases';
import { PersonContacts, PersonIdentity } from './PersonDetails';
import { PrivacyActions } from './PrivacyActions';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One person across every channel: who they are, how they reached us, and all their cases. */
export default function PersonPage() {
  const { id = '' } = useParams();
  return uuid.test(id) ? <Person id={id} /> : <NotFoundPage inConsole />;
}

function Person({ id }: { id: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const person = usePerson(id);
  if (person.error instanceof ApiError && person.error.status === 404) return <NotFoundPage inConsole />;
  const data = person.data;

  return (
    <>
      <PageHeader
        title={data?.fullName ?? t('people.personTitle')}
        description={t('people.personLead')}
        actions={
          <Button component={Link} to="/staff/people" variant="subtle" leftSection={<IconArrowLeft size={18} aria-hidden />}>
            {t('people.backToSearch')}
          </Button>
        }
      />
      <QueryState isPending={person.isPending} error={person.error} onRetry={() => void person.refetch()}>
        {data ? (
          <Stack gap="lg">
            {/* The API answers for a merged record with the person it now belongs to. */}
            {data.id !== id ? (
              <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
                {t('people.mergedNotice')}{' '}
                <Anchor component={Link} to={`/staff/people/${data.id}`}>
                  {t('people.openSurvivor', { name: data.fullName })}
                </Anchor>
              </Alert>
            ) : null}
            <PersonIdentity person={data} />
            <PersonContacts person={data} />
            <PersonCases personId={data.id} />
            <MergedRecords mergedIds={data.mergedIds} canUnmerge={canMergePeople(user?.role)} />
            {canManagePrivacy(user?.role) ? <PrivacyActions person={data} /> : null}
          </Stack>
        ) : null}
      </QueryState>
    </>
  );
}
