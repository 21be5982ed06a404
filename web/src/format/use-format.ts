import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FALLBACK_LANGUAGE, isLanguage, type Language } from '../i18n/languages';
import { formatDate, formatDuration, formatNumber, formatPercent, formatRelative, type DateInput, type DateStyle } from './format';

export interface Formatters {
  language: Language;
  date(value: DateInput | null | undefined, style?: DateStyle): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  percent(share: number, fractionDigits?: number): string;
  duration(seconds: number): string;
  relative(value: DateInput, now?: DateInput): string;
}

/**
 * Dates and numbers in the console's language (the user's, from their profile):
 *   const format = useFormat(); format.date(ticket.createdAt, 'dateTime')
 */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : FALLBACK_LANGUAGE;
  return useMemo(
    () => ({
      language,
      date: (value, style) => formatDate(value, language, style),
      number: (value, options) => formatNumber(value, language, options),
      percent: (share, fractionDigits) => formatPercent(share, language, fractionDigits),
      duration: (seconds) => formatDuration(seconds, language),
      relative: (value, now) => formatRelative(value, language, now),
    }),
    [language],
  );
}
