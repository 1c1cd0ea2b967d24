import { Box } from '@mantine/core';
import type { ReactNode } from 'react';
import { mainContentId, SkipLink } from '../../../app/shell/SkipLink';
import { PortalFooter } from '../PortalFooter';
import { PortalHeader } from '../PortalHeader';

/**
 * The portal's header and footer around a public page. It loads with the
 * portal, so the header stays in place while a lazy page arrives.
 */
export function PortalFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <PortalHeader />
      {/* Mantine's error red (red-6) is 3.3:1 on white; red-8 passes WCAG AA. */}
      <Box component="main" id={mainContentId} tabIndex={-1} data-focus-target bg="gray.0" mih="70vh">
        {children}
      </Box>
      <PortalFooter />
    </>
  );
}
