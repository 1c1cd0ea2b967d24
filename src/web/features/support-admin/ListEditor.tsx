import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props<T> = {
  title: string;
  addLabel: string;
  emptyLabel: string;
  items: T[];
  onChange: (items: T[]) => void;
  newItem: () => T;
  /** How a row is named in its buttons ("Move up: photo"). */
  itemName: (item: T, index: number) => string;
  renderItem: (item: T, index: number, update: (item: T) => void) => ReactNode;
  max?: number;
};

/** An ordered list the admin can add to, remove from and reorder with buttons (keyboard friendly, no drag). */
export function ListEditor<T>({ title, addLabel, emptyLabel, items, onChange, newItem, itemName, renderItem, max = 30 }: Props<T>) {
  const { t } = useTranslation();
  const move = (from: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    onChange(next);
  };
  return (
    <Stack gap="xs">
      <Text component="h3" fw={700} size="md">
        {title}
      </Text>
      {items.length ? null : (
        <Text size="sm" c="dimmed">
          {emptyLabel}
        </Text>
      )}
      {items.map((item, index) => {
        const name = itemName(item, index);
        return (
          <Paper key={index} withBorder radius="md" p="sm">
            <Group justify="flex-end" gap={4} mb={4}>
              <ActionIcon variant="subtle" color="gray.8" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t('topicsAdmin.moveUp', { item: name })}>
                <IconArrowUp size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon variant="subtle" color="gray.8" disabled={index === items.length - 1} onClick={() => move(index, index + 1)} aria-label={t('topicsAdmin.moveDown', { item: name })}>
                <IconArrowDown size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red.8" onClick={() => onChange(items.filter((_, i) => i !== index))} aria-label={t('topicsAdmin.remove', { item: name })}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
            {renderItem(item, index, (changed) => onChange(items.map((old, i) => (i === index ? changed : old))))}
          </Paper>
        );
      })}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={16} aria-hidden />} disabled={items.length >= max} onClick={() => onChange([...items, newItem()])}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
