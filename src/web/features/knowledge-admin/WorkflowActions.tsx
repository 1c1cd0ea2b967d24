import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconSend, IconWorldUpload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { useSession } from '../../app/session';
import type { KbTranslationStatus } from './kb-list';
import { allowedMoves } from './kb-workflow';
import { useSetTranslationStatus, type KbStaffTranslationDto } from './knowledgeAdmin.api';

const moveIcons: Record<KbTranslationStatus, ReactNode> = {
  review: <IconSend size={16} aria-hidden />,
  draft: <IconArrowBackUp size={16} aria-hidden />,
  published: <IconWorldUpload size={16} aria-hidden />,
};

type Props = {
  translation: KbStaffTranslationDto;
  /** Unsaved edits: a move applies to the saved copy, so it waits for Save. */
  dirty: boolean;
};

/** The workflow buttons the translation's status and the user's role allow. */
export function WorkflowActions({ translation, dirty }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const move = useSetTranslationStatus(translation.id);
  const moves = allowedMoves(translation.status, user?.role);
  if (!moves.length) return null;
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap">
        {moves.map((to) => (
          <Button
            key={to}
            variant={to === 'published' ? 'filled' : 'default'}
            leftSection={moveIcons[to]}
            disabled={dirty}
            loading={move.isPending && move.variables === to}
            onClick={() => move.mutate(to)}
          >
            {t(`kbAdmin.moves.${to}`)}
          </Button>
        ))}
        {dirty ? (
          <Text size="sm" c="dimmed">
            {t('kbAdmin.moves.saveFirst')}
          </Text>
        ) : null}
      </Group>
      {move.error ? (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {errorMessage(move.error, t)}
        </Alert>
      ) : null}
    </Stack>
  );
}
