import { Alert, Anchor, Button, CopyButton, FileButton, Group, Stack, Table, Text } from '@mantine/core';
import { IconCopy, IconTrash, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { QueryState } from '../../app/QueryState';
import { TableFrame } from '../../app/TableFrame';
import { useDeleteAttachment, useKbAttachments, useUploadAttachment } from './knowledgeAdmin.api';
import { notifySuccess } from './notify';

const accepted = 'image/png,image/jpeg,image/webp,image/gif,application/pdf';

/**
 * The article's images and PDFs: upload (the server checks the bytes and the
 * size), copy the Markdown that shows a file in the text, remove.
 */
export function AttachmentsPanel({ articleId }: { articleId: string }) {
  const { t, i18n } = useTranslation();
  const files = useKbAttachments(articleId);
  const upload = useUploadAttachment(articleId);
  const remove = useDeleteAttachment(articleId);
  const size = (bytes: number) => new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('kbAdmin.attachments.hint')}
      </Text>
      <Group>
        <FileButton onChange={(file) => file && upload.mutate(file, { onSuccess: () => notifySuccess(t('kbAdmin.attachments.uploaded'), t) })} accept={accepted}>
          {(props) => (
            <Button {...props} leftSection={<IconUpload size={16} aria-hidden />} loading={upload.isPending}>
              {t('kbAdmin.attachments.upload')}
            </Button>
          )}
        </FileButton>
      </Group>
      {upload.error ? (
        <Alert color="red" role="alert">
          {errorMessage(upload.error, t)}
        </Alert>
      ) : null}
      <QueryState isPending={files.isPending} error={files.error} onRetry={() => void files.refetch()}>
        {files.data?.length ? (
          <TableFrame label={t('kbAdmin.attachments.tab')} minWidth={520}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('kbAdmin.attachments.file')}</Table.Th>
                  <Table.Th>{t('kbAdmin.attachments.size')}</Table.Th>
                  <Table.Th>{t('kbAdmin.attachments.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {files.data.map((file) => (
                  <Table.Tr key={file.id}>
                    <Table.Td>
                      <Anchor href={file.url} target="_blank" rel="noopener">
                        {file.fileName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{size(file.size)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <CopyButton value={file.markdown}>
                          {({ copied, copy }) => (
                            <Button size="xs" variant="light" leftSection={<IconCopy size={14} aria-hidden />} onClick={copy} aria-label={t('kbAdmin.attachments.copyMarkdownOf', { name: file.fileName })}>
                              {copied ? t('common.copied') : t('kbAdmin.attachments.copyMarkdown')}
                            </Button>
                          )}
                        </CopyButton>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          leftSection={<IconTrash size={14} aria-hidden />}
                          loading={remove.isPending && remove.variables === file.id}
                          onClick={() => remove.mutate(file.id)}
                          aria-label={t('kbAdmin.attachments.removeOf', { name: file.fileName })}
                        >
                          {t('kbAdmin.attachments.remove')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableFrame>
        ) : (
          <Text c="dimmed">{t('kbAdmin.attachments.none')}</Text>
        )}
      </QueryState>
    </Stack>
  );
}
