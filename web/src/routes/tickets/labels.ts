import { useTranslation } from 'react-i18next';
import type { MacroStatus, Priority } from './types';

/** Names of the fixed values of the API in the user's language. */
export function useTicketLabels() {
  const { t } = useTranslation('tickets');
  return {
    priority: (priority: Priority) => t(`priority.${priority}`),
    macroStatus: (macro: MacroStatus) => t(`macroStatus.${macro}`),
  };
}

/** "Anna Rossi" or "+39 333…" : how a contact is named in selects and links. */
export function contactLabel(contact: { name: string | null; phone: string }): string {
  return contact.name ? `${contact.name} (${contact.phone})` : contact.phone;
}
