import { Kbd, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The keys of the inbox and the case view, and what each one does. */
const shortcuts: Array<{ keys: string[]; action: string }> = [
  { keys: ['j'], action: 'next' },
  { keys: ['k'], action: 'previous' },
  { keys: ['Enter', 'o'], action: 'open' },
  { keys: ['x'], action: 'select' },
  { keys: ['a'], action: 'assignToMe' },
  { keys: ['/'], action: 'search' },
  { keys: ['r'], action: 'reply' },
  { keys: ['n'], action: 'note' },
  { keys: ['?'], action: 'help' },
];

export function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('cases.shortcuts.title')} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      <Table verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('cases.shortcuts.key')}</Table.Th>
            <Table.Th scope="col">{t('cases.shortcuts.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shortcuts.map((s) => (
            <Table.Tr key={s.action}>
              <Table.Td className="nowrap">
                {s.keys.map((key, i) => (
                  <span key={key}>
                    {i ? ' / ' : null}
                    <Kbd>{key}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{t(`cases.shortcuts.${s.action}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="sm">
        {t('cases.shortcuts.hint')}
      </Text>
    </Modal>
  );
}
