import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../ui/EmptyState';
import type { Permission } from './permissions';
import { useCan } from './session';

/** Shows its children only to roles with `permission`; others read why they cannot see the page. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  if (!useCan(permission)) return <EmptyState title={t('forbidden.title')} text={t('forbidden.text')} />;
  return children;
}
