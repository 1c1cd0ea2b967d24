import { Alert, Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { PublicPageLayout } from '../../portal/PublicPageLayout';
import { useShortlistCodes } from '../shortlist/shortlist-store';
import '../advisor.css';

type Props = { title: string; lead: string; documentTitle?: string; children: ReactNode };

/** The advisor's own places: ranking, wizard, regions and the family's shortlist. */
function AdvisorNav() {
  const { t } = useTranslation();
  const { codes } = useShortlistCodes();
  const links = [
    { to: '/advisor', label: t('advisor.nav.ranking'), end: true },
    { to: '/advisor/wizard', label: t('advisor.nav.wizard'), end: false },
    { to: '/advisor/regions', label: t('advisor.nav.regions'), end: false },
    { to: '/advisor/shortlist', label: t('advisor.nav.shortlist', { n: codes.length }), end: false },
  ];
  return (
    <Group component="nav" aria-label={t('advisor.nav.label')} gap="xs" className="advisor-nav">
      {links.map((link) => (
        <Anchor key={link.to} component={NavLink} to={link.to} end={link.end} className="advisor-nav-link" fw={600}>
          {link.label}
        </Anchor>
      ))}
    </Group>
  );
}

/** Where the data comes from, and that demo values are not real: on every advisor page. */
function DataNotice() {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-labelledby="advisor-data-title" withBorder radius="md" p="md" bg="white">
      <Stack gap={6}>
        <Text component="h2" id="advisor-data-title" fw={700} fz="md" m={0}>
          {t('advisor.data.title')}
        </Text>
        <Text fz="sm">{t('advisor.data.demo')}</Text>
        <Text fz="sm" c="dimmed">
          {t('advisor.data.attribution')}
        </Text>
      </Stack>
    </Paper>
  );
}

/** A public advisor page: the portal column, wide, with the advisor's links on top and the data notice below. */
export function AdvisorLayout({ title, lead, documentTitle, children }: Props) {
  const { t } = useTranslation();
  return (
    <PublicPageLayout size="xl" title={title} lead={lead} documentTitle={documentTitle} aside={<AdvisorNav />}>
      <Alert color="sun" variant="light" icon={<IconInfoCircle aria-hidden />} c="dark.9" p="xs">
        {t('advisor.demoNotice')}
      </Alert>
      {children}
      <DataNotice />
    </PublicPageLayout>
  );
}
