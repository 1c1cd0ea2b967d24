import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/usePageTitle';
import { mainContentId, SkipLink } from '../../app/shell/SkipLink';
import { PortalFooter } from './PortalFooter';
import { PortalHeader } from './PortalHeader';
import { KnowledgeSection } from './KnowledgeSection';
import { PortalHero } from './PortalHero';
import { PriorityRegionsSection } from './PriorityRegionsSection';
import { ServicesSection } from './ServicesSection';
import { StepsSection } from './StepsSection';

/** The public face of the foundation, for kandas and compatriots abroad, most of them on phones. */
export function PortalPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.pageTitle'));
  return (
    <>
      <SkipLink />
      <PortalHeader />
      <Box component="main" id={mainContentId} tabIndex={-1} data-focus-target>
        <PortalHero />
        <KnowledgeSection />
        <ServicesSection />
        <StepsSection />
        <PriorityRegionsSection />
      </Box>
      <PortalFooter />
    </>
  );
}
