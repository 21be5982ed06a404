import { Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A spinner that takes the space of what is loading (pass `h` to match it, so
 * nothing jumps when the content arrives), or the whole screen.
 */
export function Loading({ fullPage = false, h = 200, label }: { fullPage?: boolean; h?: number | string; label?: string }) {
  const { t } = useTranslation();
  return (
    <Center h={fullPage ? '100vh' : h} role="status" aria-live="polite">
      <Loader size="sm" />
      <Text size="sm" c="dimmed" ml="sm">
        {label ?? t('states.loading')}
      </Text>
    </Center>
  );
}
