import { Alert, Button, CloseButton, FileButton, Group, Input, Paper, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n';
import { acceptedFileTypes, addFiles, fileSize, maxFiles, type RejectedFile } from './appeal-files';

type Props = { files: File[]; onChange: (files: File[]) => void; errors: Record<string, string | undefined> };

/** Up to five scans or photos; each one is listed with its size and a button to take it back. */
export function AttachmentsField({ files, onChange, errors }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [rejected, setRejected] = useState<RejectedFile[]>([]);
  const resetRef = useRef<() => void>(null);

  const pick = (picked: File[]) => {
    const result = addFiles(files, picked);
    setRejected(result.rejected);
    onChange(result.files);
    // The same file may be picked again after it was removed.
    resetRef.current?.();
  };
  const remove = (index: number) => {
    setRejected([]);
    onChange(files.filter((_, i) => i !== index));
  };

  return (
    <Input.Wrapper label={t('appeal.attachments')} description={t('appeal.attachmentsHint', { max: maxFiles })} size="md" labelElement="div">
      <Stack gap="xs" mt="xs">
        {files.length ? (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {files.map((file, index) => (
              <Paper key={`${file.name}-${file.size}`} withBorder radius="md" px="sm" py={6} component="li">
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <Text fz="sm" fw={600} truncate="end">
                      {file.name}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {fileSize(file.size, language, t)}
                    </Text>
                    {errors[`attachments.${index}`] ? (
                      <Text fz="sm" c="red.8">
                        {errors[`attachments.${index}`]}
                      </Text>
                    ) : null}
                  </div>
                  <CloseButton size="lg" onClick={() => remove(index)} aria-label={t('appeal.removeFile', { name: file.name })} />
                </Group>
              </Paper>
            ))}
          </Stack>
        ) : null}
        {rejected.length ? (
          <Alert color="orange" role="alert" p="xs">
            <Stack gap={2}>
              {rejected.map((r) => (
                <Text key={r.name} fz="sm">
                  {t(`appeal.fileProblem_${r.problem}`, { name: r.name, max: maxFiles })}
                </Text>
              ))}
            </Stack>
          </Alert>
        ) : null}
        {errors.attachments ? (
          <Text fz="sm" c="red.8">
            {errors.attachments}
          </Text>
        ) : null}
        <FileButton multiple accept={acceptedFileTypes} onChange={pick} resetRef={resetRef} disabled={files.length >= maxFiles}>
          {(props) => (
            <Button {...props} variant="light" size="md" leftSection={<IconPaperclip size={20} aria-hidden />} w={{ base: '100%', xs: 'auto' }} disabled={files.length >= maxFiles}>
              {t('appeal.addFiles')}
            </Button>
          )}
        </FileButton>
      </Stack>
    </Input.Wrapper>
  );
}
