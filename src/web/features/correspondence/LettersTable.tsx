import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n';
import { TableFrame } from '../../app/TableFrame';
import type { LetterDirection, LetterDto } from './correspondence.api';

type Props = {
  direction: LetterDirection;
  letters: LetterDto[];
  /** Set when the user may register replies. */
  onReply?: ((letter: LetterDto) => void) | undefined;
};

/** Where an outgoing letter stands: answered, overdue, waiting, or no answer expected. */
function ReplyCell({ letter }: { letter: LetterDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (letter.reply) {
    return (
      <Stack gap={2}>
        <Badge color="teal" variant="light" radius="sm" w="fit-content">
          {t('correspondence.replied')}
        </Badge>
        <Text size="xs">{t('correspondence.replyRef', { number: letter.reply.number, date: format.date(letter.reply.letterDate) })}</Text>
      </Stack>
    );
  }
  if (!letter.replyDueDate) return <Text size="sm" c="dimmed">{t('correspondence.noReplyExpected')}</Text>;
  return (
    <Stack gap={2}>
      <Badge color={letter.replyOverdue ? 'red.9' : 'yellow'} c={letter.replyOverdue ? undefined : 'dark'} variant={letter.replyOverdue ? 'filled' : 'light'} radius="sm" w="fit-content">
        {letter.replyOverdue ? t('correspondence.overdue') : t('correspondence.awaiting')}
      </Badge>
      <Text size="xs">{t('correspondence.dueOn', { date: format.date(letter.replyDueDate) })}</Text>
    </Stack>
  );
}

export function LettersTable({ direction, letters, onReply }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const outgoing = direction === 'outgoing';
  return (
    <TableFrame label={outgoing ? t('correspondence.outgoingTable') : t('correspondence.incomingTable')} minWidth={outgoing && onReply ? 960 : 820}>
      <Table striped verticalSpacing="sm" horizontalSpacing="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('correspondence.number')}</Table.Th>
            <Table.Th scope="col">{t('correspondence.letterDate')}</Table.Th>
            <Table.Th scope="col">{outgoing ? t('correspondence.addressee') : t('correspondence.sender')}</Table.Th>
            <Table.Th scope="col">{t('correspondence.subject')}</Table.Th>
            <Table.Th scope="col">{outgoing ? t('correspondence.replyColumn') : t('correspondence.inReplyToColumn')}</Table.Th>
            {outgoing && onReply ? (
              <Table.Th scope="col">
                <span className="visually-hidden">{t('correspondence.actions')}</span>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {letters.map((letter) => (
            <Table.Tr key={letter.id} data-letter-id={letter.id}>
              <Table.Th scope="row" fw={600}>
                <Text size="sm" fw={600} className="nowrap">
                  {letter.number}
                </Text>
              </Table.Th>
              <Table.Td>
                <Text size="sm" className="nowrap">
                  <time dateTime={letter.letterDate}>{format.date(letter.letterDate)}</time>
                </Text>
              </Table.Td>
              <Table.Td maw={280}>
                <Text size="sm">{letter.counterparty}</Text>
                {letter.signatory ? (
                  <Text size="xs" c="dimmed">
                    {t('correspondence.signedBy', { name: letter.signatory })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td maw={320}>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {letter.subject}
                </Text>
                {letter.caseIds.length ? (
                  <Text size="xs" c="dimmed">
                    {t('correspondence.caseCount', { count: letter.caseIds.length })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {outgoing ? (
                  <ReplyCell letter={letter} />
                ) : letter.inReplyTo ? (
                  <Text size="sm">{t('correspondence.replyRef', { number: letter.inReplyTo.number, date: format.date(letter.inReplyTo.letterDate) })}</Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              {outgoing && onReply ? (
                <Table.Td>
                  {letter.reply ? null : (
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconMailForward size={16} aria-hidden />}
                      onClick={() => onReply(letter)}
                      aria-label={t('correspondence.registerReplyFor', { number: letter.number })}
                    >
                      {t('correspondence.registerReply')}
                    </Button>
                  )}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}
