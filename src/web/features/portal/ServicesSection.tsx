import { Button, Card, Container, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBook2, IconHeadset, IconRoute, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

type Service = { key: 'support' | 'knowledge' | 'advisor'; icon: Icon };

const services: Service[] = [
  { key: 'support', icon: IconHeadset },
  { key: 'knowledge', icon: IconBook2 },
  { key: 'advisor', icon: IconRoute },
];

const points = [1, 2, 3] as const;

/** What the foundation offers: one card per service, the same three on every screen size. */
export function ServicesSection() {
  const { t } = useTranslation();
  return (
    <Container size="lg" py={{ base: 48, sm: 72 }} id="services" component="section" aria-labelledby="services-title">
      <Stack gap="xs" mb="xl" maw={680}>
        <Title order={2} id="services-title" fz={{ base: 24, sm: 32 }}>
          {t('portal.servicesTitle')}
        </Title>
        <Text c="dimmed" fz="lg">
          {t('portal.servicesLead')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
        {services.map(({ key, icon: ServiceIcon }) => (
          <Card key={key} withBorder radius="lg" padding="xl" shadow="xs" component="article">
            <Stack gap="md" h="100%">
              <ThemeIcon size={52} radius="md" variant="light" aria-hidden>
                <ServiceIcon size={28} stroke={1.6} />
              </ThemeIcon>
              <Title order={3} fz="xl">
                {t(`portal.${key}Title`)}
              </Title>
              <Text>{t(`portal.${key}Text`)}</Text>
              <List spacing={6} size="sm" c="dimmed" mt="auto">
                {points.map((n) => (
                  <List.Item key={n}>{t(`portal.${key}Point${n}`)}</List.Item>
                ))}
              </List>
              {key === 'support' ? (
                <Stack gap="xs">
                  <Button component={Link} to="/appeal" size="md" fullWidth>
                    {t('portal.supportAppeal')}
                  </Button>
                  <Button component={Link} to="/appeal/status" size="md" variant="light" fullWidth>
                    {t('portal.supportAppealStatus')}
                  </Button>
                </Stack>
              ) : key === 'knowledge' ? (
                <Button component={Link} to="/kb" size="md" fullWidth>
                  {t('portal.knowledgeOpen')}
                </Button>
              ) : (
                <Button component={Link} to="/advisor" size="md" fullWidth>
                  {t('portal.advisorOpen')}
                </Button>
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Container>
  );
}
