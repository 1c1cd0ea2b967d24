import { Card, Group, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { TableFrame } from '../../app/TableFrame';

type Props = {
  id: string;
  title: string;
  /** Tables run edge to edge; text and forms get the card's padding. */
  flush?: boolean;
  badges?: ReactNode;
  children: ReactNode;
};

/** One part of the person page: a card with an h2 that names it for screen readers. */
export function PersonSection({ id, title, flush = false, badges, children }: Props) {
  return (
    <Card withBorder radius="lg" padding={flush ? 0 : 'lg'} component="section" aria-labelledby={id}>
      <Group justify="space-between" gap="sm" p={flush ? 'lg' : 0} pb="sm" mb={flush ? 0 : 'xs'}>
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {badges ? <Group gap="xs">{badges}</Group> : null}
      </Group>
      {children}
    </Card>
  );
}

type TableProps = { label: string; minWidth: number; columns: string[]; children: ReactNode };

/** A striped table of people's records, with its header row; the rows come as children. */
export function RecordsTable({ label, minWidth, columns, children }: TableProps) {
  return (
    <TableFrame label={label} minWidth={minWidth}>
      <Table striped verticalSpacing="sm" horizontalSpacing="md">
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </TableFrame>
  );
}
