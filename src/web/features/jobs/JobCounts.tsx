import { Card, SimpleGrid, Text, ThemeIcon, Group } from '@mantine/core';
import { IconCircleCheck, IconClockHour4, IconPlayerPlay, IconSkull, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n';
import { jobStates, type JobState } from './jobs.api';

const look: Record<JobState, { icon: Icon; color: string }> = {
  queued: { icon: IconClockHour4, color: 'otandas' },
  running: { icon: IconPlayerPlay, color: 'indigo' },
  done: { icon: IconCircleCheck, color: 'teal' },
  dead: { icon: IconSkull, color: 'red' },
};

export function JobCounts({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" mb="lg" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {jobStates.map((state) => {
        const { icon: StateIcon, color } = look[state];
        return (
          <Card key={state} withBorder radius="lg" padding="md" component="li">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon variant="light" color={color} size={40} radius="md" aria-hidden>
                <StateIcon size={22} />
              </ThemeIcon>
              <div>
                <Text fz={24} fw={700} lh={1.1}>
                  {format.number(counts[state] ?? 0)}
                </Text>
                <Text size="sm" c="dimmed">
                  {t(`jobs.state_${state}`)}
                </Text>
              </div>
            </Group>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
