import { Anchor, Badge, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconArrowsExchange, IconLock, IconMessage, IconMessageReply, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat, useLanguage } from '../../app/i18n';
import { regionName, useRegions } from '../reference/regions/regions.api';
import { attachmentUrl, caseStatuses, teams, type CaseEntryDto, type CaseStatus, type Team } from './support.api';

type Props = { caseId: string; entries: CaseEntryDto[]; staffName: (id: string) => string | undefined };

const isStatus = (value: unknown): value is CaseStatus => (caseStatuses as readonly unknown[]).includes(value);
const isTeam = (value: unknown): value is Team => (teams as readonly unknown[]).includes(value);

/** An event written as a sentence: who did what, in the reader's language. */
function useEventSentence(staffName: Props['staffName']) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regions = useRegions();
  const person = (id: unknown) => (typeof id === 'string' ? (staffName(id) ?? t('cases.event.colleague')) : t('cases.event.nobody'));
  const status = (value: unknown) => (isStatus(value) ? t(`cases.status.${value}`) : String(value ?? ''));
  const team = (value: unknown) => (isTeam(value) ? t(`cases.team.${value}`) : String(value ?? ''));
  const region = (code: unknown) => {
    const found = typeof code === 'string' ? regions.data?.find((r) => r.code === code) : undefined;
    return found ? regionName(found, language, t) : typeof code === 'string' ? code : t('regions.none');
  };
  return (entry: CaseEntryDto): string => {
    const meta = entry.meta;
    const actor = entry.authorName ?? t('cases.event.system');
    switch (meta.event) {
      case 'status':
        return t('cases.event.status', { actor, from: status(meta.from), to: status(meta.to) });
      case 'reopened':
        return t('cases.event.reopened', { from: status(meta.from), to: status(meta.to) });
      case 'assigned':
        if (meta.to === null || meta.to === undefined) return t('cases.event.unassigned', { actor });
        return meta.automatic ? t('cases.event.autoAssigned', { to: person(meta.to) }) : t('cases.event.assigned', { actor, to: person(meta.to) });
      case 'transfer':
      case 'referral':
        return t(meta.event === 'referral' ? 'cases.event.referral' : 'cases.event.transfer', { actor, team: team(meta.toTeam), region: region(meta.toRegion) });
      default:
        return t('cases.event.other', { actor });
    }
  };
}

function Attachments({ caseId, entry }: { caseId: string; entry: CaseEntryDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!entry.attachments.length) return null;
  return (
    <Stack gap={2} mt="xs">
      {entry.attachments.map((file) => (
        <Group gap={6} key={file.id} wrap="nowrap">
          <IconPaperclip size={14} aria-hidden />
          {/* A plain link: the browser downloads with the session cookie, and the server audits it. */}
          <Anchor href={attachmentUrl(caseId, file.id)} download={file.fileName} size="sm" aria-label={t('cases.downloadAttachment', { name: file.fileName })}>
            {file.fileName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t('cases.kilobytes', { size: format.number(Math.max(1, Math.round(file.sizeBytes / 1024))) })}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

// The icon takes a plain colour name: the light variant given a shade ("yellow.8") paints the icon the colour of its own background.
const entryLook = {
  message: { icon: IconMessage, iconColor: 'blue', color: 'blue', bg: 'white' },
  reply: { icon: IconMessageReply, iconColor: 'teal', color: 'teal', bg: 'teal.0' },
  note: { icon: IconLock, iconColor: 'orange', color: 'yellow.8', bg: 'yellow.0' },
  event: { icon: IconArrowsExchange, iconColor: 'gray', color: 'gray', bg: undefined },
} as const;

/**
 * The case from first message to now. Internal notes look different and say
 * so in words, so nobody mistakes one for what the applicant was told.
 */
export function CaseTimeline({ caseId, entries, staffName }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const sentence = useEventSentence(staffName);
  return (
    <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('cases.timeline')}>
      {entries.map((entry) => {
        const look = entryLook[entry.kind];
        const Icon = look.icon;
        const time = (
          <Text size="xs" c="dimmed" className="nowrap">
            <time dateTime={entry.createdAt}>{format.dateTime(entry.createdAt)}</time>
          </Text>
        );
        if (entry.kind === 'event') {
          return (
            <Group component="li" key={entry.id} gap="xs" wrap="nowrap" align="flex-start" px="sm" data-entry-kind="event">
              <ThemeIcon size="sm" variant="light" color={look.iconColor} radius="xl" aria-hidden>
                <Icon size={14} />
              </ThemeIcon>
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm">{sentence(entry)}</Text>
                {entry.body ? (
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                    {entry.body}
                  </Text>
                ) : null}
                {time}
              </Stack>
            </Group>
          );
        }
        const author = entry.kind === 'message' ? t('cases.applicantWrote') : (entry.authorName ?? t('cases.event.system'));
        const delivery = entry.kind === 'reply' && typeof entry.meta.delivery === 'string' ? entry.meta.delivery : null;
        return (
          <Paper
            component="li"
            key={entry.id}
            withBorder
            radius="md"
            p="sm"
            bg={look.bg}
            data-entry-kind={entry.kind}
            style={entry.kind === 'note' ? { borderStyle: 'dashed', borderColor: 'var(--mantine-color-yellow-7)' } : undefined}
          >
            <Group gap="xs" justify="space-between" wrap="wrap" mb={4}>
              <Group gap="xs" wrap="nowrap">
                <ThemeIcon size="sm" variant="light" color={look.iconColor} radius="xl" aria-hidden>
                  <Icon size={14} />
                </ThemeIcon>
                <Text size="sm" fw={600}>
                  {author}
                </Text>
                <Badge size="sm" radius="sm" variant={entry.kind === 'note' ? 'filled' : 'light'} color={look.color} c={entry.kind === 'note' ? 'dark' : undefined}>
                  {t(`cases.entryKind.${entry.kind}`)}
                </Badge>
                {entry.channel && entry.kind === 'message' ? (
                  <Text size="xs" c="dimmed">
                    {t(`cases.channel.${entry.channel}`, { defaultValue: entry.channel })}
                  </Text>
                ) : null}
                {delivery ? (
                  <Text size="xs" c="dimmed">
                    {t(`cases.delivery.${delivery}`, { defaultValue: delivery })}
                  </Text>
                ) : null}
              </Group>
              {time}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {entry.body}
            </Text>
            <Attachments caseId={caseId} entry={entry} />
          </Paper>
        );
      })}
    </Stack>
  );
}
