import { Anchor, Box, Button, Card, Container, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight, IconChecklist } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLanguage } from '../../app/i18n';
import { KbCategories } from './kb/KbCategories';

/** The knowledge base on the home page: the guide through the journey, then its steps with a few articles each. */
export function KnowledgeSection() {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Box bg="white" component="section" id="knowledge" aria-labelledby="knowledge-title" py={{ base: 48, sm: 72 }}>
      <Container size="lg">
        <Stack gap="xl">
          <Stack gap="xs" maw={760}>
            <Title order={2} id="knowledge-title" fz={{ base: 24, sm: 32 }}>
              {t('portal.knowledgeSectionTitle')}
            </Title>
            <Text c="dimmed" fz="lg">
              {t('portal.knowledgeSectionLead')}
            </Text>
          </Stack>
          <Card withBorder radius="lg" padding="xl" bg="otandas.0" component="article" aria-labelledby="guide-card-title">
            <Group gap="lg" align="flex-start" wrap="nowrap">
              <ThemeIcon size={52} radius="md" color="otandas.7" aria-hidden visibleFrom="sm">
                <IconChecklist size={28} stroke={1.6} />
              </ThemeIcon>
              <Stack gap="sm" style={{ flex: 1 }}>
                <Title order={3} fz="xl" id="guide-card-title">
                  {t('portal.guideCardTitle')}
                </Title>
                <Text maw={720}>{t('portal.guideCardText')}</Text>
                <Button component={Link} to="/guide" size="md" w="fit-content" rightSection={<IconArrowRight size={18} aria-hidden />}>
                  {t('portal.guideCardOpen')}
                </Button>
              </Stack>
            </Group>
          </Card>
          <KbCategories lang={lang} perCategory={3} />
          <Anchor component={Link} to="/kb" fw={700}>
            <Group gap={6} component="span" wrap="nowrap">
              {t('portal.knowledgeAll')}
              <IconArrowRight size={18} aria-hidden />
            </Group>
          </Anchor>
        </Stack>
      </Container>
    </Box>
  );
}
