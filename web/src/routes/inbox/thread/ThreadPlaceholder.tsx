import { Center } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui';

/** The middle of the inbox before a chat is chosen. */
export function ThreadPlaceholder() {
  const { t } = useTranslation('inbox');
  return (
    <Center style={{ flex: 1 }}>
      <EmptyState icon={<IconMessages size={26} />} title={t('thread.none')} text={t('thread.noneText')} />
    </Center>
  );
}
