import { Box, Container, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const steps = ['ask', 'choose', 'settle'] as const;

/** The path of a family that comes home, in three steps anyone can follow. */
export function StepsSection() {
  const { t } = useTranslation();
  return (
    <Box bg="white" component="section" aria-labelledby="steps-title" py={{ base: 48, sm: 72 }}>
      <Container size="lg">
        <Title order={2} id="steps-title" fz={{ base: 24, sm: 32 }} mb="xl">
          {t('portal.stepsTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xl" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {steps.map((step, index) => (
            <Stack key={step} gap="sm" component="li">
              <ThemeIcon size={44} radius="xl" color="otandas.7" aria-hidden>
                <Text fw={800} fz="lg" c="white">
                  {index + 1}
                </Text>
              </ThemeIcon>
              <Title order={3} fz="lg">
                {t(`portal.step_${step}_title`)}
              </Title>
              <Text c="dimmed">{t(`portal.step_${step}_text`)}</Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Container>
    </Box>
  );
}
