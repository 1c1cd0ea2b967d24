import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { useFormat } from '../../app/i18n';
import { useMergePeople, type MatchProposalDto, type PersonSummaryDto } from './people.api';

type Props = { proposal: MatchProposalDto | null; onClose: () => void; onMerged: (survivor: PersonSummaryDto) => void };

/** The operator picks which record survives; the other one points at it and can be split off again. */
export function MergeModal({ proposal, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const merge = useMergePeople();
  const [survivorId, setSurvivorId] = useState('');
  // The record that was there first usually carries more history, so it survives unless told otherwise.
  useEffect(() => {
    if (proposal) setSurvivorId(proposal.candidate.id);
  }, [proposal]);

  const close = () => {
    merge.reset();
    onClose();
  };

  const submit = async () => {
    if (!proposal) return;
    const survivor = survivorId === proposal.person.id ? proposal.person : proposal.candidate;
    const merged = survivor === proposal.person ? proposal.candidate : proposal.person;
    try {
      await merge.mutateAsync({ survivorId: survivor.id, mergedId: merged.id });
      merge.reset();
      onMerged(survivor);
    } catch {
      // Shown from merge.error below.
    }
  };

  const describe = (person: PersonSummaryDto) =>
    [person.birthDate ? format.date(person.birthDate) : null, person.iin].filter(Boolean).join(' · ') || t('people.noDetails');

  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={proposal !== null} onClose={close} title={t('people.mergeTitle')} centered size="lg">
      {proposal ? (
        <Stack gap="md">
          {merge.error ? (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {errorMessage(merge.error, t)}
            </Alert>
          ) : null}
          <Radio.Group label={t('people.chooseSurvivor')} description={t('people.chooseSurvivorHint')} value={survivorId} onChange={setSurvivorId}>
            <Stack gap="sm" mt="xs">
              {[proposal.candidate, proposal.person].map((person) => (
                <Radio
                  key={person.id}
                  value={person.id}
                  label={person.fullName}
                  description={describe(person)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Text size="sm" c="dimmed">
            {t('people.mergeExplain')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void submit()} loading={merge.isPending} disabled={!survivorId}>
              {t('people.mergeConfirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
