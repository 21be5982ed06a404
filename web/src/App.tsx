import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import 'dayjs/locale/es';
import 'dayjs/locale/it';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from './i18n/i18n';
import { theme } from './theme';

/** Mantine's date pickers speak the console's language too. */
function LocalisedDates({ children }: { children: ReactNode }) {
  const { i18n: current } = useTranslation();
  return <DatesProvider settings={{ locale: current.language, firstDayOfWeek: current.language === 'en' ? 0 : 1 }}>{children}</DatesProvider>;
}

/** Everything every part of the console relies on: theme, translations, the query cache, notifications. */
export function Providers({ queryClient, children, mantineEnv = 'default' }: { queryClient: QueryClient; children: ReactNode; mantineEnv?: 'default' | 'test' }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme} env={mantineEnv}>
          <LocalisedDates>
            <Notifications position="top-right" />
            {children}
          </LocalisedDates>
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
