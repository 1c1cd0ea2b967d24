import { Anchor, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconExternalLink, IconFilePlus, IconThumbDown, IconThumbUp } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Language } from '../../../lib/i18n/core';
import { withQuery } from '../../app/api';
import { useFormat } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { useSession } from '../../app/session';
import { TableFrame } from '../../app/TableFrame';
import { translationPath } from './ArticlesTable';
import { LanguageSelect } from './LanguageSelect';
import { canEditKb } from './kb-workflow';
import { useKbReport, type KbReportDto } from './knowledgeAdmin.api';

/** What readers find unhelpful and what they search for in vain: the next articles to write. */
export default function ReportPage() {
  const { t } = useTranslation();
  const [lang, setLang] = useState<Language | null>(null);
  const report = useKbReport(lang);
  const { user } = useSession();
  const editable = canEditKb(user?.role);
  return (
    <>
      <PageHeader title={t('kbAdmin.report.title')} description={t('kbAdmin.report.lead')} />
      <LanguageSelect value={lang} onChange={setLang} w={220} mb="lg" />
      <QueryState isPending={report.isPending} error={report.error} onRetry={() => void report.refetch()}>
        {report.data ? (
          <Stack gap="xl">
            <LeastHelpful rows={report.data.leastHelpful} editable={editable} />
            <Unanswered rows={report.data.unanswered} editable={editable} />
          </Stack>
        ) : null}
      </QueryState>
    </>
  );
}

/** A report section: its heading, and a table of its rows or a line saying there are none. */
function ReportSection({ title, columns, empty, children }: { title: string; columns: Array<string | null>; empty: string; children: ReactNode[] }) {
  const { t } = useTranslation();
  return (
    <section>
      <Title order={2} fz="h3" mb="xs">
        {title}
      </Title>
      <Card withBorder radius="lg" padding={0}>
        {children.length ? (
          <TableFrame label={title} minWidth={760}>
            <Table verticalSpacing="sm" horizontalSpacing="md" striped>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column, index) => (
                    // A null column holds buttons: named for screen readers only.
                    <Table.Th key={index} scope="col">
                      {column ?? <span className="visually-hidden">{t('kbAdmin.history.actions')}</span>}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{children}</Table.Tbody>
            </Table>
          </TableFrame>
        ) : (
          <Text p="lg" ta="center" c="dimmed">
            {empty}
          </Text>
        )}
      </Card>
    </section>
  );
}

/** `editable`: titles link to the editor and queries offer "write an article". */
function LeastHelpful({ rows, editable }: { rows: KbReportDto['leastHelpful']; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ReportSection
      title={t('kbAdmin.report.leastHelpful')}
      columns={[t('kbAdmin.list.article'), t('kbAdmin.list.language'), t('kbAdmin.list.feedback'), t('kbAdmin.report.comments')]}
      empty={t('kbAdmin.report.noFeedback')}
    >
      {rows.map((row) => (
        <Table.Tr key={row.id}>
          <Table.Th scope="row" fw={400} maw={280} style={{ overflowWrap: 'anywhere' }}>
            {editable ? (
              <Anchor component={Link} to={translationPath(row.id)} size="sm" lang={row.lang}>
                {row.title}
              </Anchor>
            ) : (
              <Text size="sm" lang={row.lang}>
                {row.title}
              </Text>
            )}
          </Table.Th>
          <Table.Td>{t(`topicsAdmin.languages.${row.lang}`)}</Table.Td>
          <Table.Td className="nowrap">{t('kbAdmin.list.votes', { helpful: format.number(row.helpful), unhelpful: format.number(row.unhelpful) })}</Table.Td>
          <Table.Td maw={420}>
            {row.comments.length ? (
              <List size="sm" spacing={4} listStyleType="none" pl={0}>
                {row.comments.map((comment, index) => (
                  <List.Item
                    key={index}
                    icon={comment.helpful ? <IconThumbUp size={14} role="img" aria-label={t('kbAdmin.report.helpfulVote')} /> : <IconThumbDown size={14} role="img" aria-label={t('kbAdmin.report.unhelpfulVote')} />}
                  >
                    <Text size="sm" component="span" style={{ overflowWrap: 'anywhere' }}>
                      {comment.comment}
                    </Text>{' '}
                    <Text size="xs" c="dimmed" component="span">
                      <time dateTime={comment.createdAt}>{format.dateTime(comment.createdAt)}</time>
                    </Text>
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                {t('kbAdmin.report.noComments')}
              </Text>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </ReportSection>
  );
}

/** `editable`: titles link to the editor and queries offer "write an article". */
function Unanswered({ rows, editable }: { rows: KbReportDto['unanswered']; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ReportSection
      title={t('kbAdmin.report.unanswered')}
      columns={[t('kbAdmin.report.query'), t('kbAdmin.list.language'), t('kbAdmin.report.times'), t('kbAdmin.report.lastAt'), null]}
      empty={t('kbAdmin.report.noUnanswered')}
    >
      {rows.map((row) => (
        <Table.Tr key={`${row.lang}:${row.query}`}>
          <Table.Th scope="row" fw={500} maw={320} lang={row.lang} style={{ overflowWrap: 'anywhere' }}>
            {row.query}
          </Table.Th>
          <Table.Td>{t(`topicsAdmin.languages.${row.lang}`)}</Table.Td>
          <Table.Td>{format.number(row.count)}</Table.Td>
          <Table.Td className="nowrap">
            <time dateTime={row.lastAt}>{format.dateTime(row.lastAt)}</time>
          </Table.Td>
          <Table.Td>
            <Group gap="xs" wrap="nowrap">
              <Button
                component="a"
                href={withQuery('/kb', { q: row.query, lang: row.lang })}
                target="_blank"
                rel="noopener"
                size="xs"
                variant="default"
                leftSection={<IconExternalLink size={14} aria-hidden />}
                aria-label={t('kbAdmin.report.searchPortalFor', { query: row.query })}
              >
                {t('kbAdmin.report.searchPortal')}
              </Button>
              {editable ? (
                <Button
                  component={Link}
                  to={withQuery('/staff/kb', { create: row.query, lang: row.lang })}
                  size="xs"
                  variant="light"
                  leftSection={<IconFilePlus size={14} aria-hidden />}
                  aria-label={t('kbAdmin.report.createFor', { query: row.query })}
                >
                  {t('kbAdmin.create.button')}
                </Button>
              ) : null}
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </ReportSection>
  );
}
