import { Alert, Anchor, Button, Card, FileButton, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../app/errors';
import { useFormat } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { QueryState } from '../../app/QueryState';
import { TableFrame } from '../../app/TableFrame';
import { ImportStatusBadge } from './ImportReport';
import { indicatorFileMaxBytes, indicatorFileTypes, templateUrl, useIndicatorImports, useUploadIndicatorFile } from './settlementsAdmin.api';

/**
 * Indicator files for the settlement catalogue: upload one to see what it
 * would change, then commit or discard it on its own page.
 */
export default function IndicatorImportsPage() {
  const { t } = useTranslation();
  const { dateTime, number } = useFormat();
  const navigate = useNavigate();
  const imports = useIndicatorImports();
  const upload = useUploadIndicatorFile();
  const [tooLarge, setTooLarge] = useState(false);

  const pick = (file: File | null) => {
    if (!file) return;
    setTooLarge(file.size > indicatorFileMaxBytes);
    if (file.size > indicatorFileMaxBytes) return;
    upload.mutate(file, { onSuccess: (result) => navigate(`/staff/settlements/imports/${result.id}`) });
  };

  return (
    <>
      <PageHeader
        title={t('settlementsAdmin.importsTitle')}
        description={t('settlementsAdmin.importsLead')}
        actions={
          <>
            {/* A plain link: the browser downloads with the session cookie. */}
            <Button component="a" href={templateUrl} download variant="default" leftSection={<IconDownload size={18} aria-hidden />}>
              {t('settlementsAdmin.template')}
            </Button>
            <FileButton onChange={pick} accept={indicatorFileTypes}>
              {(props) => (
                <Button {...props} leftSection={<IconUpload size={18} aria-hidden />} loading={upload.isPending}>
                  {t('settlementsAdmin.upload')}
                </Button>
              )}
            </FileButton>
          </>
        }
      />
      <Stack gap="lg">
        {tooLarge ? (
          <Alert color="red" role="alert">
            {t('settlementsAdmin.tooLarge', { limit: indicatorFileMaxBytes / 1024 / 1024 })}
          </Alert>
        ) : null}
        {upload.error ? (
          <Alert color="red" role="alert" title={t('settlementsAdmin.uploadFailed')}>
            {errorMessage(upload.error, t)}
          </Alert>
        ) : null}
        <Card withBorder radius="lg">
          <Title order={2} size="h4" mb="xs">
            {t('settlementsAdmin.formatTitle')}
          </Title>
          <List size="sm" spacing={4}>
            <List.Item>{t('settlementsAdmin.formatWide')}</List.Item>
            <List.Item>{t('settlementsAdmin.formatLong')}</List.Item>
            <List.Item>{t('settlementsAdmin.formatValues')}</List.Item>
            <List.Item>{t('settlementsAdmin.formatRules')}</List.Item>
          </List>
        </Card>
        <Card withBorder radius="lg" padding={0}>
          <Title order={2} size="h4" p="md">
            {t('settlementsAdmin.historyTitle')}
          </Title>
          <QueryState isPending={imports.isPending} error={imports.error} onRetry={() => void imports.refetch()}>
            {imports.data?.length ? (
              <TableFrame label={t('settlementsAdmin.historyTitle')} minWidth={760}>
                <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('settlementsAdmin.file')}</Table.Th>
                      <Table.Th scope="col">{t('settlementsAdmin.uploaded')}</Table.Th>
                      <Table.Th scope="col">{t('settlementsAdmin.statusLabel')}</Table.Th>
                      <Table.Th scope="col">{t('settlementsAdmin.summary.goodRows')}</Table.Th>
                      <Table.Th scope="col">{t('settlementsAdmin.summary.badLines')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {imports.data.map((item) => (
                      <Table.Tr key={item.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/staff/settlements/imports/${item.id}`}>
                            {item.fileName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{dateTime(item.createdAt)}</Text>
                          {item.createdByName ? (
                            <Text size="xs" c="dimmed">
                              {item.createdByName}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <ImportStatusBadge status={item.status} />
                        </Table.Td>
                        <Table.Td>{number(item.summary.goodRows)}</Table.Td>
                        <Table.Td>{number(item.summary.badLines)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableFrame>
            ) : (
              <Text c="dimmed" p="md" pt={0}>
                {t('settlementsAdmin.noImports')}
              </Text>
            )}
          </QueryState>
        </Card>
      </Stack>
    </>
  );
}
