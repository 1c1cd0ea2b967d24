import { Anchor, Box, Container, Divider, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Emblem } from '../../app/shell/Logo';

/** Sources are named as their licences require: KATO (stat.gov.kz) and geokz (CC BY 4.0). */
export function PortalFooter() {
  const { t } = useTranslation();
  return (
    <Box component="footer" bg="otandas.9" c="white" py={{ base: 40, sm: 56 }}>
      <Container size="lg">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
          <Stack gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Emblem size={40} />
              <div>
                <Text fw={800} fz="lg">
                  {t('common.productName')}
                </Text>
                <Text fz="sm" c="otandas.1">
                  {t('portal.foundationName')}
                </Text>
              </div>
            </Group>
            <Text fz="sm" c="otandas.1" maw={420}>
              {t('portal.footerAbout')}
            </Text>
          </Stack>
          <Stack gap={8} component="nav" aria-label={t('portal.footerNav')}>
            <Anchor component={Link} to="/staff/login" c="white" fw={600}>
              {t('portal.staffSignIn')}
            </Anchor>
            <Anchor href="/api/docs" c="white">
              {t('portal.apiDocs')}
            </Anchor>
          </Stack>
        </SimpleGrid>
        <Divider my="xl" color="otandas.7" />
        <Stack gap={6}>
          <Text fz="sm" fw={600}>
            {t('portal.dataSources')}
          </Text>
          <Text fz="sm" c="otandas.0">
            {t('portal.attributionKato')}
          </Text>
          {(['attributionBoundaries', 'attributionSettlements', 'attributionStatistics'] as const).map((key) => (
            <Text key={key} fz="sm" c="otandas.0">
              {t(`portal.${key}`)}
            </Text>
          ))}
        </Stack>
      </Container>
    </Box>
  );
}
