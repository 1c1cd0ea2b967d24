import { Box, Container } from '@mantine/core';
import { mainContentId, SkipLink } from '../../app/shell/SkipLink';
import { NotFoundPage } from '../../app/StatusPages';
import { PortalFooter } from './PortalFooter';
import { PortalHeader } from './PortalHeader';

/** An unknown public address keeps the portal's header and footer, so the way back is obvious. */
export function PublicNotFoundPage() {
  return (
    <>
      <SkipLink />
      <PortalHeader />
      <Box component="main" id={mainContentId} tabIndex={-1} data-focus-target>
        <Container size="lg" px="md">
          <NotFoundPage />
        </Container>
      </Box>
      <PortalFooter />
    </>
  );
}
