import type { TFunction } from 'i18next';
import type { Sender } from './types';

/** Who sent a message or wrote a note: a user's name, or the kind of sender. */
export function senderLabel(sender: Sender, t: TFunction<'inbox'>, userName: (id: string) => string | undefined, customerName: string): string {
  switch (sender.type) {
    case 'customer':
      return customerName;
    case 'user':
      return (sender.id && userName(sender.id)) || t('sender.user');
    case 'automation':
      return t('sender.automation');
    case 'campaign':
      return t('sender.campaign');
    case 'api':
      return t('sender.api');
  }
}
