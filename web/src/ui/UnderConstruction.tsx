import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

/** The placeholder of a section not built yet: its namespace's title, description and placeholder text. */
export function UnderConstruction({ namespace }: { namespace: string }) {
  const { t } = useTranslation(namespace);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <EmptyState icon={<IconTools size={26} />} title={t('common:states.underConstruction')} text={t('placeholder')} />
    </>
  );
}
