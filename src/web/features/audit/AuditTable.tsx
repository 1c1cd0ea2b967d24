import { Anchor, Badge, Code, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../lib/contracts/roles';
import { useFormat } from '../../app/i18n';
import { TableFrame } from '../../app/TableFrame';
import { RoleBadge } from '../staff/RoleBadge';
import type { AuditEntryDto, AuditFilter } from './audit.api';

type Props = { entries: AuditEntryDto[]; onFilter: (patch: Partial<AuditFilter>) => void };

const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);

/** The action's name in words; the machine code stays visible for filtering and exports. */
function ActionCell({ action }: { action: string }) {
  const { t } = useTranslation();
  const label = t(`auditActions.${action.replace(/\./g, '_')}`, { defaultValue: '' });
  return (
    <Stack gap={2}>
      {label ? (
        <Text size="sm" fw={600}>
          {label}
        </Text>
      ) : null}
      <Code fz="xs" w="fit-content">
        {action}
      </Code>
    </Stack>
  );
}

/** Details as "key: value" lines: easier to scan than raw JSON, and the CSV keeps the JSON. */
function DetailsCell({ details }: { details: AuditEntryDto['details'] }) {
  const entries = Object.entries(details ?? {}).filter(([, value]) => value !== undefined);
  if (!entries.length) return <>—</>;
  return (
    <Stack gap={2}>
      {entries.map(([key, value]) => (
        <Text key={key} size="xs" style={{ overflowWrap: 'anywhere' }}>
          <Text span fw={600} size="xs">
            {key}
          </Text>
          : {value === null ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value)}
        </Text>
      ))}
    </Stack>
  );
}

export function AuditTable({ entries, onFilter }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableFrame label={t('audit.tableCaption')} minWidth={900}>
      <Table striped verticalSpacing="sm" horizontalSpacing="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.time')}</Table.Th>
            <Table.Th scope="col">{t('audit.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.entity')}</Table.Th>
            <Table.Th scope="col">{t('audit.ip')}</Table.Th>
            <Table.Th scope="col">{t('audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-action={entry.action}>
              <Table.Td>
                <Text size="sm" className="nowrap">
                  <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
                </Text>
              </Table.Td>
              <Table.Td>
                <ActionCell action={entry.action} />
              </Table.Td>
              <Table.Td>
                {entry.actorId ? (
                  <Stack gap={4} align="flex-start">
                    {entry.actorRole ? <RoleBadge role={entry.actorRole as Role} /> : null}
                    <Tooltip label={t('audit.filterByActor')} withinPortal>
                      <Anchor
                        component="button"
                        type="button"
                        size="xs"
                        className={entry.actorName ? undefined : 'mono'}
                        data-actor-id={entry.actorId}
                        onClick={() => onFilter({ actorId: entry.actorId ?? '' })}
                      >
                        {entry.actorName ?? shortId(entry.actorId)}
                      </Anchor>
                    </Tooltip>
                  </Stack>
                ) : (
                  <Badge variant="outline" color="gray" c="dark" radius="sm">
                    {t('audit.system')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {entry.entityType ? (
                  <Stack gap={2}>
                    <Text size="sm">{entry.entityType}</Text>
                    {entry.entityId ? (
                      <Anchor
                        component="button"
                        type="button"
                        size="xs"
                        className="mono"
                        title={entry.entityId}
                        data-entity-id={entry.entityId}
                        onClick={() => onFilter({ entityType: entry.entityType ?? '', entityId: entry.entityId ?? '' })}
                      >
                        {shortId(entry.entityId)}
                      </Anchor>
                    ) : null}
                  </Stack>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" className="mono">
                  {entry.ip ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td maw={300}>
                <DetailsCell details={entry.details} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableFrame>
  );
}
