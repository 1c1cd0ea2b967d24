import { Container, Stack, Text, Title, type ContainerProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../app/usePageTitle';

type Props = {
  title: string;
  lead: string;
  /** The browser tab's title when it says more than the heading (a search names its question). */
  documentTitle?: string;
  size?: ContainerProps['size'];
  aside?: ReactNode;
  children: ReactNode;
};

/** The column of a public page under the portal's header: narrow enough to read on a desktop, edge to edge on a phone. */
export function PublicPageLayout({ title, lead, documentTitle, size = 'sm', aside, children }: Props) {
  usePageTitle(documentTitle ?? title);
  return (
    <Container size={size} px={{ base: 'sm', sm: 'md' }} py={{ base: 'lg', sm: 40 }}>
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
