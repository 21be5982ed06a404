import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled block of the contact panel, with an optional action on the right of its title. */
export function PanelSection({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Stack gap={6} component="section" aria-label={title}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          {title}
        </Text>
        {action}
      </Group>
      {children}
    </Stack>
  );
}
