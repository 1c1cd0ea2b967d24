import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../app/i18n';
import { TableFrame } from '../../app/TableFrame';
import { OutdatedBadge, ReviewDueBadge, SampleBadge, StatusBadge } from './KbBadges';
import type { CategoryGroup } from './kb-list';

export const translationPath = (id: string) => `/staff/kb/translations/${encodeURIComponent(id)}`;

/** One category's articles: a row per translation, the article's own facts spanning its rows. */
export function ArticlesTable({ group }: { group: CategoryGroup }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableFrame label={t('kbAdmin.list.tableLabel', { category: group.name })} minWidth={900}>
      <Table verticalSpacing="xs" horizontalSpacing="md" withRowBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('kbAdmin.list.article')}</Table.Th>
            <Table.Th scope="col">{t('kbAdmin.list.language')}</Table.Th>
            <Table.Th scope="col">{t('kbAdmin.list.titleColumn')}</Table.Th>
            <Table.Th scope="col">{t('kbAdmin.list.state')}</Table.Th>
            <Table.Th scope="col">{t('kbAdmin.list.revision')}</Table.Th>
            <Table.Th scope="col">{t('kbAdmin.list.feedback')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {group.articles.map((article) => (
          // One body per article: its rows read as a group, and stripes follow articles, not translations.
          <Table.Tbody key={article.id} data-article={article.key} style={{ borderTop: '2px solid var(--mantine-color-gray-3)' }}>
            {article.translations.map((translation, index) => (
              <Table.Tr key={translation.id} data-lang={translation.lang}>
                {index === 0 ? (
                  <Table.Th scope="rowgroup" rowSpan={article.translations.length} fw={400} w={200} style={{ verticalAlign: 'top' }}>
                    <Stack gap={4} align="flex-start">
                      <Text size="sm" fw={600} ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                        {article.key}
                      </Text>
                      <Group gap={4}>
                        {article.sample ? <SampleBadge /> : null}
                        <ReviewDueBadge reviewDue={article.reviewDue} />
                      </Group>
                    </Stack>
                  </Table.Th>
                ) : null}
                <Table.Td>
                  <Text size="sm">{t(`topicsAdmin.languages.${translation.lang}`)}</Text>
                </Table.Td>
                <Table.Td miw={240} maw={380}>
                  <Anchor component={Link} to={translationPath(translation.id)} size="sm" lang={translation.lang} style={{ overflowWrap: 'anywhere' }}>
                    {translation.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <StatusBadge status={translation.status} />
                    {translation.outdated ? <OutdatedBadge /> : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" className="nowrap">
                    {translation.publishedRevision === null
                      ? t('kbAdmin.list.revisionUnpublished', { revision: translation.revision })
                      : t('kbAdmin.list.revisionPublished', { revision: translation.revision, published: translation.publishedRevision })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" className="nowrap">
                    {t('kbAdmin.list.votes', { helpful: format.number(translation.helpful), unhelpful: format.number(translation.unhelpful) })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        ))}
      </Table>
    </TableFrame>
  );
}
