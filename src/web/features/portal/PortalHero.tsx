import { Box, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown, IconMapPin, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLanguage } from '../../app/i18n';
import { KbSearchBox } from './kb/KbSearchBox';
import { HeroArt } from './HeroArt';

export function PortalHero() {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Box className="hero-band" py={{ base: 48, sm: 80 }}>
      <Container size="lg">
        <Group justify="space-between" align="center" wrap="nowrap" gap="xl">
          <Stack gap="lg" maw={680}>
            {/* Text rather than a Badge: on a phone the line must wrap, not be cut. */}
            <Text
              fz="sm"
              fw={700}
              bg="sun.5"
              c="dark.9"
              px="sm"
              py={4}
              w="fit-content"
              style={{ borderRadius: 'var(--mantine-radius-sm)', letterSpacing: '0.02em' }}
            >
              {t('portal.heroBadge')}
            </Text>
            <Title order={1} c="white" fz={{ base: 30, sm: 46 }} lh={1.15}>
              {t('portal.heroTitle')}
            </Title>
            <Text fz={{ base: 'md', sm: 'lg' }} c="otandas.0" maw={620}>
              {t('portal.heroLead')}
            </Text>
            {/* The question first: most visitors come with one. */}
            <KbSearchBox lang={lang} tone="hero" />
            <Group gap="sm" mt="xs">
              <Button component={Link} to="/appeal" size="md" color="white" c="otandas.9" leftSection={<IconSend size={18} aria-hidden />}>
                {t('portal.heroAppeal')}
              </Button>
              <Button component="a" href="#services" size="md" color="sun.5" c="dark.9" rightSection={<IconArrowDown size={18} aria-hidden />}>
                {t('portal.heroPrimary')}
              </Button>
              <Button
                component="a"
                href="#regions"
                size="md"
                variant="outline"
                color="white"
                c="white"
                leftSection={<IconMapPin size={18} aria-hidden />}
              >
                {t('portal.heroSecondary')}
              </Button>
            </Group>
          </Stack>
          <Box visibleFrom="md" w={300} h={300} style={{ flexShrink: 0 }}>
            <HeroArt />
          </Box>
        </Group>
      </Container>
    </Box>
  );
}
