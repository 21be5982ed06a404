import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, LANGUAGES, pickInitialLanguage, rememberLanguage, storedLanguage, type Language } from './languages';

/**
 * Every file i18n/<language>/<namespace>.json is a namespace: `common` for the
 * shell and shared pieces, one per domain (inbox, contacts, tickets,
 * automations, settings…). A new file is picked up without touching this one.
 */
const files = import.meta.glob<Record<string, unknown>>('./*/*.json', { eager: true, import: 'default' });

export function resourcesFrom(modules: Record<string, Record<string, unknown>>): Resource {
  const resources: Resource = {};
  for (const [file, strings] of Object.entries(modules)) {
    const match = /^\.\/([a-z]{2})\/([\w-]+)\.json$/.exec(file);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    (resources[language] ??= {})[namespace] = strings;
  }
  return resources;
}

export const resources = resourcesFrom(files);
export const namespaces = [...new Set(Object.values(resources).flatMap((byNamespace) => Object.keys(byNamespace)))];

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: pickInitialLanguage(storedLanguage(), typeof navigator === 'undefined' ? [] : navigator.languages),
  fallbackLng: FALLBACK_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  ns: namespaces,
  defaultNS: 'common',
  // Resources are bundled: initialising synchronously means no first render without strings.
  initAsync: false,
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

/** Switches the console's language and remembers it for the next sign-in page. */
export async function applyLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/** The console's current language. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : FALLBACK_LANGUAGE;
}
