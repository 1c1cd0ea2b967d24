import { Button, Group, Text } from '@mantine/core';
import { IconDownload, IconEraser } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { withNotice } from './notify';
import { personExportUrl, useAnonymizePerson, type PersonDto } from './people.api';
import { PersonSection } from './PersonSection';

/** A person's rights over their data: a copy of everything held, and erasure on request. */
export function PrivacyActions({ person }: { person: PersonDto }) {
  const { t } = useTranslation();
  const anonymize = useAnonymizePerson();
  const [confirming, setConfirming] = useState(false);

  const confirm = async () => {
    await withNotice(() => anonymize.mutateAsync(person.id), (result) => t('people.anonymized', { count: result.cases }), t);
    setConfirming(false);
  };

  return (
    <PersonSection id="person-privacy" title={t('people.privacy')}>
      <Text size="sm" c="dimmed" mb="md">
        {t('people.privacyLead')}
      </Text>
      <Group gap="sm">
        <Button component="a" href={personExportUrl(person.id)} download variant="default" leftSection={<IconDownload size={18} aria-hidden />}>
          {t('people.export')}
        </Button>
        <Button variant="default" c={person.anonymized ? undefined : 'red.8'} leftSection={<IconEraser size={18} aria-hidden />} onClick={() => setConfirming(true)} disabled={person.anonymized}>
          {t('people.anonymize')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={t('people.anonymizeTitle')}
        message={t('people.anonymizeMessage', { name: person.fullName })}
        confirmLabel={t('people.anonymizeConfirm')}
        danger
        loading={anonymize.isPending}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      />
    </PersonSection>
  );
}
