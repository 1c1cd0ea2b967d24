import { ActionIcon, Badge, Button, Card, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { TableFrame } from '../../app/TableFrame';
import type { Language } from '../../../lib/i18n';
import { useTopics, type TopicDto } from './supportAdmin.api';
import { TopicEditModal } from './TopicEditModal';

/** The support center's topics: names, teams and deadlines the admin keeps. */
export default function TopicsAdminPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const topics = useTopics();
  const [editing, setEditing] = useState<TopicDto | 'new' | null>(null);
  const items = topics.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('topicsAdmin.title')}
        description={t('topicsAdmin.lead')}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
            {t('topicsAdmin.create')}
          </Button>
        }
      />
      <Card withBorder radius="lg" padding={0}>
        <QueryState isPending={topics.isPending} error={topics.error} onRetry={() => void topics.refetch()}>
          <TableFrame label={t('topicsAdmin.tableLabel')} minWidth={900}>
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('topicsAdmin.code')}</Table.Th>
                  <Table.Th scope="col">{t('topicsAdmin.name')}</Table.Th>
                  <Table.Th scope="col">{t('topicsAdmin.team')}</Table.Th>
                  <Table.Th scope="col">{t('topicsAdmin.deadline')}</Table.Th>
                  <Table.Th scope="col">{t('topicsAdmin.status')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('topicsAdmin.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((topic) => (
                  <Table.Tr key={topic.code}>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {topic.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {topic.name[language] ?? topic.name.kk}
                      </Text>
                      {/* The other two languages, so a missing or odd translation shows at a glance. */}
                      <Text size="xs" c="dimmed">
                        {(['kk', 'ru', 'en'] as const).filter((l) => l !== language).map((l) => topic.name[l]).join(' · ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`topicsAdmin.teams.${topic.team}`)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('topicsAdmin.workingDays', { count: topic.deadlineWorkingDays })}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" radius="sm" color={topic.active ? 'teal' : 'gray'}>
                        {topic.active ? t('topicsAdmin.active') : t('topicsAdmin.inactive')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon variant="subtle" onClick={() => setEditing(topic)} aria-label={t('topicsAdmin.edit', { name: topic.name[language] ?? topic.code })}>
                        <IconPencil size={18} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableFrame>
        </QueryState>
      </Card>
      <TopicEditModal
        topic={editing}
        existingCodes={items.map((topic) => topic.code)}
        onClose={() => setEditing(null)}
        onSaved={(topic) => {
          setEditing(null);
          notifications.show({ color: 'teal', message: t('topicsAdmin.saved', { name: topic.name[language] ?? topic.code }) });
        }}
      />
    </>
  );
}
