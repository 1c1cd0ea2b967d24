import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconArrowsSplit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { withNotice } from './notify';
import { useUnmergePerson } from './people.api';
import { PersonSection } from './PersonSection';

type Props = { mergedIds: string[]; canUnmerge: boolean };

/** Records merged into this person; an unmerge splits one off again with its own contacts and cases. */
export function MergedRecords({ mergedIds, canUnmerge }: Props) {
  const { t } = useTranslation();
  const unmerge = useUnmergePerson();
  const [splitting, setSplitting] = useState<string | null>(null);

  const confirm = async () => {
    if (!splitting) return;
    await withNotice(() => unmerge.mutateAsync(splitting), () => t('people.unmerged'), t);
    setSplitting(null);
  };

  return (
    <PersonSection id="person-merged" title={t('people.mergedRecords')}>
      {mergedIds.length ? (
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {mergedIds.map((id) => (
            <Group key={id} component="li" justify="space-between" gap="sm" wrap="wrap">
              <Text size="sm">
                {t('people.mergedRecord')} <Code>{id}</Code>
              </Text>
              {canUnmerge ? (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconArrowsSplit size={16} aria-hidden />}
                  onClick={() => setSplitting(id)}
                  aria-label={t('people.unmergeRecord', { id })}
                >
                  {t('people.unmerge')}
                </Button>
              ) : null}
            </Group>
          ))}
        </Stack>
      ) : (
        <Text c="dimmed">{t('people.noMerged')}</Text>
      )}
      <ConfirmDialog
        opened={splitting !== null}
        title={t('people.unmergeTitle')}
        message={t('people.unmergeMessage')}
        confirmLabel={t('people.unmerge')}
        loading={unmerge.isPending}
        onConfirm={() => void confirm()}
        onCancel={() => setSplitting(null)}
      />
    </PersonSection>
  );
}
