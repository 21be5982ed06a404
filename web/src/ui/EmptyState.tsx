import { Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  /** What to do next, e.g. "Write to your business from the sandbox phone to start a conversation." */
  text: string;
  icon?: ReactNode;
  /** A button or link that does it. */
  action?: ReactNode;
}

/** Nothing to show yet, and what the user can do about it. */
export function EmptyState({ title, text, icon, action }: EmptyStateProps) {
  return (
    <Stack align="center" gap="sm" py={48} px="md" ta="center">
      <ThemeIcon size={48} radius="xl" variant="light" color="gray">
        {icon ?? <IconInbox size={26} />}
      </ThemeIcon>
      <Title order={3} size="h4">
        {title}
      </Title>
      <Text c="dimmed" maw={480}>
        {text}
      </Text>
      {action}
    </Stack>
  );
}
