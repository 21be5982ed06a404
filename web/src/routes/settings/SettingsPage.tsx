import { Card, Group, SimpleGrid, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { SETTINGS_PAGES } from './settings-pages';

/** /settings: what each settings page is for, one card each. */
export function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {SETTINGS_PAGES.map((page) => (
          <Card key={page.path} component={Link} to={`/settings/${page.path}`} withBorder padding="lg">
            <Group wrap="nowrap" align="flex-start">
              <ThemeIcon variant="light" size="lg">
                <page.icon size={20} />
              </ThemeIcon>
              <div>
                <Text fw={600}>{t(`${page.key}.title`)}</Text>
                <Text size="sm" c="dimmed">
                  {t(`${page.key}.description`)}
                </Text>
              </div>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
