import { Container, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../../app/usePageTitle';

type Props = { title: string; lead: string; aside?: ReactNode; children: ReactNode };

/** The column of an appeal page: narrow enough to read on a desktop, edge to edge on a phone. */
export function AppealLayout({ title, lead, aside, children }: Props) {
  usePageTitle(title);
  return (
    <Container size="sm" px={{ base: 'sm', sm: 'md' }} py={{ base: 'lg', sm: 40 }}>
      <Stack gap="lg">
        <Stack gap={6}>
          <Title order={1} fz={{ base: 26, sm: 34 }}>
            {title}
          </Title>
          <Text c="dimmed">{lead}</Text>
          {aside}
        </Stack>
        {children}
      </Stack>
    </Container>
  );
}
